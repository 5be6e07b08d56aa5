package io.mirsad.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One renderer shared by eight threads gives the bytes a sequential run gives. */
class ConcurrentRenderingTest {
    private static final int DIGESTS = 20;

    @Test
    void twentyDigestsFromEightThreadsEqualASequentialRun() throws Exception {
        Renderer renderer = Renderer.builder().build();
        List<Input> inputs = new ArrayList<>();
        for (int i = 0; i < DIGESTS; i++) {
            inputs.add(new Input("issue-" + i + ".json", Samples.json(i).getBytes(StandardCharsets.UTF_8)));
        }
        List<List<String>> sequential = new ArrayList<>();
        for (Input in : inputs) {
            sequential.add(hashes(renderer.render(in)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (Input in : inputs) {
                futures.add(pool.submit(() -> hashes(renderer.render(in))));
            }
            for (int i = 0; i < DIGESTS; i++) {
                assertThat(futures.get(i).get()).as("issue %d", i).isEqualTo(sequential.get(i));
            }
        } finally {
            pool.shutdown();
        }
        assertThat(sequential).doesNotHaveDuplicates();
        assertThat(sequential.get(0)).hasSize(renderer.formats().size()).hasSizeGreaterThanOrEqualTo(3);
    }

    private static List<String> hashes(Rendering r) {
        assertThat(r.failures()).isEmpty();
        return r.editions().stream()
                .map(e -> {
                    assertThat(e.sha256()).isEqualTo(Sha256.hex(e.bytes()));
                    return e.format() + " " + e.sha256();
                })
                .toList();
    }
}

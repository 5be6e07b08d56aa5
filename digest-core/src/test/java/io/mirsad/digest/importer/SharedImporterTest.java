package io.mirsad.digest.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One importer shared by many threads gives each of them what it gives a single thread. */
class SharedImporterTest {
    private static final List<Path> PAGES = List.of(
            Path.of("../examples/sample/observatory.txt"),
            Path.of("src/test/resources/importer/single-story.txt"),
            Path.of("src/test/resources/importer/three-stories-variants.txt"),
            Path.of("src/test/resources/importer/seven-stories.txt"),
            Path.of("src/test/resources/importer/windows-1256.txt"),
            Path.of("src/test/resources/importer/quotes-and-lists.txt"));

    @Test
    void concurrentImportsMatchSequentialOnes() throws Exception {
        PageImporter shared = PageImporter.defaults();
        List<ImportResult> sequential = new ArrayList<>();
        for (Path page : PAGES) {
            sequential.add(shared.importPage(page));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ImportResult>> futures = new ArrayList<>();
            for (int round = 0; round < 10; round++) {
                for (Path page : PAGES) {
                    futures.add(pool.submit(() -> importOrFail(shared, page)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % PAGES.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static ImportResult importOrFail(PageImporter importer, Path page) {
        try {
            return importer.importPage(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

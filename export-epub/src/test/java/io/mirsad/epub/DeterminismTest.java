package io.mirsad.epub;

import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.digest.Digest;
import io.mirsad.export.ExportOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Same digest, same bytes: across runs, exporter instances, time zones and threads. */
class DeterminismTest {

    @Test
    void twoExportsAreByteIdentical() {
        Digest digest = Epubs.digest("observatory");
        byte[] first = Epubs.export(new EpubExporter(), digest, ExportOptions.defaults());
        byte[] second = Epubs.export(new EpubExporter(), digest, ExportOptions.defaults());
        assertThat(second).isEqualTo(first);
    }

    @Test
    void bytesDoNotDependOnTheMachinesTimeZone() {
        Digest digest = Epubs.digest("water");
        EpubExporter exporter = new EpubExporter();
        byte[] utc = Epubs.export(exporter, digest, ExportOptions.defaults());
        TimeZone saved = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            assertThat(Epubs.export(new EpubExporter(), digest, ExportOptions.defaults()))
                    .isEqualTo(utc);
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            assertThat(Epubs.export(new EpubExporter(), digest, ExportOptions.defaults()))
                    .isEqualTo(utc);
        } finally {
            TimeZone.setDefault(saved);
        }
    }

    @Test
    void oneExporterSharedByManyThreadsGivesEachDigestItsOwnBytes() throws Exception {
        EpubExporter shared = new EpubExporter();
        Map<String, byte[]> expected = Map.of(
                "observatory", Epubs.export(new EpubExporter(), Epubs.digest("observatory"), ExportOptions.defaults()),
                "water", Epubs.export(new EpubExporter(), Epubs.digest("water"), ExportOptions.defaults()),
                "digital", Epubs.export(new EpubExporter(), Epubs.digest("digital"), ExportOptions.defaults()));
        List<String> names = List.of("observatory", "water", "digital");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<byte[]>> tasks = new ArrayList<>();
            for (int i = 0; i < 18; i++) {
                String name = names.get(i % names.size());
                Digest digest = Epubs.digest(name);
                tasks.add(() -> Epubs.export(shared, digest, ExportOptions.defaults()));
            }
            List<Future<byte[]>> results = pool.invokeAll(tasks);
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).as("task %d", i).isEqualTo(expected.get(names.get(i % names.size())));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

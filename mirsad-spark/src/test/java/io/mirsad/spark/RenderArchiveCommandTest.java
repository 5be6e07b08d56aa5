package io.mirsad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command spark-submit runs, given its master as spark-submit gives it: by a {@code spark.} system property. */
class RenderArchiveCommandTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void master() {
        System.setProperty("spark.master", "local[2]");
        System.setProperty("spark.ui.enabled", "false");
    }

    @AfterAll
    static void noMaster() {
        System.clearProperty("spark.master");
        System.clearProperty("spark.ui.enabled");
    }

    @Test
    void rendersAnArchiveAndSavesItsResultsBesideTheEditions() throws IOException {
        Path in = dir.resolve("archive");
        List<String> good = Archives.write(in, 12);
        Path out = dir.resolve("editions");

        int status = RenderArchiveCommand.execute(new String[] {
            in.toString(), out.toString(), "-f", "docx", "--date-from-name", "--results-format", "json"
        });

        assertThat(status).isZero();
        assertThat(Archives.files(out).keySet())
                .containsExactlyInAnyOrderElementsOf(good.stream()
                        .map(n -> n.replaceAll("\\.(json|txt)$", ".docx"))
                        .toList());
        List<String> rows;
        try (Stream<Path> parts = Files.list(out.resolve("_mirsad/results"))) {
            rows = parts.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .flatMap(p -> lines(p).stream())
                    .toList();
        }
        assertThat(rows).hasSize(good.size() + Archives.BROKEN.size());
        assertThat(rows).filteredOn(r -> r.contains("\"status\":\"FAILED\"")).hasSize(Archives.BROKEN.size());
    }

    @Test
    void aMissingInputExitsWithOne() {
        assertThat(RenderArchiveCommand.execute(new String[] {
                    dir.resolve("nowhere").toString(), dir.resolve("editions").toString()
                }))
                .isEqualTo(1);
        assertThat(dir.resolve("editions")).doesNotExist();
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

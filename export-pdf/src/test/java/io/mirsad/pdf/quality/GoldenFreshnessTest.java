package io.mirsad.pdf.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed goldens are what {@code hb-shape} says today: the regeneration script is run into a
 * temporary directory and its data lines must equal the committed ones (the header, which names the
 * HarfBuzz version, may differ). Needs hb-shape (libharfbuzz-bin), python3 and libfribidi; a missing
 * one fails the test.
 */
@Tag("integration")
class GoldenFreshnessTest {

    @Test
    void committedGoldensAreWhatHbShapeGives(@TempDir Path out) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", "scripts/regenerate-golden.sh").redirectErrorStream(true);
        pb.environment().put("MIRSAD_GOLDEN_OUT", out.toString());
        Process p = pb.start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES))
                .as("regenerate-golden.sh finished")
                .isTrue();
        assertThat(p.exitValue())
                .as("regenerate-golden.sh exit status; output:\n" + log)
                .isZero();
        for (String file : List.of("amiri-regular.hb.txt", "amiri-bold.hb.txt")) {
            assertThat(data(out.resolve(file)))
                    .as(file)
                    .isEqualTo(data(Path.of("src/test/resources/golden").resolve(file)));
        }
    }

    private static List<String> data(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(l -> !l.startsWith("#")).toList();
    }
}

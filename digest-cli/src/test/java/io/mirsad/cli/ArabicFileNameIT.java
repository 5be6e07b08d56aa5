package io.mirsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./mirsad} launcher renders a digest whose file name is Arabic when the caller's locale is
 * {@code LANG=C}, where Java 17 alone cannot even parse the name. Runs the real launcher on the packaged
 * jar, so it runs after {@code package} (failsafe, integration profile).
 */
@Tag("integration")
class ArabicFileNameIT {

    @Test
    void rendersAnArabicFileNameUnderTheCLocale(@TempDir Path dir) throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        Path input = Files.copy(root.resolve("examples/sample/observatory.json"), dir.resolve("مرصد الأسبوع.json"));
        ProcessBuilder launcher = new ProcessBuilder(
                        root.resolve("mirsad").toString(),
                        "render",
                        input.toString(),
                        "-f",
                        "pdf",
                        "-o",
                        dir.toString())
                .redirectErrorStream(true);
        launcher.environment().keySet().removeIf(k -> k.startsWith("LC_"));
        launcher.environment().put("LANG", "C");
        Process p = launcher.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("the launcher finished").isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(dir.resolve("مرصد الأسبوع.pdf")).isNotEmptyFile();
    }
}

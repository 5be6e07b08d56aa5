package io.mirsad.epub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mirsad.export.ExportOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs Ace by DAISY (the {@code @daisy/ace-cli} that {@code .ci/package.json} pins, driving the
 * Chromium {@code PUPPETEER_EXECUTABLE_PATH} names) on the sample and the fixtures: no violation of
 * any impact may remain. Ace missing fails the test.
 */
@Tag("integration")
class AceTest {

    @ParameterizedTest
    @ValueSource(strings = {"observatory", "water", "digital", "gulf-ltr"})
    void aceFindsNoViolation(String name, @TempDir Path dir) throws Exception {
        Path epub = dir.resolve(name + ".epub");
        Files.write(epub, Epubs.export(new EpubExporter(), Epubs.digest(name), ExportOptions.defaults()));
        Path report = dir.resolve("report");
        ProcessBuilder ace = new ProcessBuilder(
                        aceCli().toString(), "--silent", "--force", "--outdir", report.toString(), epub.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("ace.log").toFile());
        ace.environment().putIfAbsent("PUPPETEER_EXECUTABLE_PATH", "/usr/bin/chromium");
        ace.environment().put("PUPPETEER_SKIP_DOWNLOAD", "true");
        Process p = ace.start();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("ace finished").isTrue();
        assertThat(p.exitValue())
                .as("ace exit status; log:%n%s", Files.readString(dir.resolve("ace.log")))
                .isZero();

        JsonNode json =
                new ObjectMapper().readTree(report.resolve("report.json").toFile());
        List<String> violations = new ArrayList<>();
        for (JsonNode document : json.path("assertions")) {
            for (JsonNode check : document.path("assertions")) {
                if ("fail".equals(check.path("earl:result").path("earl:outcome").asText())) {
                    violations.add(document.path("earl:testSubject").path("url").asText() + ": "
                            + check.path("earl:test").path("earl:impact").asText() + " "
                            + check.path("earl:test").path("dct:title").asText() + " — "
                            + check.path("earl:result").path("dct:description").asText());
                }
            }
        }
        assertThat(json.path("assertions").size()).as("documents Ace checked").isPositive();
        assertThat(violations).isEmpty();
        assertThat(json.path("earl:result").path("earl:outcome").asText()).isEqualTo("pass");
    }

    /** {@code .ci/node_modules/.bin/ace-cli} in the first folder up from here that holds {@code .ci}. */
    private static Path aceCli() throws IOException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(".ci"))) {
                Path ace = dir.resolve(".ci/node_modules/.bin/ace-cli");
                assertThat(ace)
                        .as("Ace by DAISY; run npm ci --prefix .ci --ignore-scripts")
                        .isExecutable();
                return ace;
            }
        }
        throw new IOException("no .ci folder above " + Path.of("").toAbsolutePath());
    }
}

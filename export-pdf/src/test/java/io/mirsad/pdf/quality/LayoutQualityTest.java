package io.mirsad.pdf.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.digest.Digest;
import io.mirsad.export.ExportOptions;
import io.mirsad.pdf.PdfExporter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The print layouts keep what the default one guarantees: the same bytes on every run, and poppler's
 * {@code pdftotext} giving back at least 97 % of the tokens (tatweel ignored) whether the text runs in two
 * columns, on A5, or inside a bleed with crop marks. Needs poppler-utils.
 */
@Tag("integration")
class LayoutQualityTest {
    private static final double THRESHOLD = 0.97;

    private static byte[] pdf(Digest digest, String options) throws IOException {
        ExportOptions.Builder b = ExportOptions.builder();
        for (String option : options.split(" ")) {
            String[] kv = option.split("=");
            b.set(kv[0], kv[1]);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter().export(digest, b.build(), out);
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource({
        "observatory, pdf.columns=2",
        "observatory, pdf.columns=2 pdf.paper=a5 pdf.bleed=3mm pdf.crop-marks=true",
        "grain-corridors, pdf.columns=2 pdf.paper=a5",
        "water-briefs, pdf.columns=1 pdf.paper=a5 pdf.bleed=0.125in pdf.crop-marks=true",
    })
    void printLayoutsAreDeterministicAndSearchable(String edition, String options, @TempDir Path dir) throws Exception {
        Digest digest = Editions.digest(edition);
        byte[] bytes = pdf(digest, options);
        assertThat(pdf(digest, options)).as("a second export").isEqualTo(bytes);

        Path pdf = Files.write(dir.resolve("edition.pdf"), bytes);
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0)
                .as("pdftotext ran")
                .isTrue();
        TokenRecall recall = TokenRecall.measure(SourceTokens.of(digest), text);
        System.out.println(recall.summary(edition + " (" + options + ")", "pdftotext"));
        assertThat(recall.recall()).as(recall.summary(edition, "pdftotext")).isGreaterThanOrEqualTo(THRESHOLD);
    }
}

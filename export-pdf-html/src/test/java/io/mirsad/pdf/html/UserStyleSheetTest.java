package io.mirsad.pdf.html;

import static io.mirsad.pdf.html.HtmlEngineTest.html;
import static io.mirsad.pdf.html.HtmlEngineTest.print;
import static io.mirsad.pdf.html.HtmlEngineTest.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mirsad.export.ExportException;
import io.mirsad.export.ExportOptions;
import io.mirsad.export.ExportWarning;
import io.mirsad.pdf.PdfExporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code html.css}: the user's rules on top of the print style, and what happens when they are wrong. */
class UserStyleSheetTest {
    private final List<ExportWarning> warnings = new CopyOnWriteArrayList<>();
    private final PdfExporter exporter = new PdfExporter();

    private ExportOptions withCss(Path css) {
        return html(HtmlEngineProvider.CSS, css.toString()).withWarnings(warnings::add);
    }

    private List<String> said() {
        return warnings.stream().map(ExportWarning::toString).toList();
    }

    @Test
    void theUsersRulesComeAfterTheDefaultOnes(@TempDir Path dir) throws IOException {
        Path css = Files.writeString(dir.resolve("a5.css"), "@page { size: 148mm 210mm; }\nh2 { color: #1f4e79; }\n");
        try (PDDocument doc = Loader.loadPDF(print(exporter, sample(), withCss(css)))) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isBetween(418f, 421f);
        }
        assertThat(said()).isEmpty();
    }

    @Test
    void theThemeExamplePrintsOnA5WithoutWarnings() throws IOException {
        Path theme = Path.of("../examples/themes/night-edition.css");
        byte[] pdf = print(exporter, sample(), withCss(theme));
        Files.write(Path.of("target/observatory-night-edition.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isBetween(418f, 421f);
            assertThat(doc.getNumberOfPages()).isGreaterThan(3);
        }
        assertThat(said()).isEmpty();
    }

    @Test
    void aRuleThatDoesNotParseIsReportedWithItsFileAndLine(@TempDir Path dir) throws IOException {
        Path css = Files.writeString(
                dir.resolve("broken.css"),
                "h2 { color: #1f4e79; }\n\np { margin: 0 0 ; color: }\n" + "h2 { font-size: 2em; ]\n");
        print(exporter, sample(), withCss(css));
        assertThat(said()).anySatisfy(w -> assertThat(w).contains("broken.css").containsPattern("[Ll]ine 3"));
    }

    @Test
    void theFilesReadAreTheStyleSheetAndTheLocalFilesItLinksThatExist(@TempDir Path dir) throws IOException {
        Path paper = Files.write(dir.resolve("paper.png"), new byte[] {1});
        Path font = Files.write(Files.createDirectories(dir.resolve("fonts")).resolve("display.ttf"), new byte[] {2});
        Path css = Files.writeString(
                dir.resolve("theme.css"),
                "@font-face { font-family: \"Display\"; src: url(fonts/display.ttf), url(fonts/missing.ttf); }\n"
                        + "body { background-image: url('paper.png'); }\n"
                        + "h1 { background-image: url(https://example.org/x.png); }\n");

        assertThat(exporter.filesRead(withCss(css))).containsExactly(css, font, paper);
        assertThat(exporter.filesRead(ExportOptions.defaults())).isEmpty();
    }

    @Test
    void missingFontsAndPicturesAreReportedWithFileAndLine(@TempDir Path dir) throws IOException {
        Path css = Files.writeString(
                dir.resolve("theme.css"),
                "/* theme */\n"
                        + "@font-face { font-family: \"Display\"; src: url(fonts/missing.ttf); }\n"
                        + "body { background-image: url('paper.png'); }\n");
        print(exporter, sample(), withCss(css));
        assertThat(said())
                .anySatisfy(w -> assertThat(w)
                        .contains("theme.css:2")
                        .contains("fonts/missing.ttf")
                        .contains("does not exist"));
        assertThat(said()).anySatisfy(w -> assertThat(w).contains("theme.css:3").contains("paper.png"));
    }

    @Test
    void remoteUrlsAreNeverFetched(@TempDir Path dir) throws IOException {
        // 192.0.2.0/24 is reserved for documentation: a fetch attempt would hang until its timeout, not fail fast.
        Path css = Files.writeString(
                dir.resolve("remote.css"),
                "@import url(\"http://192.0.2.1/extra.css\");\n"
                        + "@font-face { font-family: \"Web\"; src: url(https://192.0.2.1/web.ttf); }\n"
                        + "body { background-image: url(http://192.0.2.1/paper.png); }\n");
        print(exporter, sample(), withCss(css));
        assertThat(said())
                .anySatisfy(w -> assertThat(w).contains("remote.css:1").contains("never accesses the network"));
        assertThat(said())
                .anySatisfy(w -> assertThat(w).contains("remote.css:2").contains("never accesses the network"));
        assertThat(said())
                .anySatisfy(w -> assertThat(w).contains("refused to load").contains("192.0.2.1"));
        assertThat(said()).noneSatisfy(w -> assertThat(w).containsIgnoringCase("timed out"));
    }

    @Test
    void bleedIsTheTypesettersAndSaidToBeIgnored() {
        print(exporter, sample(), html(PdfExporter.BLEED, "3mm").withWarnings(warnings::add));
        assertThat(warnings).anySatisfy(w -> assertThat(w.code()).isEqualTo("html.bleed-unsupported"));
    }

    @Test
    void aStyleSheetThatCannotBeReadIsAnError(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere.css");
        assertThatThrownBy(() -> exporter.export(sample(), withCss(missing), new java.io.ByteArrayOutputStream()))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("html.css")
                .hasMessageContaining("nowhere.css");
    }
}

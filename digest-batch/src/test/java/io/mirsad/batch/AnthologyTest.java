package io.mirsad.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mirsad.digest.json.DigestJson;
import io.mirsad.pdf.EmbeddedDigest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnthologyTest {
    @TempDir
    Path dir;

    @Test
    void bindsEveryFormatWithTheExtensionReplacedAndSortsByDate() throws IOException {
        Path in = dir.resolve("in");
        // Given out of order: issue 3 first.
        Samples.write(in.resolve("a.json"), Samples.json(3));
        Samples.write(in.resolve("b.json"), Samples.json(1));
        Samples.write(in.resolve("c.json"), Samples.json(2));
        Anthology anthology = Anthology.builder(
                        Renderer.builder().formats("pdf", "epub", "docx").build())
                .title("مختارات")
                .sortByDate(true)
                .build();

        AnthologyReport report = anthology.write(List.of(in), dir.resolve("out/volume.pdf"));

        assertThat(report.written())
                .containsExactly(
                        dir.resolve("out/volume.pdf"), dir.resolve("out/volume.epub"), dir.resolve("out/volume.docx"));
        assertThat(report.digests()).isEqualTo(3);
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("out/volume.pdf").toFile())) {
            List<String> parts = new ArrayList<>();
            pdf.getDocumentCatalog()
                    .getDocumentOutline()
                    .getFirstChild()
                    .children()
                    .forEach(p -> parts.add(p.getTitle()));
            assertThat(parts)
                    .containsExactly(
                            Samples.issue(1, true).metadata().title(),
                            Samples.issue(2, true).metadata().title(),
                            Samples.issue(3, true).metadata().title(),
                            "فهرس المصادر");
        }
        // the PDF volume is an archival edition: it carries each digest, in the volume's (sorted) order
        List<String> embedded = new ArrayList<>(
                EmbeddedDigest.all(dir.resolve("out/volume.pdf")).values());
        assertThat(embedded).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(DigestJson.read(embedded.get(i)).metadata().title())
                    .isEqualTo(Samples.issue(i + 1, true).metadata().title());
        }
    }

    /** The index of sources, the contents and the title page speak the volume's language in every format. */
    @Test
    void anEnglishAnthologyLabelsItsIndexInEnglishInEveryFormat() throws IOException {
        Path in = dir.resolve("in");
        Samples.write(in.resolve("a.json"), Samples.json(1, "en"));
        Samples.write(in.resolve("b.json"), Samples.json(2, "en"));
        Anthology anthology = Anthology.builder(
                        Renderer.builder().formats("pdf", "epub", "docx").build())
                .title("Selections")
                .build();
        anthology.write(List.of(in), dir.resolve("out/volume.pdf"));

        String pdf;
        try (PDDocument doc = Loader.loadPDF(dir.resolve("out/volume.pdf").toFile())) {
            pdf = new PDFTextStripper().getText(doc);
        }
        String docx = zipText(dir.resolve("out/volume.docx"), "word/document.xml");
        String epub = zipText(dir.resolve("out/volume.epub"), "index.xhtml");
        assertThat(pdf).contains("Index of sources", "Cited in issues: 1 (p. ", "Issues: 2", "Contents");
        assertThat(docx).contains("Index of sources", "Cited in issues: ", "Contents");
        assertThat(epub).contains("Index of sources", "Cited in issues: ");
        for (String edition : List.of(pdf, docx, epub)) {
            assertThat(edition).doesNotContain("فهرس المصادر", "ورد في الإصدارات", "عدد الإصدارات", "المحتويات");
        }
    }

    /** The text of the zip entries whose names end in {@code suffix}, one after another. */
    private static String zipText(Path zip, String suffix) throws IOException {
        StringBuilder text = new StringBuilder();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().endsWith(suffix)) {
                    text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        assertThat(text).as(suffix + " in " + zip).isNotEmpty();
        return text.toString();
    }

    @Test
    void aBadInputFailsTheWholeAnthologyBeforeAnythingIsWritten() throws IOException {
        Path in = dir.resolve("in");
        Path good = Samples.write(in.resolve("good.json"), Samples.json(1));
        Path broken = Samples.write(in.resolve("broken.json"), "{ \"metadata\": [");
        Path undated = Samples.write(in.resolve("undated.json"), DigestJson.write(Samples.issue(2, false)));
        Path missing = dir.resolve("missing.json");
        Anthology anthology = Anthology.builder(
                        Renderer.builder().formats("pdf").build())
                .title("مختارات")
                .sortByDate(true)
                .build();

        assertThatThrownBy(() -> anthology.write(List.of(in, good, missing), dir.resolve("out/volume.pdf")))
                .isInstanceOfSatisfying(
                        AnthologyException.class,
                        e -> assertThat(e.problems())
                                .extracting(Failure::message)
                                .satisfiesExactlyInAnyOrder(
                                        m -> assertThat(m).isEqualTo(missing + ": no such file"),
                                        m -> assertThat(m).contains("the same file as"),
                                        m -> assertThat(m).startsWith(broken + ":1:"),
                                        m -> assertThat(m).startsWith(undated + ": no publication date")));
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void keepingGoingLeavesBadInputsOutAndNamesThem() throws IOException {
        Path in = dir.resolve("in");
        Samples.write(in.resolve("good.json"), Samples.json(1));
        Path broken = Samples.write(in.resolve("broken.json"), "not json");
        Anthology anthology = Anthology.builder(
                        Renderer.builder().formats("pdf").build())
                .title("مختارات")
                .keepGoing(true)
                .build();

        AnthologyReport report = anthology.write(List.of(in), dir.resolve("volume.pdf"));

        assertThat(report.digests()).isEqualTo(1);
        assertThat(report.leftOut()).singleElement().extracting(Failure::input).isEqualTo(broken.toString());
        assertThat(dir.resolve("volume.pdf")).isRegularFile();
    }

    @Test
    void aCancelledAnthologyLeavesNoFile() throws IOException {
        Path in = dir.resolve("in");
        for (int i = 0; i < 3; i++) {
            Samples.write(in.resolve(i + ".json"), Samples.json(i));
        }
        Cancellation cancellation = new Cancellation();
        Anthology anthology = Anthology.builder(
                        Renderer.builder().formats("pdf").build())
                .title("مختارات")
                .listener(new Anthology.Listener() {
                    @Override
                    public void writing(String format, int done, int total) {
                        if (done == 2) {
                            cancellation.cancel();
                        }
                    }
                })
                .build();

        assertThatThrownBy(() -> anthology.write(List.of(in), dir.resolve("out/volume.pdf"), cancellation))
                .isInstanceOf(CancellationException.class);
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            assertThat(files).isEmpty();
        }
    }
}

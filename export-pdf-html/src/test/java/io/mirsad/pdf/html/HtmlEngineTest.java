package io.mirsad.pdf.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mirsad.digest.Digest;
import io.mirsad.digest.json.DigestJson;
import io.mirsad.export.ExportException;
import io.mirsad.export.ExportOptions;
import io.mirsad.pdf.PdfExporter;
import io.mirsad.pdf.internal.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The html engine through the PDF exporter, as an application reaches it: {@code pdf.engine=html}. */
class HtmlEngineTest {
    private static final PdfExporter EXPORTER = new PdfExporter();

    static Digest sample() {
        return example("observatory");
    }

    /** A digest of {@code examples/sample}, by name. */
    static Digest example(String name) {
        try (InputStream in = Files.newInputStream(Path.of("../examples/sample/" + name + ".json"))) {
            return DigestJson.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ExportOptions html(String... more) {
        ExportOptions.Builder b = ExportOptions.builder().set(PdfExporter.ENGINE, HtmlEngineProvider.NAME);
        for (int i = 0; i < more.length; i += 2) {
            b.set(more[i], more[i + 1]);
        }
        return b.build();
    }

    static byte[] print(PdfExporter exporter, Digest digest, ExportOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            exporter.export(digest, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Test
    void theOptionSelectsTheHtmlEngineAndTheTypesetterStaysTheDefault() throws IOException {
        byte[] html = print(EXPORTER, sample(), html());
        byte[] typeset = print(EXPORTER, sample(), ExportOptions.defaults());
        try (PDDocument doc = Loader.loadPDF(html)) {
            assertThat(doc.getDocumentInformation().getProducer()).contains("OpenHTMLtoPDF");
            assertThat(new PDFTextStripper().getText(doc)).contains("Chatham House");
        }
        try (PDDocument doc = Loader.loadPDF(typeset)) {
            assertThat(doc.getDocumentInformation().getProducer()).doesNotContain("OpenHTMLtoPDF");
        }
    }

    @Test
    void everyFontIsEmbeddedMarginBoxesIncluded() throws IOException {
        try (PDDocument doc = Loader.loadPDF(print(EXPORTER, sample(), html()))) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("Amiri");
                }
            }
            // The folio of the last page and the running header come from the margin boxes.
            String last = text(doc, doc.getNumberOfPages());
            assertThat(last).contains(Integer.toString(doc.getNumberOfPages())).contains("مرصد مراكز");
        }
    }

    @Test
    void theSameDigestGivesTheSameBytesAcrossThreads() throws Exception {
        Digest digest = sample();
        byte[] first = print(EXPORTER, digest, html());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<byte[]>> runs = List.of(
                    pool.submit(() -> print(EXPORTER, digest, html())),
                    pool.submit(() -> print(EXPORTER, digest, html())));
            for (Future<byte[]> run : runs) {
                assertThat(run.get()).isEqualTo(first);
            }
        } finally {
            pool.shutdown();
        }
    }

    /**
     * The document information and the XMP packet say what the digest says, OpenHTMLtoPDF's clock date
     * replaced by the publication date, or gone with none.
     */
    @Test
    void theEditionIsDatedByTheDigestNotByTheClock() throws IOException {
        try (PDDocument doc = Loader.loadPDF(print(EXPORTER, sample(), html()))) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertThat(info.getCreationDate().toInstant()).isEqualTo(Instant.parse("2026-11-29T00:00:00Z"));
            assertThat(info.getModificationDate()).isEqualTo(info.getCreationDate());
            assertThat(info.getProducer()).isEqualTo("Mirsad PDF exporter (OpenHTMLtoPDF, Apache PDFBox)");
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp)
                    .contains("<xmp:CreateDate>2026-11-29T00:00:00Z</xmp:CreateDate>")
                    .contains("<xmp:ModifyDate>2026-11-29T00:00:00Z</xmp:ModifyDate>")
                    .contains("<pdf:Producer>" + info.getProducer() + "</pdf:Producer>")
                    .contains("<rdf:li>" + info.getAuthor() + "</rdf:li>")
                    .contains("<pdfuaid:part>1</pdfuaid:part>");
        }
        try (PDDocument doc = Loader.loadPDF(print(EXPORTER, Fixtures.undated(), html()))) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertThat(info.getCreationDate()).isNull();
            assertThat(info.getModificationDate()).isNull();
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).doesNotContain("Date>").contains("<pdf:Producer>");
        }
    }

    @Test
    void theDigestJsonIsAttachedAsTheEditionsSource() throws IOException {
        Digest digest = sample();
        try (PDDocument doc = Loader.loadPDF(print(EXPORTER, digest, html()))) {
            PDDocumentNameDictionary names = doc.getDocumentCatalog().getNames();
            PDComplexFileSpecification spec =
                    names.getEmbeddedFiles().getNames().get("digest.json");
            assertThat(spec.getCOSObject().getNameAsString("AFRelationship")).isEqualTo("Source");
            assertThat(spec.getEmbeddedFile().getSubtype()).isEqualTo("application/json");
            String json = new String(spec.getEmbeddedFile().toByteArray(), StandardCharsets.UTF_8);
            assertThat(DigestJson.read(json)).isEqualTo(digest);
            assertThat(doc.getDocumentCatalog()
                            .getCOSObject()
                            .getCOSArray(org.apache.pdfbox.cos.COSName.getPDFName("AF")))
                    .hasSize(1);
        }
    }

    /** PDF/UA's description of a link inside the edition says "go to" in the digest's language. */
    @Test
    void internalLinksAreDescribedInTheDigestsLanguage() throws IOException {
        assertThat(internalLinkDescriptions(sample())).isNotEmpty().allMatch(d -> d.startsWith("انتقال إلى"));
        assertThat(internalLinkDescriptions(example("roundup-en"))).isNotEmpty().allMatch(d -> d.startsWith("Go to"));
    }

    private static List<String> internalLinkDescriptions(Digest digest) throws IOException {
        List<String> descriptions = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(print(EXPORTER, digest, html()))) {
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link && !(link.getAction() instanceof PDActionURI)) {
                        descriptions.add(link.getContents());
                    }
                }
            }
        }
        return descriptions;
    }

    @Test
    void paperSizeAndDigitsApplyToTheHtmlEngineToo() throws IOException {
        byte[] pdf = print(EXPORTER, sample(), html(PdfExporter.PAPER, "a5", ExportOptions.DIGITS, "arabic-indic"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getPage(0).getMediaBox().getWidth())
                    .isCloseTo(419.5f, org.assertj.core.data.Offset.offset(1f));
            assertThat(text(doc, 2)).contains("٢");
        }
    }

    @Test
    void anUnknownEngineIsAClearError() {
        assertThatThrownBy(() -> EXPORTER.export(
                        sample(),
                        ExportOptions.builder().set(PdfExporter.ENGINE, "word").build(),
                        new ByteArrayOutputStream()))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("no PDF engine 'word'")
                .hasMessageContaining("typesetter, html");
    }

    static String text(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc);
    }
}

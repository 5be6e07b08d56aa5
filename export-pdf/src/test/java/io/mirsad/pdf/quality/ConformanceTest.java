package io.mirsad.pdf.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.digest.Digest;
import io.mirsad.export.ExportOptions;
import io.mirsad.export.ExportWarning;
import io.mirsad.pdf.internal.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;

/**
 * veraPDF finds nothing to fault in an edition, as PDF/A-3a and as PDF/UA-1: the sample, and a digest
 * with every kind of block, link and troublesome character. The fixtures, in one and two columns, on A4
 * and A5, with both digit styles, are checked in {@link ConformanceMatrixTest}.
 */
class ConformanceTest {
    static final String[] FLAVOURS = {"3a", "ua1"};

    /** Asserts that veraPDF reports no failed rule for any of the flavours. */
    static void assertConforms(byte[] pdf, String what) {
        for (VeraPdf.Report report : VeraPdf.validate(pdf, FLAVOURS)) {
            System.out.println("veraPDF " + what + ": " + report);
            assertThat(report.failed()).as("%s, %s", what, report).isEmpty();
        }
    }

    @Test
    void theSampleIsPdfA3aAndPdfUa1() {
        assertConforms(Editions.pdf("observatory"), "observatory");
    }

    @Test
    void everyKindOfBlockAndRunConforms() {
        List<ExportWarning> warnings = new ArrayList<>();
        byte[] pdf = Editions.pdf(
                Editions.blocks(),
                ExportOptions.builder().warnings(warnings::add).build());
        assertConforms(pdf, "blocks");
        assertThat(warnings).extracting(ExportWarning::code).containsExactly("font.missing-glyph");
        assertThat(warnings.get(0).message())
                .startsWith("2 characters no font of the edition can draw")
                .contains("U+0378")
                .contains("U+1F600 GRINNING FACE at sections[");
    }

    @Test
    void anUndatedDigestWithoutSourcesConformsToo() {
        assertConforms(Editions.pdf(Fixtures.undated()), "undated");
    }

    @Test
    void withoutTheArchivalOptionTheEditionClaimsNeither() throws Exception {
        Digest digest = Editions.digest("water-briefs");
        try (PDDocument archival = Loader.loadPDF(Editions.pdf(digest));
                PDDocument plain = Loader.loadPDF(Editions.pdf(
                        digest,
                        ExportOptions.builder().set("pdf.archival", "false").build()))) {
            assertThat(xmp(archival))
                    .contains("<pdfaid:part>3</pdfaid:part>")
                    .contains("<pdfaid:conformance>A</pdfaid:conformance>")
                    .contains("<pdfuaid:part>1</pdfuaid:part>");
            assertThat(xmp(plain)).doesNotContain("pdfaid").doesNotContain("pdfuaid");
        }
    }

    @Test
    void theXmpSaysWhatTheDocumentInformationSaysAndParsesStrictly() throws Exception {
        Digest digest = Editions.digest("observatory");
        try (PDDocument doc = Loader.loadPDF(Editions.pdf(digest))) {
            // Strict: a schema PDF/A does not know (PDF/UA's) must be declared by an extension schema.
            DomXmpParser parser = new DomXmpParser();
            parser.setStrictParsing(true);
            XMPMetadata xmp =
                    parser.parse(doc.getDocumentCatalog().getMetadata().toByteArray());
            PDDocumentInformation info = doc.getDocumentInformation();
            DublinCoreSchema dc = xmp.getDublinCoreSchema();
            assertThat(dc.getTitle())
                    .isEqualTo(info.getTitle())
                    .isEqualTo(digest.metadata().title());
            assertThat(dc.getCreators()).containsExactly(info.getAuthor());
            assertThat(dc.getLanguages()).containsExactly(digest.metadata().language());
            assertThat(dc.getDescription()).isEqualTo(info.getSubject());
            assertThat(dc.getSubjects())
                    .containsExactlyElementsOf(digest.metadata().keywords());
            assertThat(dc.getDates())
                    .extracting(Calendar::toInstant)
                    .containsExactly(info.getCreationDate().toInstant());
            assertThat(xmp.getXMPBasicSchema().getCreateDate().toInstant())
                    .isEqualTo(info.getCreationDate().toInstant());
            assertThat(xmp.getXMPBasicSchema().getModifyDate().toInstant())
                    .isEqualTo(info.getModificationDate().toInstant());
            assertThat(xmp.getXMPBasicSchema().getCreatorTool()).isEqualTo(info.getCreator());
            assertThat(xmp.getAdobePDFSchema().getProducer()).isEqualTo(info.getProducer());
            assertThat(xmp.getAdobePDFSchema().getKeywords()).isEqualTo(info.getKeywords());
            assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(3);
            assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("A");
            assertThat(xmp.getPDFExtensionSchema()
                            .getSchemasProperty()
                            .getContainer()
                            .getAllProperties())
                    .hasSize(1);
        }
    }

    private static String xmp(PDDocument doc) throws Exception {
        return new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
    }
}

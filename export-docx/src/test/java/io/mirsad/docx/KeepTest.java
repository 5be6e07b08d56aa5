package io.mirsad.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.export.ExportOptions;
import org.junit.jupiter.api.Test;

/**
 * The DOCX asks Word and LibreOffice for the keeps the PDF makes itself: headlines keep with the next
 * paragraph and stay whole, every paragraph has widow and orphan control, a quotation keeps with its
 * attribution and a picture with its caption.
 */
class KeepTest {
    private final DocxPackage docx =
            DocxPackage.of(new DocxExporter(), FeatureDigest.build(), ExportOptions.defaults());

    @Test
    void headlinesKeepWithTheNextParagraphAndStayWhole() {
        String heading = "//w:style[@w:styleId='Heading1']/w:pPr";
        assertThat(docx.nodes("word/styles.xml", heading + "/w:keepNext")).hasSize(1);
        assertThat(docx.nodes("word/styles.xml", heading + "/w:keepLines")).hasSize(1);
    }

    @Test
    void widowAndOrphanControlIsOnForEveryParagraph() {
        assertThat(docx.nodes("word/styles.xml", "//w:docDefaults/w:pPrDefault/w:pPr/w:widowControl"))
                .hasSize(1);
        assertThat(docx.nodes("word/styles.xml", "//w:widowControl[@w:val='0' or @w:val='false']"))
                .isEmpty();
        assertThat(docx.nodes("word/document.xml", "//w:widowControl[@w:val='0' or @w:val='false']"))
                .isEmpty();
    }

    @Test
    void aQuotationKeepsWithItsAttributionAndAPictureWithItsCaption() {
        assertThat(docx.nodes(
                        "word/document.xml",
                        "//w:p[w:pPr/w:pStyle/@w:val='Quote'][following-sibling::w:p[1]/w:pPr/w:pStyle/@w:val='QuoteSource']"
                                + "/w:pPr/w:keepNext"))
                .hasSize(1);
        assertThat(docx.nodes("word/styles.xml", "//w:style[@w:styleId='Figure']/w:pPr/w:keepNext"))
                .hasSize(1);
    }
}

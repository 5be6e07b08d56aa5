package io.mirsad.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.export.ExportOptions;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Quotations, lists, figures, links and inline emphasis, in a digest written to use them all. */
class BlocksTest {
    private static DocxPackage docx;

    @BeforeAll
    static void export() {
        docx = DocxPackage.of(new DocxExporter(), FeatureDigest.build(), ExportOptions.defaults());
    }

    @Test
    void quotationHasItsStyleAndAttribution() {
        Element quote = docx.nodes("word/document.xml", "//w:p[w:pPr/w:pStyle/@w:val='Quote']")
                .get(0);
        assertThat(DocxPackage.string(quote, "string(.)"))
                .isEqualTo("الشبكة الكهربائية هي عنق الزجاجة، لا الألواح نفسها.");
        Element attribution =
                DocxPackage.nodes(quote, "following-sibling::w:p[1]").get(0);
        assertThat(DocxPackage.string(attribution, "w:pPr/w:pStyle/@w:val")).isEqualTo("QuoteSource");
        assertThat(DocxPackage.string(attribution, "string(.)")).isEqualTo("— خبيرة في شؤون الطاقة");
    }

    @Test
    void listsAreNumberedOrBulletedThroughTheNumberingPart() {
        List<Element> items = docx.nodes("word/document.xml", "//w:p[w:pPr/w:pStyle/@w:val='ListParagraph']");
        assertThat(items).hasSize(4);
        String ordered = DocxPackage.string(items.get(0), "w:pPr/w:numPr/w:numId/@w:val");
        String bulleted = DocxPackage.string(items.get(2), "w:pPr/w:numPr/w:numId/@w:val");
        assertThat(DocxPackage.string(items.get(1), "w:pPr/w:numPr/w:numId/@w:val"))
                .isEqualTo(ordered);
        assertThat(bulleted).isNotEqualTo(ordered);
        assertThat(format(ordered)).isEqualTo("decimal");
        assertThat(format(bulleted)).isEqualTo("bullet");
        assertThat(DocxPackage.string(items.get(3), "string(.)")).isEqualTo("مصر");
    }

    @Test
    void figureIsAnInlinePictureWithAltTextAndCaption() {
        List<Element> pictures =
                docx.nodes("word/document.xml", "//w:p[w:pPr/w:pStyle/@w:val='Figure']//*[local-name()='docPr']");
        assertThat(pictures)
                .singleElement()
                .satisfies(d -> assertThat(d.getAttribute("descr")).isEqualTo(FeatureDigest.FIGURE_ALT));
        assertThat(docx.entries.keySet()).anyMatch(n -> n.startsWith("word/media/") && n.endsWith(".png"));
        assertThat(docx.string("word/document.xml", "string(//w:p[w:pPr/w:pStyle/@w:val='Caption'])"))
                .isEqualTo("سعة التوليد بالجيجاواط");
    }

    @Test
    void linksStrongAndEmphasisUseRelationshipsAndCharacterStyles() {
        Element link = docx.nodes("word/document.xml", "//w:hyperlink[@r:id]").get(0);
        assertThat(DocxPackage.string(link, "string(.)")).isEqualTo(FeatureDigest.LINK_TEXT);
        assertThat(DocxPackage.string(link, "w:r/w:rPr/w:rStyle/@w:val")).isEqualTo("Hyperlink");
        String rid = link.getAttributeNS("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id");
        assertThat(docx.string("word/_rels/document.xml.rels", "//rel:Relationship[@Id='" + rid + "']/@Target"))
                .isEqualTo("https://example.org/solar");
        assertThat(docx.string("word/document.xml", "string(//w:r[w:rPr/w:rStyle/@w:val='Strong'])"))
                .isEqualTo("أرقام مفصلة");
        assertThat(docx.string("word/document.xml", "string(//w:r[w:rPr/w:rStyle/@w:val='Emphasis'])"))
                .isEqualTo("ملاحظات منهجية");
    }

    private static String format(String numId) {
        String abstractId =
                docx.string("word/numbering.xml", "//w:num[@w:numId='" + numId + "']/w:abstractNumId/@w:val");
        return docx.string(
                "word/numbering.xml",
                "//w:abstractNum[@w:abstractNumId='" + abstractId + "']/w:lvl[@w:ilvl='0']/w:numFmt/@w:val");
    }
}

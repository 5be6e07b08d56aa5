package io.mirsad.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.digest.Digest;
import io.mirsad.digest.Section;
import io.mirsad.digest.text.ArabicText;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The markup that makes Word and LibreOffice order, shape and style Arabic right, in the sample's document. */
class MarkupTest {
    private static final String[] TEXT_PARTS = {
        "word/document.xml", "word/footnotes.xml", "word/header1.xml", "word/footer1.xml"
    };
    private static DocxPackage docx;
    private static Digest digest;

    @BeforeAll
    static void export() {
        digest = DocxPackage.sample();
        docx = DocxPackage.sampleDefaults();
    }

    @Test
    void everyParagraphIsRightToLeft() {
        for (String part : TEXT_PARTS) {
            assertThat(docx.nodes(part, "//w:p")).as(part).isNotEmpty();
            assertThat(docx.nodes(part, "//w:p[not(w:pPr/w:bidi)]"))
                    .as("paragraphs without w:bidi in %s", part)
                    .isEmpty();
        }
    }

    @Test
    void everyRunHoldingArabicIsMarkedRightToLeftWithItsLanguage() {
        int arabicRuns = 0;
        for (String part : TEXT_PARTS) {
            for (Element run : docx.nodes(part, "//w:r[w:t]")) {
                String text = DocxPackage.string(run, "w:t");
                if (ArabicText.containsArabic(text)) {
                    arabicRuns++;
                    assertThat(DocxPackage.nodes(run, "w:rPr/w:rtl"))
                            .as("w:rtl on '%s'", text)
                            .hasSize(1);
                    assertThat(DocxPackage.string(run, "w:rPr/w:lang/@w:bidi"))
                            .as("bidi language of '%s'", text)
                            .isEqualTo("ar-EG");
                } else if (text.codePoints().anyMatch(Character::isLetter)) {
                    assertThat(DocxPackage.nodes(run, "w:rPr/w:rtl"))
                            .as("no w:rtl on Latin '%s'", text)
                            .isEmpty();
                }
            }
        }
        assertThat(arabicRuns).isGreaterThan(50);
    }

    @Test
    void bracketsAroundALatinNameBelongToTheRightToLeftText() {
        // "… والدولية (CSIS) في …": the brackets are right-to-left, the name inside them is not.
        List<Element> runs =
                docx.nodes("word/document.xml", "//w:p[w:pPr/w:pStyle/@w:val='BodyText']//w:r[w:t='CSIS']");
        assertThat(runs)
                .singleElement()
                .satisfies(r -> assertThat(DocxPackage.nodes(r, "w:rPr/w:rtl")).isEmpty());
        Element csis = runs.get(0);
        Element before = (Element) csis.getPreviousSibling();
        Element after = (Element) csis.getNextSibling();
        assertThat(DocxPackage.string(before, "w:t")).endsWith("(");
        assertThat(DocxPackage.nodes(before, "w:rPr/w:rtl")).hasSize(1);
        assertThat(DocxPackage.string(after, "w:t")).isEqualTo(")");
        assertThat(DocxPackage.nodes(after, "w:rPr/w:rtl")).hasSize(1);
    }

    @Test
    void documentDefaultsCarryTheArabicFaceSizeLanguageAndDirection() {
        String defaults = "/w:styles/w:docDefaults/w:rPrDefault/w:rPr/";
        assertThat(docx.string("word/styles.xml", defaults + "w:rFonts/@w:cs")).isEqualTo("Amiri");
        assertThat(docx.string("word/styles.xml", defaults + "w:rFonts/@w:ascii"))
                .isEqualTo("Amiri");
        assertThat(docx.string("word/styles.xml", defaults + "w:rFonts/@w:hAnsi"))
                .isEqualTo("Amiri");
        assertThat(docx.string("word/styles.xml", defaults + "w:szCs/@w:val"))
                .isEqualTo(docx.string("word/styles.xml", defaults + "w:sz/@w:val"))
                .isEqualTo("26");
        assertThat(docx.string("word/styles.xml", defaults + "w:lang/@w:bidi")).isEqualTo("ar-EG");
        assertThat(docx.nodes("word/styles.xml", "/w:styles/w:docDefaults/w:pPrDefault/w:pPr/w:bidi"))
                .hasSize(1);
    }

    @Test
    void realStylesAreDefinedForEveryRole() {
        assertStyle("Title", "paragraph", "Title");
        assertStyle("Subtitle", "paragraph", "Subtitle");
        assertStyle("Heading1", "paragraph", "heading 1");
        assertStyle("BodyText", "paragraph", "Body Text");
        assertStyle("Quote", "paragraph", "Quote");
        assertStyle("SourceNote", "paragraph", "Source Note");
        assertStyle("FootnoteText", "paragraph", "footnote text");
        assertStyle("FootnoteReference", "character", "footnote reference");
        assertThat(style("Heading1", "w:pPr/w:outlineLvl/@w:val")).isEqualTo("0");
        assertThat(style("BodyText", "w:pPr/w:jc/@w:val")).isEqualTo("both");
        assertThat(style("FootnoteReference", "w:rPr/w:vertAlign/@w:val")).isEqualTo("superscript");
        // Every paragraph and run of the body uses a defined style.
        List<String> defined = docx.nodes("word/styles.xml", "//w:style").stream()
                .map(s -> s.getAttributeNS(DocxPackage.W, "styleId"))
                .toList();
        docx.nodes("word/document.xml", "//w:pStyle | //w:rStyle")
                .forEach(s -> assertThat(defined).contains(s.getAttributeNS(DocxPackage.W, "val")));
    }

    @Test
    void complexScriptSizeAndBoldGoAlongsideTheLatinOnes() {
        List<Element> sized = docx.nodes("word/styles.xml", "//w:rPr[w:sz]");
        assertThat(sized).hasSizeGreaterThan(8);
        for (Element rPr : sized) {
            assertThat(DocxPackage.string(rPr, "w:szCs/@w:val")).isEqualTo(DocxPackage.string(rPr, "w:sz/@w:val"));
        }
        List<Element> bold = docx.nodes("word/styles.xml", "//w:rPr[w:b]");
        assertThat(bold).isNotEmpty();
        bold.forEach(rPr -> assertThat(DocxPackage.nodes(rPr, "w:bCs")).hasSize(1));
    }

    @Test
    void headlinesAreHeadingsInReadingOrder() {
        List<String> headings = docx.nodes("word/document.xml", "//w:p[w:pPr/w:pStyle/@w:val='Heading1']").stream()
                .map(p -> DocxPackage.string(p, "string(.)"))
                .toList();
        List<String> expected = new java.util.ArrayList<>(digest.sections().stream()
                .map(Section::headline)
                .filter(java.util.Objects::nonNull)
                .toList());
        expected.add("المصادر");
        assertThat(headings).containsExactlyElementsOf(expected);
    }

    @Test
    void closingListNamesEverySource() {
        List<Element> entries = docx.nodes(
                "word/document.xml",
                "//w:p[w:pPr/w:pStyle/@w:val='Heading1'][string(.)='المصادر']/following-sibling::w:p");
        assertThat(entries).hasSize(digest.sources().size());
        for (int i = 0; i < entries.size(); i++) {
            Element p = entries.get(i);
            assertThat(DocxPackage.string(p, "w:pPr/w:pStyle/@w:val")).isEqualTo("SourceNote");
            assertThat(DocxPackage.string(p, "string(.)"))
                    .startsWith(digest.sources().get(i).name())
                    .endsWith(digest.sources().get(i).url());
        }
    }

    @Test
    void contentsAreATocFieldLinkingEachHeadline() {
        assertThat(docx.string("word/document.xml", "//w:instrText[contains(., 'TOC')]"))
                .contains("TOC \\o \"1-1\" \\h");
        List<String> anchors =
                docx.nodes("word/document.xml", "//w:p[w:pPr/w:pStyle/@w:val='TOC1']/w:hyperlink").stream()
                        .map(h -> h.getAttributeNS(DocxPackage.W, "anchor"))
                        .toList();
        List<String> bookmarks =
                docx.nodes("word/document.xml", "//w:p[w:pPr/w:pStyle/@w:val='Heading1']/w:bookmarkStart").stream()
                        .map(b -> b.getAttributeNS(DocxPackage.W, "name"))
                        .toList();
        assertThat(anchors).hasSize(6).containsExactlyElementsOf(bookmarks);
        // The field opens in the first entry and closes in the last.
        assertThat(docx.nodes(
                        "word/document.xml",
                        "//w:p[w:pPr/w:pStyle/@w:val='TOC1'][1]//w:fldChar" + "[@w:fldCharType='begin']"))
                .hasSize(1);
        assertThat(docx.nodes(
                        "word/document.xml",
                        "//w:p[w:pPr/w:pStyle/@w:val='TOC1'][last()]/w:r/w:fldChar" + "[@w:fldCharType='end']"))
                .hasSize(1);
    }

    @Test
    void headerNamesTheSeriesAndDateAndFooterHoldsAPageField() {
        assertThat(docx.string("word/header1.xml", "string(//w:p)")).isEqualTo("مرصد مراكز الأبحاث29 نوفمبر 2026");
        assertThat(docx.nodes("word/header1.xml", "//w:tab")).hasSize(1);
        assertThat(docx.string("word/footer1.xml", "//w:instrText").strip()).isEqualTo("PAGE");
        assertThat(docx.string("word/document.xml", "//w:sectPr/w:pgNumType/@w:fmt"))
                .isEqualTo("decimal");
    }

    @Test
    void sectionIsRightToLeftOnA4WithMargins() {
        String sect = "/w:document/w:body/w:sectPr/";
        assertThat(docx.nodes("word/document.xml", sect + "w:bidi")).hasSize(1);
        assertThat(docx.nodes("word/document.xml", sect + "w:rtlGutter")).hasSize(1);
        assertThat(docx.string("word/document.xml", sect + "w:pgSz/@w:w")).isEqualTo("11906");
        assertThat(docx.string("word/document.xml", sect + "w:pgSz/@w:h")).isEqualTo("16838");
        assertThat(docx.string("word/document.xml", sect + "w:pgMar/@w:top")).isEqualTo("1418");
        assertThat(docx.string("word/document.xml", sect + "w:pgMar/@w:right")).isEqualTo("1247");
        assertThat(docx.nodes("word/document.xml", sect + "w:headerReference")).hasSize(1);
        assertThat(docx.nodes("word/document.xml", sect + "w:footerReference")).hasSize(1);
    }

    @Test
    void corePropertiesComeFromTheDigest() throws Exception {
        try (var doc = TextReadBackTest.open(docx.bytes)) {
            var core = doc.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo(digest.metadata().title());
            assertThat(core.getCreator()).isEqualTo("سلمى عبد الرحيم");
            assertThat(core.getSubject()).isEqualTo(digest.metadata().subtitle());
            assertThat(core.getKeywords()).isEqualTo("مراكز الأبحاث, الطاقة, البحر الأحمر, SIPRI");
            assertThat(core.getUnderlyingProperties().getLanguageProperty()).hasValue("ar");
            assertThat(core.getCreated().toInstant()).hasToString("2026-11-29T00:00:00Z");
            assertThat(core.getModified().toInstant()).hasToString("2026-11-29T00:00:00Z");
        }
    }

    private void assertStyle(String id, String type, String name) {
        String at = "//w:style[@w:styleId='" + id + "']";
        assertThat(docx.nodes("word/styles.xml", at)).as("style %s", id).hasSize(1);
        assertThat(docx.string("word/styles.xml", at + "/@w:type")).isEqualTo(type);
        assertThat(docx.string("word/styles.xml", at + "/w:name/@w:val")).isEqualTo(name);
    }

    private String style(String id, String path) {
        return docx.string("word/styles.xml", "//w:style[@w:styleId='" + id + "']/" + path);
    }
}

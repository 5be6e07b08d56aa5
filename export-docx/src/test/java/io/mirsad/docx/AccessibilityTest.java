package io.mirsad.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.digest.Digest;
import io.mirsad.export.ExportOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDrawing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline;

/**
 * The basics Word's accessibility checker looks at, read back with POI: title and language in the
 * core properties, headings in real heading styles without skipped levels, a text alternative on every
 * picture, links told apart by more than colour, and header rows on tables.
 */
class AccessibilityTest {

    static Stream<Arguments> editions() {
        return Stream.of(Arguments.of("sample", DocxPackage.sample()), Arguments.of("features", FeatureDigest.build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("editions")
    void titleAndLanguageAreInTheCoreProperties(String name, Digest digest) throws IOException {
        try (XWPFDocument doc = read(digest)) {
            var core = doc.getProperties().getCoreProperties().getUnderlyingProperties();
            assertThat(core.getTitleProperty()).contains(digest.metadata().title());
            assertThat(core.getLanguageProperty()).contains(digest.metadata().language());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("editions")
    void headingsUseHeadingStylesInOrder(String name, Digest digest) throws IOException {
        try (XWPFDocument doc = read(digest)) {
            List<Integer> levels = new ArrayList<>();
            List<String> headingTexts = new ArrayList<>();
            for (XWPFParagraph p : doc.getParagraphs()) {
                Integer level = outlineLevel(doc, p.getStyleID());
                if (level != null && level < 9) {
                    levels.add(level);
                    headingTexts.add(p.getText());
                }
            }
            List<String> headlines = digest.sections().stream()
                    .map(s -> s.headline())
                    .filter(h -> h != null)
                    .toList();
            assertThat(headingTexts).as("every headline is a heading").containsAll(headlines);
            int previous = -1;
            for (int level : levels) {
                assertThat(level).as("no heading level skipped").isLessThanOrEqualTo(previous + 1);
                previous = level;
            }
            for (XWPFParagraph p : body(doc)) {
                if (headlines.contains(p.getText())) {
                    assertThat(doc.getStyles().getStyle(p.getStyleID()).getName())
                            .as(p.getText())
                            .matches("heading [1-9]");
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("editions")
    void everyPictureHasAltText(String name, Digest digest) throws IOException {
        try (XWPFDocument doc = read(digest)) {
            List<String> descriptions = new ArrayList<>();
            for (XWPFParagraph p : doc.getParagraphs()) {
                for (XWPFRun r : p.getRuns()) {
                    for (CTDrawing drawing : r.getCTR().getDrawingList()) {
                        for (CTInline inline : drawing.getInlineList()) {
                            descriptions.add(inline.getDocPr().getDescr());
                        }
                        assertThat(drawing.getAnchorList())
                                .as("no floating pictures")
                                .isEmpty();
                    }
                    for (XWPFPicture picture : r.getEmbeddedPictures()) {
                        assertThat(picture.getDescription()).isNotBlank();
                    }
                }
            }
            long figures = digest.sections().stream()
                    .flatMap(s -> s.blocks().stream())
                    .filter(io.mirsad.digest.Block.Figure.class::isInstance)
                    .count();
            assertThat(descriptions)
                    .hasSize((int) figures)
                    .allSatisfy(d -> assertThat(d).isNotBlank());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("editions")
    void linksAreUnderlinedNotJustColoured(String name, Digest digest) throws IOException {
        try (XWPFDocument doc = read(digest)) {
            int links = 0;
            for (XWPFParagraph p : body(doc)) {
                for (XWPFRun r : p.getRuns()) {
                    if (r instanceof XWPFHyperlinkRun) {
                        links++;
                        assertThat(underline(doc, r)).as("link '%s'", r.text()).isTrue();
                    }
                }
            }
            assertThat(links).as("the edition has links to check").isPositive();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("editions")
    void noLayoutTablesWithoutHeaderRows(String name, Digest digest) throws IOException {
        try (XWPFDocument doc = read(digest)) {
            // Nothing in a digest is a table, so the checker has none to flag; the layout uses none either.
            assertThat(doc.getBodyElements())
                    .extracting(IBodyElement::getElementType)
                    .doesNotContain(org.apache.poi.xwpf.usermodel.BodyElementType.TABLE);
        }
    }

    /**
     * The paragraphs outside the table of contents: its entries repeat the headlines as links, set
     * apart by their place in the list rather than by colour.
     */
    private static List<XWPFParagraph> body(XWPFDocument doc) {
        return doc.getParagraphs().stream()
                .filter(p -> !"TOC1".equals(p.getStyleID()))
                .toList();
    }

    /** Underlined by the run itself or by its character style. */
    private static boolean underline(XWPFDocument doc, XWPFRun r) {
        var rPr = r.getCTR().getRPr();
        if (rPr != null && rPr.sizeOfUArray() > 0) {
            return rPr.getUArray(0).getVal() != STUnderline.NONE;
        }
        String styleId = rPr == null || rPr.sizeOfRStyleArray() == 0
                ? null
                : rPr.getRStyleArray(0).getVal();
        XWPFStyle style = styleId == null ? null : doc.getStyles().getStyle(styleId);
        return style != null
                && style.getCTStyle().getRPr() != null
                && style.getCTStyle().getRPr().sizeOfUArray() > 0
                && style.getCTStyle().getRPr().getUArray(0).getVal() != STUnderline.NONE;
    }

    /** The outline level a paragraph style gives (following its base styles), or null for body text. */
    private static Integer outlineLevel(XWPFDocument doc, String styleId) {
        for (XWPFStyle s = styleId == null ? null : doc.getStyles().getStyle(styleId);
                s != null;
                s = s.getBasisStyleID() == null ? null : doc.getStyles().getStyle(s.getBasisStyleID())) {
            var pPr = s.getCTStyle().getPPr();
            if (pPr != null && pPr.isSetOutlineLvl()) {
                return pPr.getOutlineLvl().getVal().intValue();
            }
        }
        return null;
    }

    private static XWPFDocument read(Digest digest) throws IOException {
        return new XWPFDocument(
                new ByteArrayInputStream(DocxPackage.export(new DocxExporter(), digest, ExportOptions.defaults())));
    }
}

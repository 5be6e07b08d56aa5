package io.mirsad.pdf.internal.write;

import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.digest.text.ArabicText;
import io.mirsad.export.ExportOptions;
import io.mirsad.pdf.PdfExporter;
import io.mirsad.pdf.internal.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.junit.jupiter.api.Test;

/**
 * What the writer draws for text extraction, read back from a real file: a mark's own glyph reads as
 * U+200F (drawn after its line's letters) and its text rides on a blank zero-width glyph on the baseline at
 * its letter; a kerning gap inside a word is filled by a blank glyph reading as U+200F, and the letters on
 * both sides keep their text; a letter kerned back under the one before it leaves pdf.js no step back.
 */
class TextCarriersTest {
    private static final String PARAGRAPH = "وأهمَّ ما في خلاصةَ الدراسة أن البحرية تتقدم وحسبما ذكر المركز";
    private static final String RLM = "\u200F";

    /** A glyph as drawn: its text (null if the ToUnicode has none), origin, width and whether it has ink. */
    private record Drawn(String text, float x, float y, float width, boolean inked) {}

    @Test
    void marksReadAsABidiMarkAfterTheLettersAndTheirTextSitsOnTheBaselineAtTheirLetter() throws IOException {
        List<Drawn> glyphs = drawn(pdf());
        List<Drawn> marks =
                glyphs.stream().filter(g -> g.inked() && g.width() == 0).toList();
        assertThat(marks)
                .hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(m -> assertThat(m.text()).isEqualTo(RLM));
        int lastLetter = 0;
        for (int i = 0; i < glyphs.size(); i++) {
            if (glyphs.get(i).width() > 0
                    && Math.abs(glyphs.get(i).y() - marks.get(0).y()) < 1) {
                lastLetter = i;
            }
        }
        assertThat(glyphs.indexOf(marks.get(0)))
                .as("the marks come after the letters of their line")
                .isGreaterThan(lastLetter);
        int carriers = 0;
        for (int i = 0; i + 1 < glyphs.size(); i++) {
            Drawn carrier = glyphs.get(i);
            if (carrier.inked()
                    || carrier.width() != 0
                    || carrier.text() == null
                    || !carrier.text().codePoints().allMatch(ArabicText::isMark)) {
                continue;
            }
            carriers++;
            Drawn letter = glyphs.get(i + 1);
            assertThat(letter.inked()).isTrue();
            assertThat(carrier.y()).as("on the letter's baseline").isEqualTo(letter.y());
            assertThat(carrier.x())
                    .as("at the letter's origin")
                    .isCloseTo(letter.x(), org.assertj.core.data.Offset.offset(0.01f));
        }
        assertThat(carriers).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aKerningGapIsFilledByABlankGlyphReadingAsABidiMark() throws IOException {
        List<Drawn> glyphs = drawn(pdf());
        List<Drawn> fillers = glyphs.stream()
                .filter(g -> RLM.equals(g.text()) && !g.inked() && g.width() > 0)
                .toList();
        assertThat(fillers).isNotEmpty();
        for (Drawn filler : fillers) {
            Drawn before = glyphs.get(glyphs.indexOf(filler) - 1);
            Drawn after = glyphs.get(glyphs.indexOf(filler) + 1);
            assertThat(filler.inked()).isFalse();
            assertThat(filler.width()).isPositive();
            assertThat(before.text()).isNotBlank();
            assertThat(after.inked()).isTrue();
            assertThat(after.text())
                    .as("the letter after the gap keeps its text")
                    .isNotBlank()
                    .isNotEqualTo(RLM);
            float em = 12;
            float end = filler.x() + filler.width() * em / 1000;
            assertThat(end)
                    .as("the filler ends at the next letter")
                    .isCloseTo(after.x(), org.assertj.core.data.Offset.offset(0.11f * em));
        }
    }

    /**
     * Amiri kerns kaf back under a ra, waw or dal by about 0.4 em; pdf.js ends its text item where the pen
     * goes back more than 0.2 em from the end of the last glyph it read, and a word split across two items of
     * a right-to-left line comes back with its halves swapped. Glyphs reading as a bidi mark pdf.js skips.
     */
    @Test
    void noLetterStartsFarBeforeTheEndOfTheLetterPdfJsReadBeforeIt() throws IOException {
        List<Drawn> glyphs = drawn(pdf());
        float em = 12;
        float reach = Float.NEGATIVE_INFINITY;
        float line = Float.NaN;
        int letters = 0;
        for (Drawn g : glyphs) {
            if (g.text() == null || g.width() == 0 || RLM.equals(g.text())) {
                continue;
            }
            if (g.y() != line) {
                reach = Float.NEGATIVE_INFINITY;
                line = g.y();
            }
            assertThat(g.x())
                    .as("'%s' starts at most 0.2 em before the letter read before it ends", g.text())
                    .isGreaterThanOrEqualTo(reach - 0.2f * em);
            reach = g.x() + g.width() * em / 1000;
            letters++;
        }
        assertThat(letters).isGreaterThan(30);
    }

    @Test
    void pdfBoxReadsTheParagraphWhole() throws IOException {
        assertThat(pdfBoxLetters(pdf())).contains(Normalizer.normalize(PARAGRAPH, Normalizer.Form.NFC));
    }

    /**
     * A letter that starts under the one drawn before it (a lam inside Amiri's kaf-lam-meem ligature, a
     * waw kerned back under a kaf) keeps its marks: PDFBox gives a mark whose carrier lies inside a letter
     * to that letter ("كَلمَِاتٌ", "وكَُلُّ").
     */
    @Test
    void pdfBoxGivesTheMarksOfALetterStartingUnderTheOneBeforeToThatLetter() throws IOException {
        String vocalised = "كَلِمَاتٌ وَكُلُّ الكَلِمَةِ فِي عِلْمِهِمْ";
        assertThat(pdfBoxLetters(pdf(vocalised))).contains(Normalizer.normalize(vocalised, Normalizer.Form.NFC));
    }

    /** PDFBox's text of a file in content order, without the bidi marks inserted glyphs read as. */
    private static String pdfBoxLetters(byte[] pdf) throws IOException {
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            text = Normalizer.normalize(stripper.getText(doc), Normalizer.Form.NFC);
        }
        // kashidas, marks' ink and gap fillers read as bidi marks, which a bidi-aware reader drops
        return text.codePoints()
                .filter(c -> c != 0x200F)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    private static byte[] pdf() throws IOException {
        return pdf(PARAGRAPH);
    }

    private static byte[] pdf(String paragraph) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter().export(Fixtures.oneParagraph(paragraph), ExportOptions.defaults(), out);
        return out.toByteArray();
    }

    /** The glyphs of the paragraph's page in content-stream order, read through PDFBox's text engine. */
    private static List<Drawn> drawn(byte[] pdf) throws IOException {
        List<Drawn> glyphs = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper reader = new PDFTextStripper() {
                @Override
                protected void showGlyph(Matrix matrix, PDFont font, int code, Vector displacement) throws IOException {
                    PDCIDFontType2 cidFont = (PDCIDFontType2) ((PDType0Font) font).getDescendantFont();
                    GlyphData data = cidFont.getTrueTypeFont().getGlyph().getGlyph(cidFont.codeToGID(code));
                    boolean inked =
                            data != null && !data.getPath().getBounds2D().isEmpty();
                    glyphs.add(new Drawn(
                            font.toUnicode(code),
                            matrix.getTranslateX(),
                            matrix.getTranslateY(),
                            font.getWidth(code),
                            inked));
                    super.showGlyph(matrix, font, code, displacement);
                }
            };
            reader.getText(doc);
        }
        return glyphs;
    }
}

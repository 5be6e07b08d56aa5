package io.mirsad.pdf.internal.write;

import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.digest.Digest;
import io.mirsad.digest.Metadata;
import io.mirsad.digest.Section;
import io.mirsad.digest.SectionKind;
import io.mirsad.digest.text.ArabicText;
import io.mirsad.export.ExportOptions;
import io.mirsad.pdf.PdfExporter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
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
 * What the writer draws only for text extraction, read back from a real file: marks read as nothing and
 * their text rides on a blank zero-width glyph on the baseline at their letter; a kerning gap inside a
 * word is spanned by a blank spacing glyph that reads as the letter it covers.
 */
class TextCarriersTest {
    private static final String PARAGRAPH = "وأهمَّ ما في خلاصةَ الدراسة أن البحرية تتقدم";

    /** A glyph as drawn: its text (null if the ToUnicode has none), origin, width and whether it has ink. */
    private record Drawn(String text, float x, float y, float width, boolean inked) {
    }

    @Test
    void marksReadAsNothingAndTheirTextSitsOnTheBaselineBeforeTheirLetter() throws IOException {
        List<Drawn> glyphs = drawn(pdf());
        int marks = 0;
        for (int i = 0; i < glyphs.size(); i++) {
            Drawn g = glyphs.get(i);
            if (!g.inked() || g.width() != 0) {
                continue;
            }
            marks++;
            assertThat(g.text()).as("a mark's own text").isNull();
            int next = i + 1;
            while (glyphs.get(next).inked() && glyphs.get(next).width() == 0) {
                next++;
            }
            Drawn carrier = glyphs.get(next);
            Drawn letter = glyphs.get(next + 1);
            assertThat(carrier.inked()).isFalse();
            assertThat(carrier.width()).isZero();
            assertThat(carrier.text()).isNotEmpty().matches(t -> t.codePoints().allMatch(ArabicText::isMark));
            assertThat(carrier.y()).as("on the letter's baseline").isEqualTo(letter.y());
            assertThat(carrier.x()).as("at the letter's origin").isCloseTo(letter.x(), org.assertj.core.data.Offset.offset(0.01f));
        }
        assertThat(marks).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aKerningGapIsSpannedByABlankGlyphThatReadsAsTheLetterItCovers() throws IOException {
        List<Drawn> glyphs = drawn(pdf());
        List<Drawn> bridges = glyphs.stream().filter(g -> !g.inked() && g.width() > 0 && g.text() != null
                && !g.text().isBlank()).toList();
        assertThat(bridges).extracting(Drawn::text).contains("ر");
        for (Drawn bridge : bridges) {
            Drawn covered = glyphs.get(glyphs.indexOf(bridge) + 1);
            assertThat(covered.inked()).isTrue();
            assertThat(covered.text()).as("the covered letter reads as nothing").isNull();
            assertThat(bridge.x()).isLessThan(covered.x());
            assertThat(bridge.x() + bridge.width()).isGreaterThan(covered.x());
        }
    }

    @Test
    void pdfBoxReadsTheParagraphWhole() throws IOException {
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            text = Normalizer.normalize(stripper.getText(doc), Normalizer.Form.NFC);
        }
        assertThat(text).contains(Normalizer.normalize(PARAGRAPH, Normalizer.Form.NFC));
    }

    private static byte[] pdf() throws IOException {
        Digest digest = Digest.builder()
                .metadata(Metadata.builder().title("نشرة الاختبار").published(LocalDate.of(2026, 3, 1)).build())
                .section(Section.builder(SectionKind.STORY).headline("عنوان قصير").paragraph(PARAGRAPH).build())
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter().export(digest, ExportOptions.defaults(), out);
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
                    boolean inked = data != null && !data.getPath().getBounds2D().isEmpty();
                    glyphs.add(new Drawn(font.toUnicode(code), matrix.getTranslateX(), matrix.getTranslateY(),
                            font.getWidth(code), inked));
                    super.showGlyph(matrix, font, code, displacement);
                }
            };
            reader.getText(doc);
        }
        return glyphs;
    }
}

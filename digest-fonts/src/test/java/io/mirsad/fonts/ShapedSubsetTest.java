package io.mirsad.fonts;

import static io.mirsad.fonts.TestShaping.shape;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.font.GlyphVector;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A face cut to the glyphs shaping a fixed text draws ({@link FontFace#subset(CharSequence, DrawnGlyphs)}). */
class ShapedSubsetTest {
    /** Joined letters, lam-alef, marks, digits, Latin with a ligature and brackets that mirror. */
    private static final String TEXT =
            "قالت الدراسةُ إنّ الإنفاق ارتفع (بنسبة 7%) في عام 2026، وفق تقرير SIPRI «السنوي» الفصلي.";

    private static final List<FontFace> FACES = List.of(BundledFonts.amiriRegular(), BundledFonts.amiriBold());

    @Test
    void theRunsShapeWithTheCutAsWithTheWholeFace() {
        for (FontFace face : FACES) {
            FontFace cut = cut(face);
            for (String run : runs()) {
                GlyphVector whole = shape(face, run);
                GlyphVector subset = shape(cut, run);
                assertThat(subset.getGlyphCodes(0, subset.getNumGlyphs(), null))
                        .as(face + " " + run)
                        .containsExactly(whole.getGlyphCodes(0, whole.getNumGlyphs(), null));
                assertThat(subset.getGlyphPositions(0, subset.getNumGlyphs() + 1, null))
                        .as(face + " " + run)
                        .containsExactly(whole.getGlyphPositions(0, whole.getNumGlyphs() + 1, null));
                for (int i = 0; i < whole.getNumGlyphs(); i++) {
                    assertThat(subset.getGlyphOutline(i).getBounds2D())
                            .as(face + " " + run + " glyph " + i)
                            .isEqualTo(whole.getGlyphOutline(i).getBounds2D());
                }
            }
        }
    }

    /**
     * Words the runs do not hold, of the same characters (the text's words backwards, and others),
     * may take other forms than with the whole face, but never a glyph the cut emptied: every glyph
     * they shape to has the outline and advance it has in the whole face.
     */
    @Test
    void otherWordsOfTheSameCharactersDrawNoEmptiedGlyph() {
        List<String> words = new ArrayList<>(List.of("سلام", "قتل", "نسف", "لا", "عنب", "فيل"));
        for (String word : TEXT.split(" ")) {
            words.add(new StringBuilder(word).reverse().toString());
        }
        int glyphs = 0;
        for (FontFace face : FACES) {
            FontFace cut = cut(face);
            GlyphVector probe = shape(face, "ا");
            for (String word : words) {
                GlyphVector subset = shape(cut, word);
                for (int i = 0; i < subset.getNumGlyphs(); i++) {
                    GlyphVector whole = probe.getFont()
                            .createGlyphVector(probe.getFontRenderContext(), new int[] {subset.getGlyphCode(i)});
                    String what = face + " " + word + " glyph " + subset.getGlyphCode(i);
                    assertThat(subset.getGlyphMetrics(i).getBounds2D())
                            .as(what)
                            .isEqualTo(whole.getGlyphMetrics(0).getBounds2D());
                    assertThat(subset.getGlyphMetrics(i).getAdvance())
                            .as(what)
                            .isEqualTo(whole.getGlyphMetrics(0).getAdvance());
                    glyphs++;
                }
            }
        }
        assertThat(glyphs).as("glyphs checked").isGreaterThan(100);
    }

    /** The alternates no run reaches are not kept: a smaller file than the cut to the characters. */
    @Test
    void theCutKeepsLessThanTheClosureOfTheCharacters() {
        for (FontFace face : FACES) {
            assertThat(cut(face).size())
                    .as(face.toString())
                    .isLessThan(face.subset(TEXT).size() * 9 / 10);
        }
    }

    @Test
    void glyphsDrawnWithAnotherFaceAreRefused() {
        DrawnGlyphs bold = BundledFonts.amiriBold().drawnGlyphs();
        assertThatThrownBy(() -> BundledFonts.amiriRegular().subset(TEXT, bold))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSameRunsGiveTheSameBytes() {
        assertThat(cut(BundledFonts.amiriBold()).bytes())
                .isEqualTo(cut(BundledFonts.amiriBold()).bytes());
    }

    private static List<String> runs() {
        List<String> runs = new ArrayList<>(List.of(TEXT));
        runs.addAll(List.of(TEXT.split(" ")));
        return runs;
    }

    private static FontFace cut(FontFace face) {
        DrawnGlyphs drawn = face.drawnGlyphs();
        runs().forEach(drawn::shape);
        FontFace cut = face.subset(TEXT, drawn);
        return FontFace.of(cut.family(), cut.bold(), cut.bytes());
    }
}

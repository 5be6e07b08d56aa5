package io.mirsad.pdf.internal.shape;

import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.digest.text.ArabicText;
import io.mirsad.pdf.internal.Fixtures;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShaperTest {
    private static final ShapingFont AMIRI = Fixtures.FACES.regular();

    private static GlyphRun shape(String s, boolean rtl) {
        return Shaper.shape(AMIRI, s.toCharArray(), 0, s.length(), rtl);
    }

    private static String logical(GlyphRun run) {
        List<String> texts = new ArrayList<>(List.of(run.texts()));
        Collections.reverse(texts);
        return String.join("", texts);
    }

    @Test
    void glyphTextsGiveBackTheWordInLogicalOrder() {
        for (String typed : new String[] {"وأهمَّ", "بِسْمِ", "لا", "خلاصةَ", "تقلبًا", "مُحَمَّد", "گفتگو"}) {
            String word = ArabicText.nfc(typed);
            GlyphRun run = shape(word, true);
            assertThat(run.text()).isEqualTo(word);
            String logical = logical(run);
            assertThat(ArabicText.stripMarks(logical)).as(word).isEqualTo(ArabicText.stripMarks(word));
            assertThat(logical.chars().sorted().toArray())
                    .as(word)
                    .isEqualTo(word.chars().sorted().toArray());
        }
        assertThat(String.join("", shape("CSIS 2026", false).texts())).isEqualTo("CSIS 2026");
    }

    @Test
    void aKashidaTheFontInsertsStandsForNoText() {
        // Amiri draws lam-kaf with a kashida glyph of its own between the two letters
        GlyphRun run = shape("ولكن", true);
        long inserted = java.util.stream.IntStream.range(0, run.size())
                .filter(i -> run.texts()[i].isEmpty() && AMIRI.advance(run.glyphs()[i]) > 0)
                .count();
        assertThat(inserted).isEqualTo(1);
        assertThat(logical(run)).isEqualTo("ولكن");
    }

    @Test
    void tatweelsTheJustifierInsertsStandForNoTextButTheAuthorsDo() {
        java.util.BitSet inserted = new java.util.BitSet();
        inserted.set(2);
        GlyphRun lengthened = Shaper.shapeLengthened(AMIRI, "يقـول".toCharArray(), inserted);
        assertThat(lengthened.text()).isEqualTo("يقـول");
        assertThat(logical(lengthened)).isEqualTo("يقول");
        assertThat(logical(shape("يقـول", true))).isEqualTo("يقـول");
    }

    @Test
    void marksReadAsThemselvesAndLettersJoin() {
        GlyphRun run = shape("بَبَب", true);
        assertThat(run.size()).isEqualTo(5);
        assertThat(run.texts()).contains("\u064E");
        GlyphRun isolated = shape("ب", true);
        int medial = run.glyphs()[2];
        assertThat(medial).isNotEqualTo(isolated.glyphs()[0]);
    }

    @Test
    void shadaAndVowelOnOneLetterGoToTheirOwnGlyphs() {
        GlyphRun run = shape(ArabicText.nfc("همَّ"), true);
        int shadda = AMIRI.glyphFor(0x0651);
        for (int i = 0; i < run.size(); i++) {
            if (run.glyphs()[i] == shadda) {
                assertThat(run.texts()[i]).isEqualTo("\u0651");
            }
        }
        assertThat(run.texts()).contains("\u064E", "\u0651", "م", "ه");
    }

    @Test
    void advancesAreThoseOfTheFontInFontUnits() {
        GlyphRun run = shape("abc", false);
        assertThat(run.x()[1]).isEqualTo(AMIRI.advance(run.glyphs()[0]));
        assertThat(run.width(10)).isEqualTo(run.advance() * 10 / AMIRI.unitsPerEm());
    }
}

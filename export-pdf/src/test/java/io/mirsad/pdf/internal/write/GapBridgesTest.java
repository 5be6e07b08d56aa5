package io.mirsad.pdf.internal.write;

import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.pdf.internal.Fixtures;
import io.mirsad.pdf.internal.shape.GlyphRun;
import io.mirsad.pdf.internal.shape.Shaper;
import io.mirsad.pdf.internal.shape.ShapingFont;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GapBridgesTest {
    private static final ShapingFont AMIRI = Fixtures.FACES.regular();

    private static GlyphRun shape(String word) {
        return Shaper.shape(AMIRI, word.toCharArray(), 0, word.length(), true);
    }

    @Test
    void theGapAmiriLeavesAfterRaIsFilledByABlankGlyphAsWideAsTheGap() {
        GlyphRun run = shape("البحرية");
        GapBridges bridges = GapBridges.of(run);
        int[] covered = IntStream.range(0, run.size()).filter(bridges::covers).toArray();
        assertThat(covered).as("gaps filled").hasSize(1);
        int i = covered[0];
        int blank = bridges.glyph()[i];
        assertThat(AMIRI.blankGlyphs()).contains(blank);
        float em = AMIRI.unitsPerEm();
        float gapStart = run.x()[i - 1] + AMIRI.advance(run.glyphs()[i - 1]);
        // the gap Amiri leaves after ra (to its left, in drawing order before it); the filler starts where
        // the glyph before the gap ends and ends close to where ra starts
        assertThat(run.texts()[i]).isEqualTo("ر");
        assertThat(bridges.x()[i]).isEqualTo(gapStart);
        assertThat(run.x()[i] - gapStart).isGreaterThan(GapBridges.MIN_GAP * em);
        assertThat(bridges.x()[i] + AMIRI.advance(blank))
                .isBetween(run.x()[i] - GapBridges.SHORT * em, run.x()[i] + GapBridges.BEYOND * em);
    }

    @Test
    void joinedWordsHaveNoGapToSpan() {
        for (String word : new String[] {"تتابع", "المستقبل", "سنة"}) {
            GlyphRun run = shape(word);
            GapBridges bridges = GapBridges.of(run);
            assertThat(IntStream.range(0, run.size()).noneMatch(bridges::covers))
                    .as(word)
                    .isTrue();
        }
    }

    @Test
    void blankGlyphsHaveAdvancesAndNoOutlineNarrowestFirst() {
        int[] blanks = AMIRI.blankGlyphs();
        assertThat(blanks).isNotEmpty().contains(AMIRI.glyphFor(' '));
        for (int k = 1; k < blanks.length; k++) {
            assertThat(AMIRI.advance(blanks[k])).isGreaterThan(AMIRI.advance(blanks[k - 1]));
        }
    }
}

package io.mirsad.fonts;

import java.awt.font.GlyphVector;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;

/**
 * Shaping a piece of text as the subset tests compare it, with a whole face and with a cut one: a word
 * at once, right to left if it holds an Arabic letter, or a piece of mixed text run by bidi run. Shared with export-epub's test of its
 * embedded subsets (this module's test jar).
 */
public final class TestShaping {
    private TestShaping() {}

    /**
     * {@code text} shaped with {@code face} as a reading system shapes it after the bidi algorithm: one
     * glyph vector per directional run, each in its own direction (an English sentence quoting Arabic has
     * its Latin words shaped left to right).
     */
    public static List<GlyphVector> shapeRuns(FontFace face, String text) {
        char[] chars = text.toCharArray();
        Bidi bidi = new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        List<GlyphVector> runs = new ArrayList<>();
        for (int run = 0; run < bidi.getRunCount(); run++) {
            runs.add(face.shape(chars, bidi.getRunStart(run), bidi.getRunLimit(run), (bidi.getRunLevel(run) & 1) == 1));
        }
        return runs;
    }

    /** {@code text} shaped with {@code face} in one run, right to left if any of it is Arabic. */
    public static GlyphVector shape(FontFace face, String text) {
        char[] chars = text.toCharArray();
        boolean arabic = text.codePoints()
                .anyMatch(cp -> Character.getDirectionality(cp) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC);
        return face.shape(chars, 0, chars.length, arabic);
    }
}

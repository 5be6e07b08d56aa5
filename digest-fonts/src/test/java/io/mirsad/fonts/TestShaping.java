package io.mirsad.fonts;

import java.awt.font.GlyphVector;

/**
 * Shaping a piece of text as the subset tests compare it, with a whole face and with a cut one: the
 * piece at once, right to left if it holds an Arabic letter. Shared with export-epub's test of its
 * embedded subsets (this module's test jar).
 */
public final class TestShaping {
    private TestShaping() {}

    /** {@code text} shaped with {@code face} in one run, right to left if any of it is Arabic. */
    public static GlyphVector shape(FontFace face, String text) {
        char[] chars = text.toCharArray();
        boolean arabic = text.codePoints()
                .anyMatch(cp -> Character.getDirectionality(cp) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC);
        return face.shape(chars, 0, chars.length, arabic);
    }
}

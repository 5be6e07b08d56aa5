package io.mirsad.digest.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * Blankness as a reader sees it: text is blank when nothing in it would show — white space, no-break
 * spaces and invisible characters such as ZWSP, RLM or a byte-order mark.
 */
public final class Blank {
    private Blank() {}

    /** Whether {@code text} is {@code null}, empty, or made only of spaces and invisible characters. */
    public static boolean isBlank(String text) {
        return text == null || text.codePoints().allMatch(Blank::isInvisible);
    }

    /** {@code text}, or {@code null} if it is {@link #isBlank(String) blank}: for optional fields. */
    public static String orNull(String text) {
        return isBlank(text) ? null : text;
    }

    private static boolean isInvisible(int cp) {
        return UCharacter.isUWhiteSpace(cp) || UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT);
    }
}

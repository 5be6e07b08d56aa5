package io.mirsad.digest.text;

import com.ibm.icu.text.Bidi;
import io.mirsad.digest.Direction;

/** Bidi helpers on top of ICU4J's {@link Bidi}. */
public final class BidiText {
    /** FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE: keep an embedded run's order to itself. */
    private static final char FSI = '\u2068';

    private static final char PDI = '\u2069';

    private BidiText() {}

    /** The direction of the first strong character, or {@code fallback} if there is none. */
    public static Direction firstStrong(String text, Direction fallback) {
        return switch (Bidi.getBaseDirection(text)) {
            case Bidi.RTL -> Direction.RTL;
            case Bidi.LTR -> Direction.LTR;
            default -> fallback;
        };
    }

    /** Whether {@code codePoint} is a strong right-to-left character: bidi class R (Hebrew…) or AL (Arabic…). */
    public static boolean isRightToLeft(int codePoint) {
        byte d = Character.getDirectionality(codePoint);
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    /** Wraps {@code text} in FSI…PDI so its direction cannot leak into the surrounding text. */
    public static String isolate(String text) {
        return FSI + text + PDI;
    }

    /** The ICU paragraph level for a base direction. */
    public static byte paragraphLevel(Direction direction) {
        return direction == Direction.RTL ? Bidi.RTL : Bidi.LTR;
    }
}

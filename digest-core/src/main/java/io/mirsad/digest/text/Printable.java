package io.mirsad.digest.text;

/**
 * Makes text safe to show in a message on a terminal or in a log: control characters, bidi overrides and
 * isolates and unpaired surrogates are written as their code point, {@code U+001B}, never as raw characters
 * that would move the cursor, ring the bell or reorder the rest of the line.
 */
public final class Printable {
    private Printable() {}

    /** {@code text} with every unsafe character replaced by its {@link #codePoint(int) code point}. */
    public static String escape(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isUnsafe(cp)) {
                out.append(codePoint(cp));
            } else {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** A code point in Unicode notation: {@code U+0001}, {@code U+1F600}. */
    public static String codePoint(int cp) {
        return String.format("U+%04X", cp);
    }

    private static boolean isUnsafe(int cp) {
        return Character.getType(cp) == Character.CONTROL
                || cp <= Character.MAX_VALUE && Character.isSurrogate((char) cp)
                || cp >= 0x202A && cp <= 0x202E
                || cp >= 0x2066 && cp <= 0x2069;
    }
}

package io.mirsad.digest.internal.importer;

import io.mirsad.digest.text.ArabicText;

/**
 * Normalises the whitespace of one line without changing a word: NFC; every space character
 * (no-break, narrow, figure, tab…) becomes a space; runs of spaces become one; a space is added
 * after an Arabic comma that a word follows directly ("قال،إن" → "قال، إن", but "٣،٥" stays);
 * the line is trimmed.
 */
public final class LineNormaliser {
    private static final char ARABIC_COMMA = '\u060C';

    private LineNormaliser() {}

    /** The normalised line. */
    public static String normalise(String line) {
        String text = ArabicText.nfc(line);
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                    sb.append(' ');
                }
                continue;
            }
            sb.append(c);
            if (c == ARABIC_COMMA && i + 1 < text.length() && needsSpaceAfterComma(text, i)) {
                sb.append(' ');
            }
        }
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') {
            end--;
        }
        return sb.substring(0, end);
    }

    /** Whether the line holds nothing but spaces and invisible format characters (ZWSP, LRM, BOM…). */
    public static boolean isBlank(String line) {
        return line.codePoints()
                .allMatch(cp -> cp < 0x10000 && isSpace((char) cp) || Character.getType(cp) == Character.FORMAT);
    }

    private static boolean needsSpaceAfterComma(String text, int comma) {
        int next = text.codePointAt(comma + 1);
        if (Character.isLetter(next)) {
            return true;
        }
        // A comma between digits is a separator inside a number.
        return Character.isDigit(next) && (comma == 0 || !Character.isDigit(text.charAt(comma - 1)));
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}

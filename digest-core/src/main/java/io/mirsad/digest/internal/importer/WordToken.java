package io.mirsad.digest.internal.importer;

import io.mirsad.digest.text.ArabicText;

/**
 * A word or number of a line, found by ICU word breaking.
 *
 * @param start  the offset of its first char in the line
 * @param end    the offset after its last char
 * @param raw    the characters as written
 * @param folded its {@linkplain NameFolder#fold(String) match key}
 */
public record WordToken(int start, int end, String raw, String folded) {

    /**
     * Where the word continues after the given proclitic letters (و ف ب ل ك, alone or combined), or
     * -1 if the word does not start with them or too little is left. The offset skips the harakat and
     * tatweel that follow the proclitic ("لـمركز" continues at "مركز").
     */
    public int afterProclitic(String proclitic) {
        int i = 0;
        int matched = 0;
        while (i < raw.length() && matched < proclitic.length()) {
            int cp = raw.codePointAt(i);
            if (!isSkippable(cp)) {
                if (NameFolder.foldLetter(cp) != proclitic.charAt(matched)) {
                    return -1;
                }
                matched++;
            }
            i += Character.charCount(cp);
        }
        while (i < raw.length() && isSkippable(raw.codePointAt(i))) {
            i += Character.charCount(raw.codePointAt(i));
        }
        return raw.length() - i >= 2 ? start + i : -1;
    }

    /** Whether the word holds a digit. */
    public boolean hasDigit() {
        return raw.codePoints().anyMatch(Character::isDigit);
    }

    private static boolean isSkippable(int cp) {
        return ArabicText.isMark(cp) || cp == ArabicText.TATWEEL;
    }
}

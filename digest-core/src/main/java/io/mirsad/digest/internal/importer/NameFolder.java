package io.mirsad.digest.internal.importer;

import com.ibm.icu.lang.UCharacter;
import io.mirsad.digest.text.ArabicText;

/**
 * Folds a word to the key it is matched by, so that the spellings Arabic media use for the same
 * name meet: harakat and tatweel go, hamza forms of alef become ا, ى/ئ become ي, ؤ becomes و, ة becomes
 * ه, the letters written for a foreign "g" (ج غ ك گ ک) become ك, ز becomes س ("هاوس"/"هاوز"), ط becomes
 * ت, Persian ڤ/پ become ف/ب, digits become Western, Latin letters lower case, and a leading article
 * (ال, or the لل of ل + ال) is dropped. Both the gazetteer's names and the page's words are folded
 * the same way, so no spelling needs to be listed twice.
 */
public final class NameFolder {
    private NameFolder() {}

    /** The match key of one word. */
    public static String fold(String word) {
        StringBuilder sb = new StringBuilder(word.length());
        word.codePoints().forEach(cp -> {
            if (!ArabicText.isMark(cp) && cp != ArabicText.TATWEEL) {
                sb.appendCodePoint(foldLetter(cp));
            }
        });
        String folded = sb.toString();
        if (folded.length() > 3 && folded.startsWith("لل")) {
            return folded.substring(1);
        }
        if (folded.length() > 3 && folded.startsWith("ال")) {
            return folded.substring(2);
        }
        return folded;
    }

    /** The folded form of one letter, without the article rule of {@link #fold(String)}. */
    public static int foldLetter(int cp) {
        switch (cp) {
            case 'أ', 'إ', 'آ', 'ٱ':
                return 'ا';
            case 'ى', 'ئ', 'ی':
                return 'ي';
            case 'ؤ':
                return 'و';
            case 'ة':
                return 'ه';
            case 'ج', 'غ', 'گ', 'ک':
                return 'ك';
            case 'ز':
                return 'س';
            case 'ط':
                return 'ت';
            case 'ڤ':
                return 'ف';
            case 'پ':
                return 'ب';
            default:
                break;
        }
        int digit = UCharacter.digit(cp, 10);
        if (digit >= 0) {
            return '0' + digit;
        }
        return cp < 0x250 ? Character.toLowerCase(cp) : cp;
    }

    /** The text's words folded and joined by single spaces: the key a whole name is compared by. */
    public static String foldPhrase(String text) {
        StringBuilder sb = new StringBuilder();
        for (WordToken t : WordTokens.of(text)) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(t.folded());
        }
        return sb.toString();
    }
}

package io.mirsad.digest.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;

/** Character-level facts about Arabic text. */
public final class ArabicText {
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    /** ARABIC TATWEEL, the kashida used to stretch joined letters. */
    public static final char TATWEEL = '\u0640';

    private ArabicText() {}

    /** Unicode NFC: the form every exporter receives, so equal words have equal code points. */
    public static String nfc(String text) {
        return NFC.normalize(text);
    }

    /** Whether the code point belongs to the Arabic script (letters, marks, Arabic-Indic digits). */
    public static boolean isArabic(int codePoint) {
        return UScript.getScript(codePoint) == UScript.ARABIC
                || (codePoint >= 0x0660 && codePoint <= 0x0669)
                || (codePoint >= 0x06F0 && codePoint <= 0x06F9);
    }

    /** Whether the text holds at least one Arabic-script code point. */
    public static boolean containsArabic(CharSequence text) {
        return text.codePoints().anyMatch(ArabicText::isArabic);
    }

    /** Whether the code point is a combining mark (harakat, shadda, superscript alef…). */
    public static boolean isMark(int codePoint) {
        int type = UCharacter.getType(codePoint);
        return type == UCharacter.NON_SPACING_MARK
                || type == UCharacter.ENCLOSING_MARK
                || type == UCharacter.COMBINING_SPACING_MARK;
    }

    /** The text without harakat and other combining marks, for matching names however they are vowelled. */
    public static String stripMarks(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().filter(cp -> !isMark(cp) && cp != TATWEEL).forEach(sb::appendCodePoint);
        return sb.toString();
    }
}

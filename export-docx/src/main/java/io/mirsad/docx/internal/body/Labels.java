package io.mirsad.docx.internal.body;

import java.util.Locale;

/**
 * The words the edition adds around the digest's own text, in the digest's language.
 *
 * @param contents the heading of the table of contents
 * @param sources  the heading of the closing list of sources
 * @param source   the lead-in of a note line for a section that cites without a mention in its text
 * @param hijriJoin the word joining the Gregorian and the Hijri date
 */
record Labels(String contents, String sources, String source, String hijriJoin) {
    private static final Labels ARABIC = new Labels("في هذا العدد", "المصادر", "المصدر:", "الموافق");
    private static final Labels ENGLISH = new Labels("In this issue", "Sources", "Source:", "/");

    static Labels forLanguage(String languageTag) {
        return languageTag.toLowerCase(Locale.ROOT).startsWith("ar") ? ARABIC : ENGLISH;
    }
}

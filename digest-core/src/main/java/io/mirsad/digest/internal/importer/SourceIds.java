package io.mirsad.digest.internal.importer;

import com.ibm.icu.text.Transliterator;
import io.mirsad.digest.text.ArabicText;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Derives a source id for an institution the gazetteer lacks: its acronym when the page gives one in
 * brackets ("(IWMI)" → "iwmi"), else the Arabic name transliterated to ASCII by ICU, as a lower-case slug
 * ("مركز البحوث المائية" → "mrkz-albhwth-almayyt").
 * The same name always gives the same id; a clash with an id already taken gets "-2", "-3"….
 */
final class SourceIds {
    private static final int MAX_LENGTH = 40;
    /** An acronym such as IWMI, ECFR or Ifri: one word with at least two capitals. */
    private static final Pattern ACRONYM = Pattern.compile("(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z][A-Za-z0-9&\\-]{1,11}");

    private SourceIds() {}

    static String derive(String arabicName, String latinName, Set<String> taken) {
        String slug;
        if (latinName != null && ACRONYM.matcher(latinName).matches()) {
            slug = latinName
                    .toLowerCase(Locale.ROOT)
                    .replaceAll("[^a-z0-9]+", "-")
                    .replaceAll("^-+|-+$", "");
        } else {
            Transliterator toAscii = Transliterator.getInstance("Arabic-Latin; Latin-ASCII; Lower");
            // The modifier letters that stand for ع and ء (ʿ ʾ) would split a word in two.
            slug = toAscii.transliterate(ArabicText.stripMarks(arabicName))
                    .replaceAll("[\\p{Lm}']", "")
                    .replaceAll("[^a-z0-9]+", "-")
                    .replaceAll("^-+|-+$", "");
        }
        if (slug.length() > MAX_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_LENGTH);
            slug = slug.substring(0, cut > 0 ? cut : MAX_LENGTH);
        }
        if (slug.isEmpty()) {
            slug = "source";
        }
        String id = slug;
        for (int n = 2; taken.contains(id); n++) {
            id = slug + "-" + n;
        }
        return id;
    }
}

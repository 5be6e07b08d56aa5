package io.mirsad.digest.internal.importer;

import java.util.Set;

import com.ibm.icu.text.Transliterator;

import io.mirsad.digest.text.ArabicText;

/**
 * Derives a source id from the Arabic name of an institution the gazetteer lacks: the name
 * transliterated to ASCII by ICU, as a lower-case slug ("مركز البحوث المائية" → "mrkz-albhwth-almayyt").
 * The same name always gives the same id; a clash with an id already taken gets "-2", "-3"….
 */
final class SourceIds {
    private static final int MAX_LENGTH = 40;

    private SourceIds() {
    }

    static String derive(String arabicName, Set<String> taken) {
        Transliterator toAscii = Transliterator.getInstance("Arabic-Latin; Latin-ASCII; Lower");
        // The modifier letters that stand for ع and ء (ʿ ʾ) would split a word in two.
        String slug = toAscii.transliterate(ArabicText.stripMarks(arabicName)).replaceAll("[\\p{Lm}']", "")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
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

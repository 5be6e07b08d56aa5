package io.mirsad.digest.importer;

import io.mirsad.digest.Source;
import io.mirsad.digest.SourceKind;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One institution the importer can recognise in a page.
 *
 * <p>Names are matched after folding the letters Arabic media spell foreign names with in several
 * ways (ج/غ/ك for "g", ي/ى, ة/ه, أ/إ/آ/ا, س/ز, ت/ط, harakat, tatweel, with or without ال), so
 * {@code variants} only needs spellings that differ in other ways: another word order, a
 * translated name, a different vowelling of a foreign name ("بروكينغز"/"بروكنغز").
 *
 * @param id         the source id a digest cites it by: a short lower-case slug such as {@code csis}
 * @param arabicName the Arabic name the digest prints
 * @param variants   other names the page may use, Arabic or Latin
 * @param latinName  the Latin-script name as the digest prints it, or {@code null}; a trailing
 *                   bracketed acronym ("… (CSIS)") is matched without its bracket
 * @param acronyms   Latin acronyms, matched case-sensitively as whole words ("CSIS", "Ifri")
 * @param url        the home page, or {@code null}; its host is matched when a page cites it
 * @param kind       what kind of body it is
 */
public record GazetteerEntry(
        String id,
        String arabicName,
        List<String> variants,
        String latinName,
        List<String> acronyms,
        String url,
        SourceKind kind) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public GazetteerEntry {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "gazetteer id must be a lower-case slug like 'chatham-house', not '" + id + "'");
        }
        if (arabicName == null || arabicName.isBlank()) {
            throw new IllegalArgumentException("gazetteer entry '" + id + "' has no Arabic name");
        }
        variants = List.copyOf(variants);
        acronyms = List.copyOf(acronyms);
        latinName = blankToNull(latinName);
        url = blankToNull(url);
        kind = kind == null ? SourceKind.OTHER : kind;
    }

    /** An entry with only an id, an Arabic name and spelling variants. */
    public static GazetteerEntry of(String id, String arabicName, String... variants) {
        return new GazetteerEntry(id, arabicName, List.of(variants), null, List.of(), null, SourceKind.OTHER);
    }

    /** The source a digest lists for this entry. */
    public Source toSource() {
        return new Source(id, arabicName, latinName, url, kind);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

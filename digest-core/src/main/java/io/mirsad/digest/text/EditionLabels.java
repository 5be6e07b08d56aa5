package io.mirsad.digest.text;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words every format adds around a digest's own text ("Contents", «المصادر», "Notes"), in the
 * digest's language: a resource bundle per language ({@code labels_ar}, {@code labels_fr}), English for any
 * other. The JVM's default locale never plays a part, so the same digest gives the same words everywhere.
 */
public final class EditionLabels {
    private static final String BUNDLE = "io.mirsad.digest.text.labels";
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final boolean arabic;

    private EditionLabels(ResourceBundle bundle, boolean arabic) {
        this.bundle = bundle;
        this.arabic = arabic;
    }

    /** The labels for a digest in {@code languageTag} (BCP 47). */
    public static EditionLabels forLanguage(String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag);
        return new EditionLabels(
                ResourceBundle.getBundle(BUNDLE, locale, NO_DEFAULT_LOCALE),
                locale.getLanguage().equals("ar"));
    }

    /**
     * Whether editions print the Hijri date beside the Gregorian one by default: for Arabic digests only.
     */
    public boolean showsHijri() {
        return arabic;
    }

    /** The heading of a table of contents ("Contents"). */
    public String contents() {
        return get("contents");
    }

    /** The heading of a printed table of contents ("In this issue"). */
    public String inThisIssue() {
        return get("inThisIssue");
    }

    /** The heading of an e-book's landmarks list. */
    public String landmarks() {
        return get("landmarks");
    }

    public String cover() {
        return get("cover");
    }

    /** The lead-in of a cover picture's text alternative, before the title ("Cover: "). */
    public String coverAlt() {
        return get("coverAlt");
    }

    public String titlePage() {
        return get("titlePage");
    }

    /** The name of an introduction that has no headline. */
    public String introduction() {
        return get("introduction");
    }

    /** Where the text starts, for an e-book's landmarks. */
    public String start() {
        return get("start");
    }

    public String notes() {
        return get("notes");
    }

    /** The heading of the closing list of sources ("Sources"). */
    public String sources() {
        return get("sources");
    }

    /** The lead-in of a line naming one source ("Source:"). */
    public String source() {
        return get("source");
    }

    /** The lead-in of a line naming several sources ("Sources:"). */
    public String sourcesLead() {
        return get("sourcesLead");
    }

    public String notesAndSources() {
        return get("notesAndSources");
    }

    /** The lead-in of the list of a section's sources, ending in a space. */
    public String sectionSources() {
        return get("sectionSources");
    }

    /** What separates items of a run-in list (Arabic comma and space, or comma and space). */
    public String listSeparator() {
        return get("listSeparator");
    }

    /** The label of a note's link back to its citation, before the note's number. */
    public String backToText() {
        return get("backToText");
    }

    /** The lead-in of the byline, ending in a space ("By "). */
    public String byline() {
        return get("byline");
    }

    /** What joins the Gregorian and the Hijri date. */
    public String hijriJoin() {
        return get("hijriJoin");
    }

    /** The heading of a volume's closing index of sources ("Index of sources"). */
    public String sourceIndex() {
        return get("sourceIndex");
    }

    /** The lead-in of the list of issues citing a source in a volume's index, ending in a space. */
    public String citedIn() {
        return get("citedIn");
    }

    /** What a volume's index says when no issue cites a source. */
    public String noSources() {
        return get("noSources");
    }

    /** The abbreviation before a page number ("p. "), ending in a space. */
    public String page() {
        return get("page");
    }

    /** The lead-in of the number of issues a volume binds ("Issues: "), ending in a space. */
    public String issueCount() {
        return get("issueCount");
    }

    /** What a link inside the document says it does before what it shows ("Go to "), ending in a space. */
    public String goTo() {
        return get("goTo");
    }

    /** A sentence or two on what makes an e-book accessible, for its {@code schema:accessibilitySummary}. */
    public String accessibilitySummary() {
        return get("accessibilitySummary");
    }

    private String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("label '" + key + "' missing from " + BUNDLE, e);
        }
    }
}

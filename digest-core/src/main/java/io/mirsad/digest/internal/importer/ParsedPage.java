package io.mirsad.digest.internal.importer;

import java.util.List;

import io.mirsad.digest.importer.DroppedLine;

/**
 * A page split into its parts, before attribution.
 *
 * @param title    the edition's title
 * @param series   the series name, or {@code null}
 * @param authors  the byline, split at commas
 * @param intro    the introduction's paragraphs (may be empty)
 * @param sections the sections after the introduction
 * @param dropped  the lines left out, in page order
 * @param warnings notes for the user, in page order
 */
public record ParsedPage(String title, String series, List<String> authors, List<PageLine> intro,
                         List<ParsedSection> sections, List<DroppedLine> dropped, List<String> warnings) {

    /**
     * A section as the page lays it out.
     *
     * @param headline   its headline line
     * @param paragraphs its body lines
     */
    public record ParsedSection(PageLine headline, List<PageLine> paragraphs) {
    }
}

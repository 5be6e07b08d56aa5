package io.mirsad.digest.internal.importer;

import io.mirsad.digest.Contributor;
import io.mirsad.digest.importer.DroppedLine;
import java.time.LocalDate;
import java.util.List;

/**
 * A page split into its parts, before attribution.
 *
 * @param title    the edition's title
 * @param series   the series name, or {@code null}
 * @param authors      the byline, split at commas, without its label
 * @param contributors the editors and translators the byline names
 * @param published    the date a publication line gives ("نُشر في …"), or {@code null}
 * @param intro        the introduction's paragraphs (may be empty)
 * @param sections     the sections after the introduction
 * @param raw          the page's lines as written, for the dropped-lines report
 * @param dropped      the lines left out, in page order
 * @param warnings     notes for the user, in page order
 */
public record ParsedPage(
        String title,
        String series,
        List<String> authors,
        List<Contributor> contributors,
        LocalDate published,
        List<PageLine> intro,
        List<ParsedSection> sections,
        List<String> raw,
        List<DroppedLine> dropped,
        List<String> warnings) {

    /**
     * A section as the page lays it out.
     *
     * @param headline   its headline line
     * @param paragraphs its body lines
     */
    public record ParsedSection(PageLine headline, List<PageLine> paragraphs) {}
}

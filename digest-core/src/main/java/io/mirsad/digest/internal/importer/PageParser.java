package io.mirsad.digest.internal.importer;

import io.mirsad.digest.Contributor;
import io.mirsad.digest.importer.DroppedLine;
import io.mirsad.digest.importer.PageImportException;
import io.mirsad.digest.text.ArabicText;
import io.mirsad.digest.text.DigestDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Splits page text into title, byline, series, introduction and sections.
 *
 * <p>The page's shape: line 1 is {@code SERIES| TITLE} or the title; then the byline (or labelled
 * bylines, {@link Bylines}) and the series name on lines of their own; then the introduction; then
 * sections, each a headline followed by its paragraphs, often followed by repeats of the headline (the
 * page's image captions). {@link PageResidue} lines are dropped first, wherever they stand.
 *
 * <p>A line is taken as a headline when it is short (at most {@value #HEADLINE_MAX_WORDS} words, or
 * {@value #LONG_HEADLINE_MAX_WORDS} for a line the page repeats as a caption), does not end in sentence
 * punctuation, and a paragraph follows it: a line that ends in punctuation or is
 * long, or, for a headline that the page repeats as a caption, any line that is not itself repeated.
 * A headline ending in "؟" or "!" counts only when it is repeated. A list item ("- …", "1) …"), a
 * credit line ("المصدر: …") and a line after one ending in a colon are never headlines. The line after
 * a headline is always body, so no section is empty. A headline-like line without a body after it
 * stays a paragraph, with a warning.
 */
public final class PageParser {
    private static final int HEADLINE_MAX_WORDS = 14;
    private static final int HEADLINE_MAX_CHARS = 140;
    private static final int LONG_HEADLINE_MAX_WORDS = 24;
    private static final int NAME_LINE_MAX_WORDS = 8;
    private static final String CLOSERS = ")]}»\"'”’›";
    private static final String STOPS = ".…،,:;؛";
    private static final String QUESTION = "?؟!";

    private final PageResidue residue;

    public PageParser(PageResidue residue) {
        this.residue = residue;
    }

    /**
     * Parses the page.
     *
     * @throws PageImportException when the page has no text or no body
     */
    public ParsedPage parse(String page) {
        List<String> raw = page.lines().toList();
        List<PageLine> kept = new ArrayList<>();
        List<DroppedLine> dropped = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        LocalDate published = null;
        for (int i = 0; i < raw.size(); i++) {
            String line = raw.get(i);
            if (LineNormaliser.isBlank(line)) {
                dropped.add(new DroppedLine(i + 1, line, DroppedLine.Reason.BLANK));
                continue;
            }
            String text = LineNormaliser.normalise(line);
            DroppedLine.Reason reason = residue.classify(text);
            if (reason == null) {
                kept.add(new PageLine(i + 1, text));
                continue;
            }
            dropped.add(new DroppedLine(i + 1, line, reason));
            if (reason == DroppedLine.Reason.PUBLICATION_DATE && PageResidue.isPublicationLine(text)) {
                Optional<LocalDate> date = DigestDates.parse(text);
                if (date.isEmpty()) {
                    warnings.add("line " + (i + 1) + ": no date understood in the publication line; dropped");
                } else if (published == null) {
                    published = date.get();
                }
            }
        }
        if (kept.isEmpty()) {
            throw new PageImportException("the page has no text");
        }
        return new Parse(kept, raw, dropped, warnings, published).run();
    }

    /** The state of parsing one page. */
    private static final class Parse {
        private final List<PageLine> kept;
        private final List<String> raw;
        private final List<DroppedLine> dropped;
        private final List<String> warnings;
        private final LocalDate published;
        private final Map<String, Integer> counts = new HashMap<>();
        private String title;
        private String series;
        private final List<String> authors = new ArrayList<>();
        private final List<Contributor> contributors = new ArrayList<>();

        Parse(
                List<PageLine> kept,
                List<String> raw,
                List<DroppedLine> dropped,
                List<String> warnings,
                LocalDate published) {
            this.kept = kept;
            this.raw = raw;
            this.dropped = dropped;
            this.warnings = warnings;
            this.published = published;
            kept.forEach(l -> counts.merge(key(l), 1, Integer::sum));
        }

        ParsedPage run() {
            int next = header();
            List<PageLine> body = kept.subList(next, kept.size());
            if (body.isEmpty()) {
                throw new PageImportException(
                        "line " + kept.get(kept.size() - 1).number()
                                + ": the page ends before any introduction or section text");
            }
            List<PageLine> intro = new ArrayList<>();
            List<ParsedPage.ParsedSection> sections = new ArrayList<>();
            List<PageLine> current = intro;
            Set<String> headlines = new HashSet<>();
            boolean afterHeadline = false;
            for (int i = 0; i < body.size(); i++) {
                PageLine line = body.get(i);
                if (headlines.contains(key(line))) {
                    drop(line, DroppedLine.Reason.REPEATED_HEADLINE);
                } else if (!afterHeadline && isHeadline(body, i)) {
                    current = new ArrayList<>();
                    sections.add(new ParsedPage.ParsedSection(line, current));
                    headlines.add(key(line));
                    afterHeadline = true;
                } else {
                    if (!afterHeadline
                            && hasHeadlineShape(line)
                            && QUESTION.indexOf(lastChar(line)) < 0
                            && !neverHeadline(body, i)) {
                        warnings.add("line " + line.number() + ": looks like a headline but no paragraph follows it;"
                                + " kept as a paragraph");
                    }
                    current.add(line);
                    afterHeadline = false;
                }
            }
            dropped.sort(Comparator.comparingInt(DroppedLine::lineNumber));
            return new ParsedPage(
                    title, series, authors, contributors, published, intro, sections, raw, dropped, warnings);
        }

        /** Reads title, byline and series; returns the index of the first body line. */
        private int header() {
            PageLine first = kept.get(0);
            int bar = first.text().indexOf('|');
            title = first.text();
            if (bar >= 0) {
                String before = first.text().substring(0, bar).strip();
                String after = first.text().substring(bar + 1).strip();
                title = after.isEmpty() ? before : after;
                series = after.isEmpty() || before.isEmpty() ? null : before;
            }
            if (title.isEmpty()) {
                throw new PageImportException("line " + first.number() + ": the first line holds no title");
            }
            int next = labelledBylines(1);
            boolean byline = next > 1;
            boolean seriesLine = false;
            if (!byline
                    && next < kept.size()
                    && series != null
                    && key(kept.get(next)).equals(key(series))) {
                seriesLine = true;
                next++;
                int after = labelledBylines(next);
                if (after == next) {
                    warnings.add("line " + kept.get(1).number() + ": no byline before the series name");
                }
                next = after;
            } else if (!byline && next < kept.size() && isNameLine(next)) {
                Arrays.stream(kept.get(next).text().split("\\s*[،,]\\s*"))
                        .filter(s -> !s.isBlank())
                        .forEach(authors::add);
                next++;
            } else if (!byline && next < kept.size()) {
                warnings.add("line " + kept.get(next).number() + ": no byline found; the line reads as body text");
            }
            if (!seriesLine && next < kept.size()) {
                PageLine line = kept.get(next);
                if (series != null && key(line).equals(key(series))) {
                    next++;
                } else if (series == null && isNameLine(next)) {
                    series = line.text();
                    next++;
                } else if (series != null) {
                    warnings.add("line " + line.number() + ": expected the series name '" + series
                            + "'; the line reads as body text");
                }
            }
            return labelledBylines(next);
        }

        /**
         * Reads the labelled bylines ("بقلم: …", "ترجمة: …") from {@code index} on, leaving a line for the
         * body; returns the index of the first line that is not one.
         */
        private int labelledBylines(int index) {
            while (index + 1 < kept.size()) {
                List<Bylines.Credit> credits = Bylines.credits(kept.get(index).text());
                if (credits.isEmpty()) {
                    break;
                }
                for (Bylines.Credit c : credits) {
                    if (c.role() == null) {
                        authors.add(c.name());
                    } else {
                        contributors.add(new Contributor(c.name(), c.role()));
                    }
                }
                index++;
            }
            return index;
        }

        /** A short line without final punctuation that the page does not repeat: a byline or series name. */
        private boolean isNameLine(int index) {
            PageLine line = kept.get(index);
            return index + 1 < kept.size()
                    && line.words() <= NAME_LINE_MAX_WORDS
                    && lastChar(line) != 0
                    && STOPS.indexOf(lastChar(line)) < 0
                    && QUESTION.indexOf(lastChar(line)) < 0
                    && counts.get(key(line)) == 1;
        }

        private boolean isHeadline(List<PageLine> body, int i) {
            PageLine line = body.get(i);
            boolean repeated = counts.get(key(line)) > 1;
            if (!(hasHeadlineShape(line) || (repeated && hasLongHeadlineShape(line))) || neverHeadline(body, i)) {
                return false;
            }
            if (QUESTION.indexOf(lastChar(line)) >= 0 && !repeated) {
                return false;
            }
            int j = i + 1;
            while (j < body.size() && key(body.get(j)).equals(key(line))) {
                j++;
            }
            if (j == body.size()) {
                return false;
            }
            PageLine next = body.get(j);
            return isParagraphLike(next) || (repeated && counts.get(key(next)) == 1);
        }

        /** A list item, a credit line ("المصدر: …") or the line after a colon. */
        private static boolean neverHeadline(List<PageLine> body, int i) {
            String text = body.get(i).text();
            return ListItems.isItem(text)
                    || PageResidue.isSourceCredit(text)
                    || (i > 0 && lastChar(body.get(i - 1)) == ':');
        }

        private static boolean hasHeadlineShape(PageLine line) {
            return line.words() <= HEADLINE_MAX_WORDS
                    && line.text().length() <= HEADLINE_MAX_CHARS
                    && STOPS.indexOf(lastChar(line)) < 0;
        }

        /** A page repeats its headlines, not its paragraphs: a repeated line may be a longer headline. */
        private static boolean hasLongHeadlineShape(PageLine line) {
            return line.words() <= LONG_HEADLINE_MAX_WORDS
                    && line.text().length() <= 2 * HEADLINE_MAX_CHARS
                    && STOPS.indexOf(lastChar(line)) < 0;
        }

        private static boolean isParagraphLike(PageLine line) {
            char last = lastChar(line);
            return line.words() > HEADLINE_MAX_WORDS || STOPS.indexOf(last) >= 0 || QUESTION.indexOf(last) >= 0;
        }

        /** The last character that is not a closing bracket or quote, or 0. */
        private static char lastChar(PageLine line) {
            String t = line.text();
            int i = t.length() - 1;
            while (i >= 0 && (CLOSERS.indexOf(t.charAt(i)) >= 0 || t.charAt(i) == ' ')) {
                i--;
            }
            return i < 0 ? 0 : t.charAt(i);
        }

        private void drop(PageLine line, DroppedLine.Reason reason) {
            dropped.add(new DroppedLine(line.number(), raw.get(line.number() - 1), reason));
        }

        private static String key(PageLine line) {
            return key(line.text());
        }

        private static String key(String text) {
            return ArabicText.stripMarks(text);
        }
    }
}

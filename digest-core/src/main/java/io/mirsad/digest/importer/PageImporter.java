package io.mirsad.digest.importer;

import io.mirsad.digest.internal.importer.DigestAssembler;
import io.mirsad.digest.internal.importer.PageDecoder;
import io.mirsad.digest.internal.importer.PageParser;
import io.mirsad.digest.internal.importer.PageResidue;
import io.mirsad.digest.internal.importer.SourceAttribution;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Imports a digest from the text newsrooms scrape from their own pages. Immutable and safe to share
 * between threads.
 *
 * <pre>{@code
 * PageImporter importer = PageImporter.builder()
 *         .gazetteer(Gazetteer.defaults())
 *         .published(LocalDate.of(2026, 11, 29))
 *         .build();
 * ImportResult result = importer.importPage(Path.of("observatory.txt"));
 * Digest digest = result.digest();
 * result.dropped().forEach(d -> System.out.println(d.lineNumber() + " " + d.reason()));
 * }</pre>
 *
 * <h2>The page</h2>
 * <ol>
 *   <li>Line 1: {@code SERIES| TITLE}, or the title alone.</li>
 *   <li>The byline, then the series name, each on a line of its own (either may be missing). A byline
 *       may carry labels, which are dropped: "بقلم:", "كتب:", "إعداد:" name authors, "تحرير:",
 *       "إشراف:", "مراجعة:" editors and "ترجمة:" translators ({@link io.mirsad.digest.Metadata#contributors()});
 *       several labelled lines, or labels on one line, may follow each other.</li>
 *   <li>The introduction's paragraphs.</li>
 *   <li>Sections: a short headline without final punctuation, then its paragraphs. Repeats of a
 *       headline (the page's image captions) are dropped, wherever they stand. Runs of lines starting
 *       with a bullet ("-", "•", "*", "–") or a number ("1.", "١.", "2)", "(3)") become a
 *       {@link io.mirsad.digest.Block.ListBlock}, ordered when numbered, after the paragraph that
 *       introduces them; each item loses its marker and nothing else.</li>
 * </ol>
 * Lines of only spaces, no-break spaces or invisible marks are dropped, and so is what a site puts
 * around an article, each with its {@link DroppedLine.Reason}: furniture ("ربما يعجبك أيضا", and any
 * {@linkplain Builder#residue(String) phrases you add}), teasers ("اقرأ أيضا: …", "شاهد أيضا: …"),
 * calls to share or follow ("شارك المقال", "تابعونا على …", "اشترك في النشرة"), date lines ("نُشر في …",
 * "آخر تحديث: …", or a date alone, "الثلاثاء 1 ديسمبر 2026") and credit lines ("المصدر: …") that name only sources their section already names.
 * The date of a publication line becomes the digest's publication date unless one was
 * {@linkplain Builder#published(LocalDate) given} ({@link io.mirsad.digest.text.DigestDates#parse(String)}
 * reads Gregorian dates in every Arabic month naming, and Hijri ones). Every other line ends up in the
 * digest word for word; only whitespace is normalised (no-break spaces become spaces, runs of spaces
 * one, a missing space after an Arabic comma is added, lines are trimmed, text is NFC).
 * {@link ImportResult#dropped()} lists every line left out.
 *
 * <h2>Sources</h2>
 * Each section cites the institutions it names that the {@link Gazetteer} knows (however the page
 * spells them, by Arabic name, Latin name, acronym or web site) and the institutions a reporting
 * phrase names ("وذكر مركز …") that it does not know, which get an id derived from their name, or their
 * acronym when the page brackets one after it ("… لإدارة المياه (IWMI)" → {@code iwmi}). The
 * point of attribution becomes an {@link io.mirsad.digest.Inline.SourceRef} in the paragraph's runs.
 */
public final class PageImporter {
    private final Gazetteer gazetteer;
    private final List<String> residue;
    private final SourceAttribution attribution;
    private final PageParser parser;
    private final LocalDate published;
    private final String language;

    private PageImporter(Builder b) {
        this.gazetteer = b.gazetteer;
        this.residue = List.copyOf(b.residue);
        this.attribution = new SourceAttribution(gazetteer.entries());
        this.parser = new PageParser(PageResidue.of(residue));
        this.published = b.published;
        this.language = b.language;
    }

    private PageImporter(PageImporter base, LocalDate published) {
        this.gazetteer = base.gazetteer;
        this.residue = base.residue;
        this.attribution = base.attribution;
        this.parser = base.parser;
        this.published = published;
        this.language = base.language;
    }

    /**
     * This importer with another publication date (or none), sharing its gazetteer: cheap enough to call
     * once per page when each page's date comes from somewhere else, such as its file name.
     */
    public PageImporter withPublished(LocalDate published) {
        return Objects.equals(published, this.published) ? this : new PageImporter(this, published);
    }

    /** The institutions this importer recognises. */
    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** The phrases of page residue added to the built-in ones, in the order given. */
    public List<String> residue() {
        return residue;
    }

    /** The publication date every digest is given, or {@code null} to take the page's own. */
    public LocalDate published() {
        return published;
    }

    /** The digests' language, a BCP 47 tag. */
    public String language() {
        return language;
    }

    /** An importer with the default gazetteer, no publication date and language {@code ar}. */
    public static PageImporter defaults() {
        return builder().build();
    }

    /** Starts configuring an importer. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Imports page text.
     *
     * @throws PageImportException if the page has no text or no body
     */
    public ImportResult importPage(String text) {
        Objects.requireNonNull(text, "text");
        return importText(text, List.of());
    }

    /**
     * Imports a page file: UTF-8 (a byte order mark is skipped), UTF-16 with a byte order mark, or,
     * when the bytes are not UTF-8, the charset ICU detects (such as windows-1256), noted in the warnings.
     * Error messages and warnings do not repeat the file name; callers add it.
     *
     * @throws PageImportException if the file is empty, undecodable or has no body
     */
    public ImportResult importPage(Path file) throws IOException {
        return importPage(Files.readAllBytes(file));
    }

    /**
     * Imports a page from its bytes, decoded as {@link #importPage(Path)} decodes a file.
     *
     * @throws PageImportException if the bytes are empty, undecodable or have no body
     */
    public ImportResult importPage(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        PageDecoder.Decoded decoded = PageDecoder.decode(bytes);
        List<String> warnings = new ArrayList<>();
        if (decoded.detected()) {
            warnings.add(
                    "not valid UTF-8; decoded as " + decoded.charset().name().toLowerCase(Locale.ROOT) + " (detected)");
        }
        return importText(decoded.text(), warnings);
    }

    private ImportResult importText(String text, List<String> warnings) {
        String page = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return DigestAssembler.assemble(parser.parse(page), attribution, published, language, warnings);
    }

    /** Configures a {@link PageImporter}. */
    public static final class Builder {
        private Gazetteer gazetteer = Gazetteer.defaults();
        private LocalDate published;
        private String language = "ar";
        private final List<String> residue = new ArrayList<>();

        private Builder() {}

        /** The institutions to recognise; {@link Gazetteer#defaults()} unless set. */
        public Builder gazetteer(Gazetteer gazetteer) {
            this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
            return this;
        }

        /** The publication date the digest's metadata records, over any date the page gives. */
        public Builder published(LocalDate published) {
            this.published = published;
            return this;
        }

        /** The digest's language as a BCP 47 tag; {@code ar} unless set. */
        public Builder language(String languageTag) {
            this.language = Objects.requireNonNull(languageTag, "languageTag");
            return this;
        }

        /** Another line of page residue to drop, besides the built-in ones ("اقرأ أيضا"…). */
        public Builder residue(String phrase) {
            residue.add(Objects.requireNonNull(phrase, "phrase"));
            return this;
        }

        public PageImporter build() {
            return new PageImporter(this);
        }
    }
}

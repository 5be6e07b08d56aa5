package io.mirsad.batch;

import io.mirsad.digest.Digest;
import io.mirsad.digest.importer.PageImportException;
import io.mirsad.digest.importer.PageImporter;
import io.mirsad.digest.json.DigestJson;
import io.mirsad.digest.json.DigestJsonException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an {@link Input} as a digest: JSON by its JSON reader, page text by a {@link PageImporter}.
 * Immutable and safe to share between threads.
 *
 * <p>An input is dated by {@link #dateFor(String)}: with {@linkplain Builder#dateFromName(boolean) dates
 * from names}, the first {@code YYYY-MM-DD} in its name ({@code observatory-2026-11-28.txt}), otherwise
 * the {@linkplain Builder#published(LocalDate) date given}. Page text takes that date over the one its
 * page gives; a JSON digest only if it gives none.
 */
public final class DigestReader {
    private static final Pattern DATE = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");

    /** The default importer is built on the first page read: its gazetteer costs a JSON-only run time. */
    private final Supplier<PageImporter> importer;

    private final boolean dateFromName;
    private final LocalDate published;

    /** The importer's settings hashed, on the first page fingerprinted (two threads may both hash them, alike). */
    private volatile String importerSettings;

    private DigestReader(Builder b) {
        this.importer = b.importer;
        this.dateFromName = b.dateFromName;
        this.published = b.published;
    }

    /** A reader with the default page importer and no dates from names. */
    public static DigestReader defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads one input.
     *
     * @throws InputException naming the input and what is wrong: an unknown type, broken JSON (with line
     *                        and column), an invalid digest (with the field path), an empty page
     */
    public Digest read(Input input) {
        String lower = input.name().toLowerCase(Locale.ROOT);
        LocalDate date = dateFor(input.name());
        try {
            if (lower.endsWith(".txt")) {
                PageImporter dated =
                        date == null ? importer.get() : importer.get().withPublished(date);
                return dated.importPage(input.bytes()).digest();
            }
            if (lower.endsWith(".json")) {
                Digest digest = DigestJson.read(new java.io.ByteArrayInputStream(input.bytes()));
                return digest.withPublishedIfAbsent(date);
            }
        } catch (DigestJsonException e) {
            String where = e.line() > 0 ? ":" + e.line() + ":" + e.column() : "";
            throw new InputException(input.name() + where + ": " + e.reason(), e);
        } catch (PageImportException | IllegalArgumentException e) {
            throw new InputException(input.name() + ": " + e.getMessage(), e);
        }
        throw new InputException(input.name() + ": unknown input type; expected a .txt page or a .json digest");
    }

    /**
     * A fingerprint of what besides its bytes decides the digest read from an input of this name: its
     * type, the date it is given and, for page text, the importer's gazetteer, residue phrases, language
     * and date. Equal bytes, name and fingerprint read as equal digests.
     */
    public String fingerprint(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String type = lower.endsWith(".txt") ? "txt" : lower.endsWith(".json") ? "json" : "other";
        String dated = type + "\n" + dateFor(name);
        return type.equals("txt") ? dated + "\n" + importerSettings() : dated;
    }

    private String importerSettings() {
        String settings = importerSettings;
        if (settings == null) {
            PageImporter i = importer.get();
            settings = Sha256.hex(i.language() + "\n" + i.published() + "\n" + i.residue() + "\n"
                    + i.gazetteer().entries());
            importerSettings = settings;
        }
        return settings;
    }

    /** Whether this reader takes missing dates from input names. */
    public boolean dateFromName() {
        return dateFromName;
    }

    /** The date given for inputs without one, or null. */
    public LocalDate published() {
        return published;
    }

    /**
     * The date an input of this name is given: the first date in the name if this reader takes dates
     * from names and the name has one, otherwise the {@linkplain #published() date given} (or null).
     */
    public LocalDate dateFor(String name) {
        return dateFromName ? dateInName(name).orElse(published) : published;
    }

    /**
     * The first valid {@code YYYY-MM-DD} in a name: {@code 2026-11-28} in {@code observatory-2026-11-28.txt}.
     * Only the last path segment is searched, so a folder named after a date does not date its files.
     */
    public static Optional<LocalDate> dateInName(String name) {
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        Matcher m = DATE.matcher(last);
        while (m.find()) {
            try {
                return Optional.of(LocalDate.of(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            } catch (DateTimeException e) {
                // 2026-13-45 is not a date; look further along the name.
            }
        }
        return Optional.empty();
    }

    /** {@link PageImporter#defaults()}, built once, when a reader first needs it. */
    private static final class DefaultImporter {
        private static final PageImporter INSTANCE = PageImporter.defaults();

        static PageImporter get() {
            return INSTANCE;
        }
    }

    /** Configures a {@link DigestReader}. */
    public static final class Builder {
        private Supplier<PageImporter> importer = DefaultImporter::get;
        private boolean dateFromName;
        private LocalDate published;

        private Builder() {}

        /** The importer for page text (its gazetteer, residue, default date). */
        public Builder importer(PageImporter importer) {
            Objects.requireNonNull(importer, "importer");
            this.importer = () -> importer;
            return this;
        }

        /**
         * The date of an input that has none (and, with dates from names, none in its name); page text
         * takes it over its page's own.
         */
        public Builder published(LocalDate published) {
            this.published = published;
            return this;
        }

        /** Whether a digest without a date takes the first {@code YYYY-MM-DD} in its input's name. */
        public Builder dateFromName(boolean dateFromName) {
            this.dateFromName = dateFromName;
            return this;
        }

        public DigestReader build() {
            return new DigestReader(this);
        }
    }
}

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an {@link Input} as a digest: JSON by its JSON reader, page text by a {@link PageImporter}.
 * Immutable and safe to share between threads.
 *
 * <p>With {@linkplain Builder#dateFromName(boolean) dates from names}, a digest without a publication
 * date takes the first {@code YYYY-MM-DD} in its input's name ({@code observatory-2026-11-28.txt}).
 */
public final class DigestReader {
    private static final Pattern DATE = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");

    private final PageImporter importer;
    private final boolean dateFromName;

    private DigestReader(Builder b) {
        this.importer = b.importer;
        this.dateFromName = b.dateFromName;
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
        LocalDate fromName = dateFromName ? dateInName(input.name()).orElse(null) : null;
        try {
            if (lower.endsWith(".txt")) {
                PageImporter dated = fromName == null ? importer : importer.withPublished(fromName);
                return dated.importPage(input.bytes()).digest();
            }
            if (lower.endsWith(".json")) {
                Digest digest = DigestJson.read(new java.io.ByteArrayInputStream(input.bytes()));
                return digest.withPublishedIfAbsent(fromName);
            }
        } catch (DigestJsonException e) {
            String where = e.line() > 0 ? ":" + e.line() + ":" + e.column() : "";
            throw new InputException(input.name() + where + ": " + e.getMessage(), e);
        } catch (PageImportException | IllegalArgumentException e) {
            throw new InputException(input.name() + ": " + e.getMessage(), e);
        }
        throw new InputException(input.name() + ": unknown input type; expected a .txt page or a .json digest");
    }

    /** Whether this reader takes missing dates from input names. */
    public boolean dateFromName() {
        return dateFromName;
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

    /** Configures a {@link DigestReader}. */
    public static final class Builder {
        private PageImporter importer = PageImporter.defaults();
        private boolean dateFromName;

        private Builder() {}

        /** The importer for page text (its gazetteer, residue, default date). */
        public Builder importer(PageImporter importer) {
            this.importer = Objects.requireNonNull(importer, "importer");
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

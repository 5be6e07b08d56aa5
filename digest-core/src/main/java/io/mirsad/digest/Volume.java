package io.mirsad.digest;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Many digests bound as one book: a volume title page and table of contents, each digest a part, one
 * index of sources at the end. A part's contents are fetched only when an exporter reaches it, so that a
 * volume of hundreds of digests need not hold them all in memory at once.
 *
 * @param metadata the volume's own title, date, language and identifier
 * @param parts    the digests, in the order they appear
 */
public record Volume(Metadata metadata, List<Volume.Part> parts) {
    public Volume {
        Objects.requireNonNull(metadata, "metadata");
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a volume needs at least one digest");
        }
    }

    /**
     * One digest of a volume: what the table of contents says about it, and how to get its contents.
     *
     * @param metadata the digest's metadata, as its contents will have it
     * @param contents fetches the digest; called once per export, possibly from another thread
     */
    public record Part(Metadata metadata, Supplier<Digest> contents) {
        public Part {
            Objects.requireNonNull(metadata, "metadata");
            Objects.requireNonNull(contents, "contents");
        }

        /** A part already in memory. */
        public static Part of(Digest digest) {
            return new Part(digest.metadata(), () -> digest);
        }

        /** The digest, fetched now. */
        public Digest digest() {
            return Objects.requireNonNull(contents.get(), "a volume part's contents");
        }
    }
}

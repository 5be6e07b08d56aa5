package io.mirsad.digest;

import io.mirsad.digest.internal.DigestValidator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One edition of a news digest: metadata, sections and the sources they cite.
 * A {@code Digest} is always valid: construction checks it and throws
 * {@link DigestValidationException} listing every violation.
 *
 * @param metadata what the digest says about itself
 * @param sections the sections in reading order
 * @param sources  every source the sections may cite
 */
public record Digest(Metadata metadata, List<Section> sections, List<Source> sources) {

    public Digest {
        Objects.requireNonNull(metadata, "metadata");
        sections = List.copyOf(sections);
        sources = List.copyOf(sources);
        DigestValidator.check(metadata, sections, sources);
    }

    /** Starts a digest. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * This digest if it has a publication date, otherwise the same digest published on {@code date}: a
     * date the digest gives is never overridden.
     */
    public Digest withPublishedIfAbsent(LocalDate date) {
        if (date == null || metadata.published() != null) {
            return this;
        }
        return new Digest(metadata.withPublished(date), sections, sources);
    }

    /** The source with the given id. */
    public Optional<Source> source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** Builds a {@link Digest}; sections without an id get {@code s1}, {@code s2}… by position. */
    public static final class Builder {
        private Metadata metadata;
        private final List<Section> sections = new ArrayList<>();
        private final List<Source> sources = new ArrayList<>();

        private Builder() {}

        public Builder metadata(Metadata metadata) {
            this.metadata = metadata;
            return this;
        }

        public Builder section(Section section) {
            sections.add(Objects.requireNonNull(section, "section"));
            return this;
        }

        public Builder sections(List<Section> sections) {
            this.sections.clear();
            this.sections.addAll(sections);
            return this;
        }

        public Builder source(Source source) {
            sources.add(Objects.requireNonNull(source, "source"));
            return this;
        }

        public Builder sources(List<Source> sources) {
            this.sources.clear();
            this.sources.addAll(sources);
            return this;
        }

        /**
         * Builds and validates the digest.
         *
         * @throws DigestValidationException listing every problem found
         */
        public Digest build() {
            List<Section> numbered = new ArrayList<>(sections.size());
            for (int i = 0; i < sections.size(); i++) {
                Section s = sections.get(i);
                numbered.add(
                        s.id().isEmpty()
                                ? new Section("s" + (i + 1), s.kind(), s.headline(), s.blocks(), s.sources())
                                : s);
            }
            return new Digest(metadata == null ? Metadata.builder().build() : metadata, numbered, sources);
        }
    }
}

package io.mirsad.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One section of a digest.
 *
 * @param id       a stable id, unique within the digest (used for anchors and bookmarks)
 * @param kind     what role the section plays
 * @param headline the headline, or {@code null} for an introduction without one
 * @param blocks   the body
 * @param sources  the ids of the sources the section cites, in order of first citation
 */
public record Section(String id, SectionKind kind, String headline, List<Block> blocks, List<String> sources) {

    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        blocks = List.copyOf(blocks);
        sources = List.copyOf(sources);
    }

    /** Starts a section of the given kind. */
    public static Builder builder(SectionKind kind) {
        return new Builder(kind);
    }

    /** The paragraphs of the body, in order. */
    public List<Block.Paragraph> paragraphs() {
        return blocks.stream()
                .filter(Block.Paragraph.class::isInstance)
                .map(Block.Paragraph.class::cast)
                .toList();
    }

    /** Builds a {@link Section}; an id left unset is given one when the digest is built. */
    public static final class Builder {
        private final SectionKind kind;
        private String id;
        private String headline;
        private final List<Block> blocks = new ArrayList<>();
        private final List<String> sources = new ArrayList<>();

        private Builder(SectionKind kind) {
            this.kind = Objects.requireNonNull(kind, "kind");
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder headline(String headline) {
            this.headline = headline;
            return this;
        }

        public Builder block(Block block) {
            blocks.add(Objects.requireNonNull(block, "block"));
            return this;
        }

        /** Adds a plain paragraph. */
        public Builder paragraph(String text) {
            return block(Block.Paragraph.of(text));
        }

        /** Adds a paragraph of the given runs. */
        public Builder paragraph(Inline... runs) {
            return block(Block.Paragraph.of(runs));
        }

        /** Cites a source by id. */
        public Builder source(String sourceId) {
            if (!sources.contains(sourceId)) {
                sources.add(Objects.requireNonNull(sourceId, "sourceId"));
            }
            return this;
        }

        /** Builds the section; an unset id becomes the empty string until the digest assigns one. */
        public Section build() {
            return new Section(id == null ? "" : id, kind, headline, blocks, sources);
        }
    }
}

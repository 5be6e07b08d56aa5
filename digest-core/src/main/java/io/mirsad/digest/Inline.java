package io.mirsad.digest;

/**
 * A run of text inside a paragraph or quote. Every kind of run carries its text, so
 * the plain text of a paragraph is the concatenation of its runs.
 */
public sealed interface Inline permits Inline.Text, Inline.Emphasis, Inline.Strong, Inline.Link, Inline.SourceRef {

    /** The characters this run shows. */
    String text();

    /** Plain text. */
    record Text(String text) implements Inline {
        public Text {
            java.util.Objects.requireNonNull(text, "text");
        }
    }

    /** Emphasised text, usually set in italic or a lighter weight. */
    record Emphasis(String text) implements Inline {
        public Emphasis {
            java.util.Objects.requireNonNull(text, "text");
        }
    }

    /** Strong text, usually bold. */
    record Strong(String text) implements Inline {
        public Strong {
            java.util.Objects.requireNonNull(text, "text");
        }
    }

    /** A hyperlink. */
    record Link(String text, String url) implements Inline {
        public Link {
            java.util.Objects.requireNonNull(text, "text");
            java.util.Objects.requireNonNull(url, "url");
        }
    }

    /**
     * The point where the text attributes something to a source ("according to the Atlantic Council").
     * Editions place a footnote or endnote here.
     *
     * @param text     the words of the mention, possibly empty
     * @param sourceId the id of the cited {@link Source}
     */
    record SourceRef(String text, String sourceId) implements Inline {
        public SourceRef {
            java.util.Objects.requireNonNull(text, "text");
            java.util.Objects.requireNonNull(sourceId, "sourceId");
        }
    }
}

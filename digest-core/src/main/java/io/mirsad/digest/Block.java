package io.mirsad.digest;

import io.mirsad.digest.text.Blank;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** A block of a section's body. */
public sealed interface Block permits Block.Paragraph, Block.Quote, Block.ListBlock, Block.Figure {

    /** A paragraph of inline runs. */
    record Paragraph(List<Inline> runs) implements Block {
        public Paragraph {
            runs = List.copyOf(runs);
        }

        /** A paragraph of one plain run. */
        public static Paragraph of(String text) {
            return new Paragraph(List.of(new Inline.Text(text)));
        }

        /** A paragraph of the given runs. */
        public static Paragraph of(Inline... runs) {
            return new Paragraph(List.of(runs));
        }

        /** The paragraph's plain text: its runs' texts joined. */
        public String text() {
            return Inlines.plainText(runs);
        }
    }

    /**
     * A quotation set apart from the body.
     *
     * @param runs        the quoted words
     * @param attribution who said it, or {@code null} (blank counts as none)
     */
    record Quote(List<Inline> runs, String attribution) implements Block {
        public Quote {
            runs = List.copyOf(runs);
            attribution = Blank.orNull(attribution);
        }

        /** The quotation's plain text. */
        public String text() {
            return Inlines.plainText(runs);
        }
    }

    /** A bulleted or numbered list; each item is a paragraph. */
    record ListBlock(boolean ordered, List<Paragraph> items) implements Block {
        public ListBlock {
            items = List.copyOf(items);
        }
    }

    /**
     * A picture with its text alternative.
     *
     * @param image     the encoded image (PNG or JPEG)
     * @param mediaType {@code image/png} or {@code image/jpeg}
     * @param alt       what the picture shows, for readers who cannot see it
     * @param caption   the printed caption, or {@code null}
     */
    record Figure(byte[] image, String mediaType, String alt, String caption) implements Block {
        public Figure {
            image = image.clone();
            Objects.requireNonNull(mediaType, "mediaType");
            Objects.requireNonNull(alt, "alt");
            caption = Blank.orNull(caption);
        }

        @Override
        public byte[] image() {
            return image.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Figure f
                    && Arrays.equals(image, f.image)
                    && mediaType.equals(f.mediaType)
                    && alt.equals(f.alt)
                    && Objects.equals(caption, f.caption);
        }

        @Override
        public int hashCode() {
            return Objects.hash(Arrays.hashCode(image), mediaType, alt, caption);
        }

        @Override
        public String toString() {
            return "Figure[" + mediaType + ", " + image.length + " bytes, alt=" + alt + ", caption=" + caption + "]";
        }
    }
}

package io.mirsad.pdf.internal.layout;

import io.mirsad.pdf.internal.justify.Line;
import io.mirsad.pdf.internal.write.ImageRef;

/** What a {@link FlowLine} draws. */
public sealed interface Content {
    /**
     * A set line of text.
     *
     * @param line      the line
     * @param alignment where it sits in the measure
     * @param indent    points the measure is narrowed by on the start side
     */
    record Text(Line line, Alignment alignment, float indent) implements Content {}

    /**
     * A line of a table of contents: its text at the start side, the page number at the end side.
     *
     * @param text   the entry's (last) line
     * @param number the page number
     */
    record Entry(Line text, Line number) implements Content {}

    /**
     * A picture, centred in the measure.
     *
     * @param image  the image in the document
     * @param width  drawn width in points
     * @param height drawn height in points
     */
    record Picture(ImageRef image, float width, float height) implements Content {}

    /**
     * A short centred rule.
     *
     * @param width     its length in points
     * @param thickness its thickness in points
     */
    record Rule(float width, float thickness) implements Content {}
}

package io.mirsad.pdf.internal.layout;

/**
 * Where the page flow put a {@link FlowLine}.
 *
 * @param line    what was placed
 * @param column  its column in reading order, from 0 (the right-hand one in a right-to-left edition)
 * @param columns the number of columns of its stretch of the page: 1 for text across the whole text block
 * @param left    the left edge of its column, in points from the page's left edge
 * @param width   the width of its column
 * @param top     its top, in points from the page's bottom edge
 */
public record Placement(FlowLine line, int column, int columns, float left, float width, float top) {
    /** Its bottom, in points from the page's bottom edge. */
    public float bottom() {
        return top - line.height();
    }
}

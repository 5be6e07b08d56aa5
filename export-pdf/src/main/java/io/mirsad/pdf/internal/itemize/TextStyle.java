package io.mirsad.pdf.internal.itemize;

/**
 * How a stretch of text is set.
 *
 * @param size  font size in points
 * @param bold  whether the bold face is used
 * @param color the colour as 0xRRGGBB
 */
public record TextStyle(float size, boolean bold, int color) {
    /** Black text. */
    public static TextStyle of(float size, boolean bold) {
        return new TextStyle(size, bold, 0x000000);
    }

    public TextStyle withBold(boolean b) {
        return new TextStyle(size, b, color);
    }

    public TextStyle withColor(int c) {
        return new TextStyle(size, bold, c);
    }
}

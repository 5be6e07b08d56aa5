package io.mirsad.pdf.internal.itemize;

import java.util.Objects;

/**
 * How a stretch of text is set.
 *
 * @param size  font size in points
 * @param bold  whether the bold face is used
 * @param color the colour as 0xRRGGBB
 * @param role  what the text is in the document's structure beyond its paragraph, or {@code null}
 */
public record TextStyle(float size, boolean bold, int color, TextRole role) {
    /** Text with no role of its own. */
    public TextStyle(float size, boolean bold, int color) {
        this(size, bold, color, null);
    }

    /** Black text. */
    public static TextStyle of(float size, boolean bold) {
        return new TextStyle(size, bold, 0x000000);
    }

    public TextStyle withBold(boolean b) {
        return new TextStyle(size, b, color, role);
    }

    public TextStyle withColor(int c) {
        return new TextStyle(size, bold, c, role);
    }

    public TextStyle withRole(TextRole r) {
        return Objects.equals(r, role) ? this : new TextStyle(size, bold, color, r);
    }
}

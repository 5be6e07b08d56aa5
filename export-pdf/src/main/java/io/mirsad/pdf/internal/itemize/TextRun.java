package io.mirsad.pdf.internal.itemize;

import io.mirsad.pdf.internal.shape.ShapingFont;

/**
 * A maximal stretch of a paragraph with one bidi level, one face and one style: the unit of shaping.
 *
 * @param start  first character (inclusive)
 * @param limit  end (exclusive)
 * @param level  the ICU bidi embedding level; odd is right-to-left
 * @param font   the face that draws every character of the run
 * @param style  size, weight and colour
 */
public record TextRun(int start, int limit, byte level, ShapingFont font, TextStyle style) {
    public boolean rightToLeft() {
        return (level & 1) == 1;
    }
}

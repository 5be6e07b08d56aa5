package io.mirsad.pdf.internal.justify;

import io.mirsad.pdf.internal.linebreak.Box;
import java.util.List;

/**
 * One set line: its boxes in logical order, spaces widened and words lengthened as justification chose.
 *
 * @param boxes       the boxes, logical order, without trailing spaces
 * @param rightToLeft the paragraph's base direction
 * @param size        the largest font size on the line
 */
public record Line(List<Box> boxes, boolean rightToLeft, float size) {

    public Line {
        boxes = List.copyOf(boxes);
    }

    /** The width in points. */
    public float width() {
        float w = 0;
        for (Box b : boxes) {
            w += b.width();
        }
        return w;
    }
}

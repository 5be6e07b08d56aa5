package io.mirsad.pdf.internal.justify;

import com.ibm.icu.text.Bidi;
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

    /** The logical index of each box, in the order the boxes are drawn from left to right (ICU4J's bidi). */
    public int[] visualOrder() {
        byte[] levels = new byte[boxes.size()];
        for (int i = 0; i < levels.length; i++) {
            levels[i] = boxes.get(i).level();
        }
        return Bidi.reorderVisual(levels);
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

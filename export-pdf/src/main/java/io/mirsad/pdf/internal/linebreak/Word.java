package io.mirsad.pdf.internal.linebreak;

import java.util.List;

/**
 * What lies between two line-break opportunities: the shaped word and the spaces after it.
 *
 * @param content the word's boxes in logical order (one per run it crosses)
 * @param spaces  the trailing space boxes, possibly none
 */
public record Word(List<Box> content, List<Box> spaces) {

    public Word {
        content = List.copyOf(content);
        spaces = List.copyOf(spaces);
    }

    public float width() {
        return sum(content);
    }

    public float spaceWidth() {
        return sum(spaces);
    }

    /** The largest font size in the word, the unit its stretch is measured in. */
    public float em() {
        float em = 0;
        for (Box b : content) {
            em = Math.max(em, b.style().size());
        }
        return em;
    }

    private static float sum(List<Box> boxes) {
        // by index: the line breaker asks for every word's widths again and again, an iterator each time
        float w = 0;
        for (int i = 0; i < boxes.size(); i++) {
            w += boxes.get(i).width();
        }
        return w;
    }
}

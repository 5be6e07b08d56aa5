package io.mirsad.pdf.internal.layout;

import java.util.List;

/**
 * A finished page as the layout engine sees it: what went where. Tests read it the way a reader checks a
 * page: column bottoms, lines per column, where headlines fall.
 *
 * @param number     the folio, from 1
 * @param top        the top of the text block, in points from the page's bottom edge
 * @param bottom     the bottom of the text block
 * @param placements everything placed on the page, in reading order
 */
public record PageLayout(int number, float top, float bottom, List<Placement> placements) {
    public PageLayout {
        placements = List.copyOf(placements);
    }
}

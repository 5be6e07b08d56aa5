package io.mirsad.pdf.internal.layout;

import io.mirsad.pdf.internal.justify.Line;
import java.util.List;

/**
 * A paragraph set into lines, with what the page flow needs to place it.
 *
 * @param lines       the lines, top to bottom
 * @param lineHeight  the distance between baselines
 * @param alignment   where lines narrower than the measure sit
 * @param indent      points the measure is narrowed by on the start side
 * @param spaceBefore space above, dropped at the top of a column
 * @param spaceAfter  space below
 * @param role        what the paragraph is, which decides how it keeps with its neighbours
 * @param bookmark    the outline entry pointing here, or {@code null}
 */
public record SetText(
        List<Line> lines,
        float lineHeight,
        Alignment alignment,
        float indent,
        float spaceBefore,
        float spaceAfter,
        Role role,
        String bookmark) {
    public SetText {
        lines = List.copyOf(lines);
    }
}

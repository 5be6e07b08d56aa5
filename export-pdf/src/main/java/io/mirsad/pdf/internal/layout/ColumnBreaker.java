package io.mirsad.pdf.internal.layout;

import java.util.List;

/**
 * Decides where columns end: each column takes as many lines as fit, then ends at the last place above the
 * first line that does not fit where a column may end ({@link FlowLine#breakBefore}). Balancing finds the
 * shortest column height at which a stretch of lines still fits its columns, as multi-column layouts do on
 * the last page.
 */
final class ColumnBreaker {
    private static final float EPSILON = 0.01f;
    /** Bisection steps: a column height to a hundredth of a point. */
    private static final int STEPS = 18;

    private ColumnBreaker() {}

    /**
     * Fills up to {@code columns} columns of {@code height} points from the start of {@code lines}.
     *
     * @param force whether a column that can hold nothing without breaking a keep takes what fits anyway
     *              (at the top of a page: moving on would not help); otherwise it stays empty
     * @return the end (exclusive index) of each column; the last is below {@code lines.size()} when they
     *         do not all fit
     */
    static int[] fill(List<FlowLine> lines, float height, int columns, boolean force) {
        int[] ends = new int[columns];
        int start = 0;
        for (int c = 0; c < columns; c++) {
            start = columnEnd(lines, start, height, force);
            ends[c] = start;
        }
        return ends;
    }

    /** Whether the lines fit into {@code columns} columns of {@code height} points. */
    static boolean fits(List<FlowLine> lines, float height, int columns, boolean force) {
        return fill(lines, height, columns, force)[columns - 1] == lines.size();
    }

    /**
     * The shortest column height, at most {@code height}, at which the lines still fit {@code columns}
     * columns without breaking a keep; {@code height} itself if they do not fit there without breaking one.
     */
    static float balancedHeight(List<FlowLine> lines, float height, int columns) {
        if (columns == 1 || !fits(lines, height, columns, false)) {
            return height;
        }
        float low = 0;
        float high = height;
        for (int i = 0; i < STEPS; i++) {
            float mid = (low + high) / 2;
            if (fits(lines, mid, columns, false)) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return high;
    }

    /**
     * Whether a column starting at {@code start} may end above line {@code end}: where its line allows it, and
     * leaving at least two lines of a paragraph that began in an earlier column (else a paragraph split over
     * three columns could leave one line alone in the middle one).
     */
    private static boolean mayEnd(List<FlowLine> lines, int start, int end) {
        return lines.get(end).breakBefore()
                && (lines.get(end).block() != lines.get(start).block() || end - start >= 2);
    }

    /** The height of lines stacked in one column: the first one's space above is dropped. */
    static float height(List<FlowLine> column) {
        float h = 0;
        for (int i = 0; i < column.size(); i++) {
            h += column.get(i).height() + (i == 0 ? 0 : column.get(i).spaceBefore());
        }
        return h;
    }

    private static int columnEnd(List<FlowLine> lines, int start, float height, boolean force) {
        int n = lines.size();
        float used = 0;
        int k = start;
        while (k < n) {
            FlowLine line = lines.get(k);
            float h = line.height() + (k == start ? 0 : line.spaceBefore());
            if (used + h > height + EPSILON) {
                break;
            }
            used += h;
            k++;
        }
        if (k == n) {
            return n;
        }
        for (int b = k; b > start; b--) {
            if (mayEnd(lines, start, b)) {
                return b;
            }
        }
        return force ? Math.max(k, start + 1) : start;
    }
}

package io.mirsad.pdf.internal.linebreak;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses line breaks for a whole paragraph at once, Knuth–Plass style: among all ways to fill lines
 * of the given width it picks the one whose lines need the least stretching overall, so that one loose
 * line is not bought with a tight paragraph. Lines never shrink; the last line is set at its natural width.
 * The words come from {@link Segmenter}, so none is wider than a line and every paragraph can be broken.
 */
public final class LineBreaker {
    /** How far a line may stretch per inter-word space and per word that takes kashida, in ems. */
    private static final float SPACE_STRETCH = 0.5f;

    private static final float KASHIDA_STRETCH = 0.4f;

    private LineBreaker() {}

    /**
     * The lines, each as {@code [first word, end word)}.
     *
     * @param kashida whether justification may lengthen Arabic words, which lets lines stretch further
     */
    public static List<int[]> breakLines(List<Word> words, float width, boolean kashida) {
        int n = words.size();
        if (n == 0) {
            return List.of();
        }
        float[] content = new float[n + 1];
        float[] spaces = new float[n + 1];
        float[] stretch = new float[n + 1];
        for (int i = 0; i < n; i++) {
            Word w = words.get(i);
            content[i + 1] = content[i] + w.width();
            spaces[i + 1] = spaces[i] + w.spaceWidth();
            float s = w.spaceWidth() > 0 ? SPACE_STRETCH * w.em() : 0;
            if (kashida && joins(w)) {
                s += KASHIDA_STRETCH * w.em();
            }
            stretch[i + 1] = stretch[i] + s;
        }
        double[] best = new double[n + 1];
        int[] from = new int[n + 1];
        for (int j = 1; j <= n; j++) {
            best[j] = Double.MAX_VALUE;
            for (int i = j - 1; i >= 0; i--) {
                float natural = content[j] - content[i] + spaces[j - 1] - spaces[i];
                if (natural > width && i < j - 1) {
                    break;
                }
                double cost = best[i] + cost(width - natural, stretch[j - 1] - stretch[i], j == n);
                if (cost < best[j]) {
                    best[j] = cost;
                    from[j] = i;
                }
            }
        }
        List<int[]> lines = new ArrayList<>();
        for (int j = n; j > 0; j = from[j]) {
            lines.add(0, new int[] {from[j], j});
        }
        return lines;
    }

    private static double cost(float slack, float stretch, boolean last) {
        if (slack < 0) {
            return 1e12;
        }
        if (last) {
            return 0;
        }
        double ratio = stretch > 0 ? Math.min(slack / stretch, 10) : 10;
        double badness = 100 * ratio * ratio * ratio;
        return (10 + badness) * (10 + badness);
    }

    /** Whether the word is right-to-left and longer than a letter: where kashida can usually go. */
    private static boolean joins(Word w) {
        for (Box b : w.content()) {
            if (b.rightToLeft() && b.limit() - b.start() > 1) {
                return true;
            }
        }
        return false;
    }
}

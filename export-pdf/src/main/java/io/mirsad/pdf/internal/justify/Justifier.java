package io.mirsad.pdf.internal.justify;

import io.mirsad.digest.text.ArabicText;
import io.mirsad.pdf.internal.itemize.ItemizedText;
import io.mirsad.pdf.internal.linebreak.Box;
import io.mirsad.pdf.internal.linebreak.Word;
import io.mirsad.pdf.internal.shape.GlyphRun;
import io.mirsad.pdf.internal.shape.Shaper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Fills a line to its measure the Arabic way: inter-word spaces first widen up to a limit; what remains is
 * taken by kashidas at the joints {@link KashidaPoints} allows, the last words of the line first, each
 * word re-shaped with its tatweels so the font's own kashida and contextual forms are drawn; whatever
 * kashida cannot take goes back to the spaces. Letters are never spaced apart.
 */
public final class Justifier {
    /** Spaces may grow by this fraction of their width before kashida is used. */
    private static final float SPACE_GROWTH = 0.5f;
    /** At most this many tatweels per word. */
    private static final int MAX_KASHIDA_PER_WORD = 2;
    /** No font's kashida is narrower than this many ems; with less room left, do not try. */
    private static final float MIN_KASHIDA = 0.1f;

    private final boolean kashida;

    public Justifier(boolean kashida) {
        this.kashida = kashida;
    }

    /** Sets {@code words} as a line; justified lines are filled to {@code width}, others keep their width. */
    public Line set(ItemizedText text, List<Word> words, float width, boolean justify) {
        List<List<Box>> contents = new ArrayList<>();
        List<Box> spaces = new ArrayList<>();
        float natural = 0;
        float size = 0;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            contents.add(new ArrayList<>(w.content()));
            natural += w.width();
            size = Math.max(size, w.em());
            if (i < words.size() - 1) {
                spaces.addAll(w.spaces());
                natural += w.spaceWidth();
            }
        }
        float slack = width - natural;
        if (justify && slack > 0) {
            float spaceTotal = 0;
            for (Box s : spaces) {
                spaceTotal += s.width();
            }
            float budget = slack - spaceTotal * SPACE_GROWTH;
            if (kashida && budget > 0) {
                slack -= lengthen(text, contents, budget);
            }
            if (spaceTotal > 0) {
                for (int i = 0; i < spaces.size(); i++) {
                    Box s = spaces.get(i);
                    spaces.set(i, s.withExtra(slack * s.width() / spaceTotal));
                }
            }
        }
        List<Box> boxes = new ArrayList<>();
        int spaceIndex = 0;
        for (int i = 0; i < words.size(); i++) {
            boxes.addAll(contents.get(i));
            if (i < words.size() - 1) {
                for (int k = 0; k < words.get(i).spaces().size(); k++) {
                    boxes.add(spaces.get(spaceIndex++));
                }
            }
        }
        return new Line(boxes, text.rightToLeft(), size);
    }

    /** Adds kashidas within {@code budget} points, last words first, and returns the width added. */
    private static float lengthen(ItemizedText text, List<List<Box>> contents, float budget) {
        List<Stretch> candidates = new ArrayList<>();
        for (int w = contents.size() - 1; w >= 0; w--) {
            List<Box> boxes = contents.get(w);
            for (int b = boxes.size() - 1; b >= 0; b--) {
                Box box = boxes.get(b);
                if (!box.rightToLeft()) {
                    continue;
                }
                List<Integer> points = KashidaPoints.find(text.chars(), box.start(), box.limit());
                if (!points.isEmpty()) {
                    candidates.add(
                            new Stretch(boxes, b, Arrays.copyOfRange(text.chars(), box.start(), box.limit()), points));
                }
            }
        }
        float added = 0;
        for (int round = 0; round < MAX_KASHIDA_PER_WORD; round++) {
            for (Stretch s : candidates) {
                added += s.tryLengthen(round, budget - added);
            }
        }
        return added;
    }

    /** A word being lengthened: its original characters and the joints given a tatweel so far. */
    private static final class Stretch {
        private final List<Box> boxes;
        private final int index;
        private final char[] original;
        private final List<Integer> points;
        private final List<Integer> chosen = new ArrayList<>();

        Stretch(List<Box> boxes, int index, char[] original, List<Integer> points) {
            this.boxes = boxes;
            this.index = index;
            this.original = original;
            this.points = points;
        }

        /** Inserts one more tatweel if it fits in {@code room}; returns the width gained. */
        float tryLengthen(int round, float room) {
            if (round > chosen.size()
                    || room < MIN_KASHIDA * boxes.get(index).style().size()) {
                return 0;
            }
            Box box = boxes.get(index);
            List<Integer> next = new ArrayList<>(chosen);
            next.add(points.get(round % points.size()));
            BitSet inserted = new BitSet();
            char[] longer = withTatweels(next, inserted);
            GlyphRun reshaped = Shaper.shapeLengthened(box.glyphs().font(), longer, inserted);
            float gain = reshaped.width(box.style().size())
                    - box.glyphs().width(box.style().size());
            if (gain <= 0 || gain > room) {
                return 0;
            }
            chosen.add(next.get(next.size() - 1));
            boxes.set(index, box.withGlyphs(reshaped));
            return gain;
        }

        /** The word with a tatweel before each index of {@code at}; their places are set in {@code inserted}. */
        private char[] withTatweels(List<Integer> at, BitSet inserted) {
            int[] sorted = at.stream().mapToInt(Integer::intValue).sorted().toArray();
            char[] out = new char[original.length + sorted.length];
            int o = 0;
            int k = 0;
            for (int i = 0; i <= original.length; i++) {
                while (k < sorted.length && sorted[k] == i) {
                    inserted.set(o);
                    out[o++] = ArabicText.TATWEEL;
                    k++;
                }
                if (i < original.length) {
                    out[o++] = original[i];
                }
            }
            return out;
        }
    }
}

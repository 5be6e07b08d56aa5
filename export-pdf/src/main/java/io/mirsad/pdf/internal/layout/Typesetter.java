package io.mirsad.pdf.internal.layout;

import io.mirsad.pdf.internal.itemize.ItemizedText;
import io.mirsad.pdf.internal.itemize.Itemizer;
import io.mirsad.pdf.internal.itemize.StyledText;
import io.mirsad.pdf.internal.justify.Justifier;
import io.mirsad.pdf.internal.justify.Line;
import io.mirsad.pdf.internal.linebreak.LineBreaker;
import io.mirsad.pdf.internal.linebreak.Segmenter;
import io.mirsad.pdf.internal.linebreak.Word;
import java.util.ArrayList;
import java.util.List;

/** Runs a paragraph through the pipeline: itemise, shape into words, break into lines, justify. */
public final class Typesetter {
    private final Itemizer itemizer;
    private final Justifier justifier;
    private final boolean kashida;

    public Typesetter(Itemizer itemizer, boolean kashida) {
        this.itemizer = itemizer;
        this.justifier = new Justifier(kashida);
        this.kashida = kashida;
    }

    /**
     * Breaks ragged text (titles, headlines) into lines of even length: the narrowest measure that still needs no
     * more lines, found by bisection, instead of a full first line over a short last one.
     */
    private static List<int[]> balanced(List<Word> words, float width, int lineCount) {
        float low = width / lineCount;
        float high = width;
        for (int i = 0; i < 12; i++) {
            float mid = (low + high) / 2;
            if (fits(words, mid) && LineBreaker.breakLines(words, mid, false).size() <= lineCount) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return LineBreaker.breakLines(words, high, false);
    }

    private static boolean fits(List<Word> words, float width) {
        for (Word w : words) {
            if (w.width() > width) {
                return false;
            }
        }
        return true;
    }

    /** A short text set as one unbroken line, such as a running header or a folio; {@code null} if empty. */
    public Line line(StyledText text) {
        List<Line> lines = lines(text, Float.MAX_VALUE / 4, Alignment.START);
        return lines.isEmpty() ? null : lines.get(0);
    }

    /** The paragraph's lines at {@code width} points. */
    public List<Line> lines(StyledText text, float width, Alignment alignment) {
        if (text.length() == 0) {
            return List.of();
        }
        ItemizedText itemized = itemizer.itemize(text);
        List<Word> words = Segmenter.segment(itemized, width);
        boolean stretch = kashida && alignment == Alignment.JUSTIFY;
        List<int[]> breaks = LineBreaker.breakLines(words, width, stretch);
        if (alignment != Alignment.JUSTIFY && breaks.size() > 1) {
            breaks = balanced(words, width, breaks.size());
        }
        List<Line> lines = new ArrayList<>(breaks.size());
        for (int i = 0; i < breaks.size(); i++) {
            int[] b = breaks.get(i);
            boolean justify = alignment == Alignment.JUSTIFY && i < breaks.size() - 1;
            lines.add(justifier.set(itemized, words.subList(b[0], b[1]), width, justify));
        }
        return lines;
    }
}

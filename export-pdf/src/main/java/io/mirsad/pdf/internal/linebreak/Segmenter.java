package io.mirsad.pdf.internal.linebreak;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import io.mirsad.pdf.internal.itemize.ItemizedText;
import io.mirsad.pdf.internal.itemize.TextRun;
import io.mirsad.pdf.internal.shape.Shaper;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a paragraph into {@link Word}s at ICU4J's line-break opportunities and shapes them. A word too
 * wide for any line is cut at grapheme boundaries into pieces that fit, so every paragraph can be set.
 */
public final class Segmenter {
    private static final BreakIterator LINE = BreakIterator.getLineInstance(ULocale.forLanguageTag("ar"));
    private static final BreakIterator GRAPHEME = BreakIterator.getCharacterInstance(ULocale.ROOT);

    private Segmenter() {}

    /** The words of the paragraph, none wider than {@code maxWidth}. */
    public static List<Word> segment(ItemizedText text, float maxWidth) {
        List<Word> words = new ArrayList<>();
        String s = text.text().text();
        BreakIterator lines = (BreakIterator) LINE.clone();
        lines.setText(s);
        int start = lines.first();
        for (int end = lines.next(); end != BreakIterator.DONE; start = end, end = lines.next()) {
            int contentEnd = end;
            while (contentEnd > start && Character.isWhitespace(s.charAt(contentEnd - 1))) {
                contentEnd--;
            }
            List<Box> spaces = boxes(text, contentEnd, end, true);
            List<Box> content = boxes(text, start, contentEnd, false);
            if (width(content) <= maxWidth) {
                words.add(new Word(content, spaces));
            } else {
                splitOverlong(text, start, contentEnd, spaces, maxWidth, words);
            }
        }
        return words;
    }

    /** Cuts an overlong word greedily into the longest grapheme-aligned pieces that fit. */
    private static void splitOverlong(
            ItemizedText text, int start, int end, List<Box> spaces, float maxWidth, List<Word> words) {
        BreakIterator graphemes = (BreakIterator) GRAPHEME.clone();
        graphemes.setText(text.text().text());
        float perChar = width(boxes(text, start, end, false)) / (end - start);
        int from = start;
        while (from < end) {
            int guess = Math.min(end, from + Math.max(1, (int) (maxWidth / perChar)));
            int cut = snap(graphemes, guess, from, end);
            List<Box> piece = boxes(text, from, cut, false);
            while (width(piece) > maxWidth && graphemes.preceding(cut) > from) {
                cut = graphemes.preceding(cut);
                piece = boxes(text, from, cut, false);
            }
            while (cut < end) {
                int next = graphemes.following(cut);
                List<Box> longer = boxes(text, from, next, false);
                if (width(longer) > maxWidth) {
                    break;
                }
                cut = next;
                piece = longer;
            }
            words.add(new Word(piece, cut == end ? spaces : List.of()));
            from = cut;
        }
    }

    private static int snap(BreakIterator graphemes, int guess, int from, int end) {
        if (guess >= end) {
            return end;
        }
        int cut = graphemes.isBoundary(guess) ? guess : graphemes.preceding(guess);
        return cut > from ? cut : graphemes.following(from);
    }

    /** Shapes {@code [from, to)} as one box per run it crosses, each with the role most of its characters have. */
    static List<Box> boxes(ItemizedText text, int from, int to, boolean space) {
        List<Box> boxes = new ArrayList<>();
        for (TextRun run : text.runs()) {
            int a = Math.max(from, run.start());
            int b = Math.min(to, run.limit());
            if (a < b) {
                boxes.add(new Box(
                        a,
                        b,
                        run.level(),
                        run.style().withRole(text.text().role(a, b)),
                        Shaper.shape(run.font(), text.chars(), a, b, run.rightToLeft()),
                        space,
                        0));
            }
        }
        return boxes;
    }

    private static float width(List<Box> boxes) {
        float w = 0;
        for (Box b : boxes) {
            w += b.width();
        }
        return w;
    }
}

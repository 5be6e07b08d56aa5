package io.mirsad.pdf.internal.write;

import com.ibm.icu.text.Bidi;
import io.mirsad.pdf.internal.justify.Line;
import io.mirsad.pdf.internal.linebreak.Box;
import io.mirsad.pdf.internal.shape.GlyphRun;
import java.util.List;
import java.util.function.Function;
import io.mirsad.pdf.internal.shape.ShapingFont;

/**
 * Draws a line's glyphs by id in visual order. The boxes are put in display order by ICU4J's
 * {@link Bidi#reorderVisual}; each glyph goes where the shaper placed it, with {@code TJ} adjustments
 * for the difference between the shaper's positions and the font's advances (so the PDF's widths stay
 * the font's own) and text rise for marks raised or lowered. In a right-to-left paragraph, a zero-width
 * glyph read as U+200F is drawn at the left edge of every left-to-right run (numbers, Latin), which keeps
 * extractors that reorder by position from reversing the run's neighbours.
 */
final class LinePainter {
    private static final String RLM = "\u200F";
    /**
     * Kerning after a non-joining letter (Amiri moves ra and waw away from the next letter) and marks
     * offset past their letter leave gaps between glyph advances that extractors read as word breaks, and
     * PDFBox attaches marks to whichever letter they overlap. Right-to-left words with marks or with a gap
     * wider than this many ems get their text as {@code /ActualText}, which PDFBox reads in logical order:
     * the word's last glyph drawn, its rightmost, carries the whole word, the others an empty replacement,
     * so that PDFBox reads the word where it ends on the right. The tag is deliberately not {@code /Span}:
     * poppler honours ActualText only there and reverses it as if it were visual order, so poppler keeps
     * reading the glyphs.
     */
    private static final float WORD_GAP = 0.03f;
    private static final String REPLACEMENT_TAG = "Word";

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final ContentStream out;
    private final Function<ShapingFont, EmbeddedFont> fonts;
    private EmbeddedFont currentFont;
    private float currentSize;
    private int currentColor = -1;

    LinePainter(ContentStream out, Function<ShapingFont, EmbeddedFont> fonts) {
        this.out = out;
        this.fonts = fonts;
    }

    /** Draws the line with its left edge at {@code x} and its baseline at {@code y}. */
    void paint(Line line, float x, float y) {
        List<Box> boxes = line.boxes();
        if (boxes.isEmpty()) {
            return;
        }
        byte[] levels = new byte[boxes.size()];
        for (int i = 0; i < levels.length; i++) {
            levels[i] = boxes.get(i).level();
        }
        int[] visual = Bidi.reorderVisual(levels);
        out.op("BT");
        float pen = x;
        boolean inLeftToRight = false;
        for (int v : visual) {
            Box box = boxes.get(v);
            boolean ltr = !box.rightToLeft();
            if (line.rightToLeft() && ltr && !inLeftToRight) {
                markLeftToRight(box, pen, y);
            }
            inLeftToRight = ltr;
            paintBox(box, pen, y);
            pen += box.width();
        }
        out.op("ET");
        currentFont = null;
        currentColor = -1;
    }

    private void markLeftToRight(Box box, float x, float y) {
        ShapingFont font = box.glyphs().font();
        if (font.zeroWidthGlyph() == 0) {
            return;
        }
        select(font, box.style().size(), box.style().color());
        out.num(1).num(0).num(0).num(1).num(x).num(y).op("Tm");
        EmbeddedFont ef = fonts.apply(font);
        out.raw(hex(ef.cid(font.zeroWidthGlyph(), RLM))).op(" Tj");
    }

    private void paintBox(Box box, float x, float y) {
        GlyphRun run = box.glyphs();
        if (run.size() == 0) {
            return;
        }
        float size = box.style().size();
        EmbeddedFont ef = select(run.font(), size, box.style().color());
        float scale = size / run.font().unitsPerEm();
        out.num(1).num(0).num(0).num(1).num(x).num(y).op("Tm");
        boolean replaced = box.rightToLeft() && !box.space() && (hasGap(run, ef, WORD_GAP) || hasMarks(run))
                && endsAtRightEdge(run, ef);
        if (replaced) {
            out.raw("/" + REPLACEMENT_TAG + " <</ActualText " + textString(run.size() == 1 ? run.text() : "")
                    + ">> BDC\n");
        }
        float pen = 0;
        float rise = 0;
        StringBuilder tj = new StringBuilder("[");
        for (int i = 0; i < run.size(); i++) {
            float gy = run.y()[i] * scale;
            if (Math.abs(gy - rise) > 0.0005f) {
                flush(tj);
                out.num(gy).op("Ts");
                rise = gy;
            }
            float target = run.x()[i] * scale;
            float adjust = (pen - target) * 1000f / size;
            if (Math.abs(adjust) > 0.0005f) {
                tj.append(ContentStream.format(adjust)).append(' ');
            }
            int glyph = run.glyphs()[i];
            if (replaced && i == run.size() - 1 && i > 0) {
                flush(tj);
                out.op("EMC");
                out.raw("/" + REPLACEMENT_TAG + " <</ActualText " + textString(run.text()) + ">> BDC\n");
            }
            tj.append(hex(ef.cid(glyph, run.texts()[i])));
            pen = target + ef.width(glyph) * size / 1000f;
        }
        flush(tj);
        if (rise != 0) {
            out.num(0).op("Ts");
        }
        if (replaced) {
            out.op("EMC");
        }
    }

    /** Whether a reader measuring glyph advances would see a gap wider than {@code limit} ems inside the run. */
    private static boolean hasGap(GlyphRun run, EmbeddedFont ef, float limit) {
        float unit = 1f / run.font().unitsPerEm();
        for (int i = 0; i + 1 < run.size(); i++) {
            float end = run.x()[i] * unit + ef.width(run.glyphs()[i]) / 1000f;
            if (run.x()[i + 1] * unit - end > limit) {
                return true;
            }
        }
        return false;
    }

    /** Whether the last glyph drawn, which carries the word's ActualText, reaches the run's right edge. */
    private static boolean endsAtRightEdge(GlyphRun run, EmbeddedFont ef) {
        int last = run.size() - 1;
        float end = run.x()[last] + ef.width(run.glyphs()[last]) * run.font().unitsPerEm() / 1000f;
        return Math.abs(end - run.advance()) < 0.02f * run.font().unitsPerEm();
    }

    /** Whether the run has zero-advance glyphs (marks), which PDFBox may attach to the wrong letter. */
    private static boolean hasMarks(GlyphRun run) {
        for (int g : run.glyphs()) {
            if (run.font().advance(g) == 0) {
                return true;
            }
        }
        return false;
    }

    private static String textString(String text) {
        StringBuilder hex = new StringBuilder("<FEFF");
        for (char c : text.toCharArray()) {
            hex.append(String.format("%04X", (int) c));
        }
        return hex.append('>').toString();
    }

    private void flush(StringBuilder tj) {
        if (tj.length() > 1) {
            out.raw(tj.append("] TJ\n").toString());
        }
        tj.setLength(0);
        tj.append('[');
    }

    private EmbeddedFont select(ShapingFont font, float size, int color) {
        EmbeddedFont ef = fonts.apply(font);
        if (ef != currentFont || size != currentSize) {
            out.name(ef.resourceName()).num(size).op("Tf");
            currentFont = ef;
            currentSize = size;
        }
        if (color != currentColor) {
            out.fillColor(color);
            currentColor = color;
        }
        return ef;
    }

    private static String hex(int cid) {
        char[] c = {'<', HEX[(cid >> 12) & 0xF], HEX[(cid >> 8) & 0xF], HEX[(cid >> 4) & 0xF], HEX[cid & 0xF], '>'};
        return new String(c);
    }
}

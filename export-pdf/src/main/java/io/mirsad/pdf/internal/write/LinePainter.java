package io.mirsad.pdf.internal.write;

import io.mirsad.digest.text.ArabicText;
import io.mirsad.pdf.internal.justify.Line;
import io.mirsad.pdf.internal.linebreak.Box;
import io.mirsad.pdf.internal.shape.GlyphRun;
import io.mirsad.pdf.internal.shape.ShapingFont;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Draws a line's glyphs by id in visual order. The boxes are put in display order by
 * {@link Line#visualOrder} (ICU4J's bidi); each glyph goes where the shaper placed it, with {@code TJ} adjustments
 * for the difference between the shaper's positions and the font's advances (so the PDF's widths stay
 * the font's own) and text rise for marks raised or lowered. In a right-to-left paragraph, a zero-width
 * glyph read as U+200F is drawn at the left edge of every left-to-right run (numbers, Latin) and of every
 * run of neutral characters, which keeps extractors that reorder by position from reversing the run's
 * neighbours.
 *
 * <p>Every code drawn maps to some text, as PDF/A and PDF/UA require, and poppler, PDFBox and pdf.js read
 * the words spelled exactly. Marks are drawn where HarfBuzz puts them, but after
 * the line's letters, inside a span whose {@code /ActualText} is empty: extractors
 * build words from glyph positions, and a mark glyph in the middle of a word reads as a word break
 * (poppler) or lands on the wrong letter (PDFBox). Their text goes instead to an invisible zero-width glyph
 * on the baseline at the start of their letter, drawn just before it. Glyphs drawn for no text of their
 * own (a mark's ink, a kashida the font or the justifier inserted, a blank filling a kerning gap, see
 * {@link GapBridges}) read as a directional mark of their run's direction: U+200F RIGHT-TO-LEFT MARK in
 * Arabic. It changes neither the order nor the meaning of the word it sits in, pdf.js drops it, and a
 * reader or index that removes the bidi controls poppler itself writes (U+202A…U+202C around every
 * mixed line) removes it with them, where a joiner would stay inside the word.
 */
final class LinePainter {
    private static final String RLM = "\u200F";
    private static final String LRM = "\u200E";
    /**
     * How far, in ems, a letter may start before the end of the letter drawn before it: pdf.js ends its
     * text item where the pen goes back more than 0.2 em, and a word split across two items comes back
     * with its halves swapped. Amiri kerns kaf back under a ra, waw or dal by about 0.4 em.
     */
    private static final float BACKWARD = 0.15f;

    private final ContentStream out;
    private final Function<ShapingFont, EmbeddedFont> fonts;
    private EmbeddedFont currentFont;
    private float currentSize;
    private int currentColor = -1;

    LinePainter(ContentStream out, Function<ShapingFont, EmbeddedFont> fonts) {
        this.out = out;
        this.fonts = fonts;
    }

    /** Draws the line with its left edge at {@code x} and its baseline at {@code y}, telling {@code tags} each box. */
    void paint(Line line, float x, float y, Marks tags) {
        List<Box> boxes = line.boxes();
        if (boxes.isEmpty()) {
            return;
        }
        int[] visual = line.visualOrder();
        List<Ink> ink = new ArrayList<>();
        out.op("BT");
        float pen = x;
        boolean inLeftToRight = false;
        for (int k = 0; k < visual.length; k++) {
            Box box = boxes.get(visual[k]);
            tags.box(box, visual[k], pen, y);
            boolean ltr = !box.rightToLeft();
            if (line.rightToLeft() && (ltr && !inLeftToRight || !ltr && !box.space() && neutral(box))) {
                markLeftToRight(box, pen, y);
            }
            inLeftToRight = ltr;
            if (k == 0 && (startsWithMarks(box) || line.rightToLeft() && tags != Marks.NONE && !ltr && !neutral(box))) {
                // pdf.js would put an end of line between the mark and its letter: give it a glyph before
                // them. And it ends a text item at every marked-content boundary and reverses each item of a
                // right-to-left line on its own, so its items join in drawing order: the line's logical end
                // must end with a space it keeps, or it runs into the item drawn after it. (Other items end
                // with the space that ends the sequence before them: see LineTagger.) Not before a number or
                // a full stop, which poppler would then read after the space.
                zeroWidth(box, pen, y, RLM + " ");
            }
            Box next = k + 1 < visual.length ? boxes.get(visual[k + 1]) : null;
            boolean beforeCarrier = box.space() && next != null && startsWithMarks(next);
            if (!(beforeCarrier && fillSpace(box, pen, y))) {
                paintBox(box, pen, y, ink, beforeCarrier ? RLM : "");
            }
            pen += box.width();
        }
        paintInk(ink);
        tags.end();
        out.op("ET");
        currentFont = null;
        currentColor = -1;
    }

    private void markLeftToRight(Box box, float x, float y) {
        zeroWidth(box, x, y, RLM);
    }

    /** Draws the font's zero-width glyph at {@code (x, y)}, reading as {@code text}. */
    private void zeroWidth(Box box, float x, float y, String text) {
        ShapingFont font = box.glyphs().font();
        if (font.zeroWidthGlyph() == 0) {
            return;
        }
        EmbeddedFont ef = select(font, box.style().size(), box.style().color());
        out.num(1).num(0).num(0).num(1).num(x).num(y).op("Tm");
        out.code(ef.cid(font.zeroWidthGlyph(), text)).op(" Tj");
    }

    /**
     * A glyph whose text another glyph carries (a mark, a letter kerned back), drawn after the line's
     * letters at {@code (x, y)} on the page.
     */
    private record Ink(ShapingFont font, float size, int color, int glyph, String text, float x, float y) {}

    /**
     * Draws the ink of marks and of letters kerned back after all the line's letters, inside a
     * marked-content span whose {@code /ActualText} is empty: poppler and PDFBox read them as nothing
     * (their text is on the carriers)
     * instead of as characters on a raised baseline that break words, and pdf.js, which ignores
     * ActualText but drops the directional mark their codes map to, reads nothing either. A span inside a
     * line would end pdf.js's text item there; at the line's end it costs nothing.
     */
    private void paintInk(List<Ink> ink) {
        if (ink.isEmpty()) {
            return;
        }
        out.raw("/Span <</ActualText ()>> BDC\n");
        for (Ink m : ink) {
            EmbeddedFont ef = select(m.font(), m.size(), m.color());
            out.num(1).num(0).num(0).num(1).num(m.x()).num(m.y()).op("Tm");
            out.code(ef.cid(m.glyph(), m.text())).op(" Tj");
        }
        out.op("EMC");
    }

    /**
     * Whether a box has no strongly directional character (a percent sign, a bracket): poppler reads such a
     * run with the numbers or Latin beside it as one left-to-right stretch and moves the space after it to
     * the wrong side ("66" + "%من"); a bidi mark at its left edge keeps it in place.
     */
    private static boolean neutral(Box box) {
        return !CodePoints.any(box.glyphs().text(), LinePainter::strong);
    }

    private static boolean strong(int c) {
        byte d = Character.getDirectionality(c);
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                || d == Character.DIRECTIONALITY_LEFT_TO_RIGHT;
    }

    /**
     * Draws a space that justification widened, before a word whose leftmost letter has marks, as one blank
     * glyph reading as RLM + space and as wide as the space: after a narrower one pdf.js would read the
     * rest of the space as a second space between the word's first letter and its marks, and a gap after
     * the word before it would end PDFBox's run of text there and reverse the line's halves. Returns false
     * where the font has no blank that wide.
     */
    private boolean fillSpace(Box box, float x, float y) {
        GlyphRun run = box.glyphs();
        ShapingFont font = run.font();
        float scale = box.style().size() / font.unitsPerEm();
        int blank =
                run.size() == 1 && box.extra() > 0 ? GapBridges.blank(font, run.advance() + box.extra() / scale) : 0;
        if (blank == 0) {
            return false;
        }
        EmbeddedFont ef = select(font, box.style().size(), box.style().color());
        out.num(1).num(0).num(0).num(1).num(x).num(y).op("Tm");
        out.code(ef.cid(blank, RLM + run.texts()[0])).op(" Tj");
        return true;
    }

    /** Whether the first glyph drawn for the box would be the carrier of marks. */
    private static boolean startsWithMarks(Box box) {
        GlyphRun run = box.glyphs();
        return run.size() > 0
                && run.font().zeroWidthGlyph() != 0
                && run.font().advance(run.glyphs()[0]) == 0
                && isMarks(run.texts()[0]);
    }

    /**
     * Draws a box's glyphs; {@code prefix} goes before the text of each (a space box before a word whose
     * leftmost letter has marks reads as RLM + space, which pdf.js keeps where it drops a bare space: it
     * reads a mark carrier that follows a bare space with a second space between the mark and its letter).
     */
    private void paintBox(Box box, float x, float y, List<Ink> ink, String prefix) {
        GlyphRun run = box.glyphs();
        if (run.size() == 0) {
            return;
        }
        float size = box.style().size();
        ShapingFont font = run.font();
        EmbeddedFont ef = select(font, size, box.style().color());
        float scale = size / font.unitsPerEm();
        boolean carried = font.zeroWidthGlyph() != 0;
        String nothing = box.rightToLeft() ? RLM : LRM;
        GapBridges bridges = GapBridges.of(run);
        out.num(1).num(0).num(0).num(1).num(x).num(y).op("Tm");
        float pen = 0;
        float rise = 0;
        // pdf.js's reading of the box: it skips a glyph that reads as a bidi mark without advancing its
        // pen, so what follows one lies `lag` points further left for it; `reach` is where the last glyph
        // it read ends, in its coordinates
        float lag = 0;
        float reach = Float.NEGATIVE_INFINITY;
        // where the last glyph drawn with its own text ends, on the page
        float drawnEnd = Float.NEGATIVE_INFINITY;
        StringBuilder marks = new StringBuilder();
        StringBuilder tj = new StringBuilder("[");
        for (int i = 0; i < run.size(); i++) {
            int glyph = run.glyphs()[i];
            String text = run.texts()[i];
            if (carried && isFormat(text)) {
                // a non-joiner or joiner, which HarfBuzz draws as the space glyph with no advance: that
                // glyph's own width would overlap the next letter, where extractors read a word break
                glyph = font.zeroWidthGlyph();
            }
            float target = run.x()[i] * scale;
            float gy = run.y()[i] * scale;
            if (carried && font.advance(glyph) == 0 && isMarks(text)) {
                marks.append(text);
                ink.add(new Ink(font, size, box.style().color(), glyph, nothing, x + target, y + gy));
                continue;
            }
            if (bridges.covers(i)) {
                float at = bridges.x()[i] * scale;
                rise = carry(tj, ef, bridges.glyph()[i], nothing, pen, at, size, rise);
                pen = at + ef.width(bridges.glyph()[i]) * size / 1000f;
                lag += pen - at;
            }
            if (marks.length() > 0) {
                // after the gap's bridge, on the letter's side of it: drawn before the bridge, at the far end
                // of the gap, the carrier reads to poppler as a word break after the letter before
                if (target < drawnEnd) {
                    // the letter starts under the one drawn before it (a lam inside a ligature, a waw kerned
                    // back under a kaf): PDFBox gives a lone mark whose glyph lies inside a letter to that
                    // letter, so a blank reading as a directional mark goes between them
                    rise = carry(tj, ef, font.zeroWidthGlyph(), nothing, pen, target, size, rise);
                    pen = target;
                }
                rise = carry(tj, ef, font.zeroWidthGlyph(), marks.toString(), pen, target, size, rise);
                marks.setLength(0);
                pen = target;
            }
            String reads = prefix.isEmpty() ? text : prefix + text;
            float end = target + ef.width(glyph) * size / 1000f;
            if (reads.isEmpty()) {
                rise = draw(tj, ef, glyph, nothing, pen, target, gy, size, rise);
                lag += end - target;
            } else if (carried && target - lag < reach - BACKWARD * size) {
                // kerned back under the letter before it, where pdf.js would end its text item: the ink is
                // drawn with the line's marks, and the text rides on a blank glyph from where pdf.js's
                // last letter ends to about where this one does
                float span = (end - lag - reach) / scale;
                float em = font.unitsPerEm();
                // a blank that ends short would open a gap poppler can read as a space in a justified line
                int blank = span > 0 ? GapBridges.blank(font, span + GapBridges.SHORT * em) : 0;
                int carrier = blank == 0 ? font.zeroWidthGlyph() : blank;
                rise = carry(tj, ef, carrier, reads, pen, reach + lag, size, rise);
                ink.add(new Ink(font, size, box.style().color(), glyph, nothing, x + target, y + gy));
                float width = ef.width(carrier) * size / 1000f;
                reach += width;
                pen = reach + lag;
                drawnEnd = pen;
                continue;
            } else {
                rise = draw(tj, ef, glyph, reads, pen, target, gy, size, rise);
                reach = end - lag;
                drawnEnd = end;
            }
            pen = end;
        }
        if (marks.length() > 0) {
            // marks after their letter (left-to-right text) at the end of the run: carried at its end
            rise = carry(tj, ef, font.zeroWidthGlyph(), marks.toString(), pen, run.advance() * scale, size, rise);
        }
        flush(tj);
        if (rise != 0) {
            out.num(0).op("Ts");
        }
    }

    /** Draws a glyph at {@code target} raised by {@code gy} (points); returns the rise now in effect. */
    private float draw(
            StringBuilder tj,
            EmbeddedFont ef,
            int glyph,
            String text,
            float pen,
            float target,
            float gy,
            float size,
            float rise) {
        if (Math.abs(gy - rise) > 0.0005f) {
            flush(tj);
            out.num(gy).op("Ts");
            rise = gy;
        }
        move(tj, pen, target, size);
        ContentStream.code(ef.cid(glyph, text), tj);
        return rise;
    }

    /**
     * Draws a blank glyph carrying {@code text} (of marks, of a letter kerned back, or nothing for a gap
     * bridge) on the baseline at {@code at}; returns the rise now in effect (none).
     */
    private float carry(
            StringBuilder tj, EmbeddedFont ef, int blank, String text, float pen, float at, float size, float rise) {
        baseline(tj, rise);
        move(tj, pen, at, size);
        ContentStream.code(ef.cid(blank, text), tj);
        return 0;
    }

    /** Ends any text rise, so that what follows sits on the baseline; returns the rise now in effect. */
    private float baseline(StringBuilder tj, float rise) {
        if (rise != 0) {
            flush(tj);
            out.num(0).op("Ts");
        }
        return 0;
    }

    /** Adds the {@code TJ} adjustment that takes the pen from {@code pen} to {@code target} (points). */
    private static void move(StringBuilder tj, float pen, float target, float size) {
        float adjust = (pen - target) * 1000f / size;
        if (Math.abs(adjust) > 0.0005f) {
            ContentStream.format(adjust, tj).append(' ');
        }
    }

    /** Whether {@code text} is one or more combining marks and nothing else. */
    static boolean isMarks(String text) {
        return CodePoints.all(text, ArabicText::isMark);
    }

    /** Whether {@code text} is one or more invisible format characters (ZWNJ, ZWJ) and nothing else. */
    static boolean isFormat(String text) {
        return CodePoints.all(text, c -> Character.getType(c) == Character.FORMAT);
    }

    private void flush(StringBuilder tj) {
        if (tj.length() > 1) {
            out.raw(tj.append("] TJ\n"));
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

    /** Hears each box just before it is drawn, in visual order, so that the content around it can be marked. */
    interface Marks {
        /** Nothing to mark: the caller marks the line as a whole. */
        Marks NONE = new Marks() {
            @Override
            public void box(Box box, int logicalIndex, float x, float baseline) {}

            @Override
            public void end() {}
        };

        /** Box number {@code logicalIndex} of the line is about to be drawn from {@code x}. */
        void box(Box box, int logicalIndex, float x, float baseline);

        /** The line's last box is drawn; its text object is about to end. */
        void end();
    }
}

package io.mirsad.pdf.internal.write;

import io.mirsad.digest.text.ArabicText;
import io.mirsad.pdf.internal.shape.GlyphRun;
import io.mirsad.pdf.internal.shape.ShapingFont;

/**
 * Where a run's text is read through a blank glyph instead of its own. Amiri kerns the letter after a
 * non-joining one (ra, waw, zay, dal…) away from it, leaving a gap inside the word; extractors that build
 * words from glyph positions read a gap wider than about a tenth of an em (poppler) or a third of an
 * average glyph (PDFBox) as a word break. Such a gap is spanned by one of the font's blank spacing
 * glyphs, drawn on the baseline where the gap starts (or where the letter before it starts) and wide
 * enough to reach the next letter: it carries the text of the letter it covers, which then reads as
 * nothing. Nothing visible moves, and every glyph keeps the font's own width.
 *
 * @param glyph the blank glyph drawn before each glyph (0: none)
 * @param x     where that blank glyph starts, in font units from the run's left edge
 */
record GapBridges(int[] glyph, float[] x) {
    /** Gaps narrower than this, in ems, are left alone: both extractors read them as inside a word. */
    static final float MIN_GAP = 0.03f;
    /**
     * How far the blank glyph may end short of the next letter (PDFBox's word-break threshold is about
     * 0.3 of an average glyph width) or beyond it (poppler breaks a word when the next glyph starts more
     * than 0.2 em before the end of the previous one), in ems.
     */
    static final float SHORT = 0.02f;
    static final float BEYOND = 0.15f;

    /** Whether the text of glyph {@code i} is carried by a blank glyph. */
    boolean covers(int i) {
        return glyph[i] != 0;
    }

    static GapBridges of(GlyphRun run) {
        ShapingFont font = run.font();
        int n = run.size();
        int[] glyph = new int[n];
        float[] x = new float[n];
        float em = font.unitsPerEm();
        int previous = -1;
        for (int i = 0; i < n; i++) {
            if (!advances(run, i)) {
                continue;
            }
            if (previous >= 0) {
                float end = run.x()[previous] + font.advance(run.glyphs()[previous]);
                float gap = run.x()[i] - end;
                if (gap > MIN_GAP * em) {
                    boolean marksBefore = i - previous > 1;
                    int blank = marksBefore ? 0 : pick(font, gap + font.advance(run.glyphs()[i]));
                    if (blank != 0) {
                        glyph[i] = blank;
                        x[i] = end;
                    } else if (glyph[previous] == 0 && (previous == 0 || advances(run, previous - 1))) {
                        blank = pick(font, run.x()[i] - run.x()[previous]);
                        glyph[previous] = blank;
                        x[previous] = run.x()[previous];
                    }
                }
            }
            previous = i;
        }
        return new GapBridges(glyph, x);
    }

    /** Whether glyph {@code i} advances the pen and reads as letters (not a mark, not font-inserted). */
    private static boolean advances(GlyphRun run, int i) {
        String text = run.texts()[i];
        return run.font().advance(run.glyphs()[i]) > 0 && !text.isEmpty()
                && !text.codePoints().allMatch(ArabicText::isMark);
    }

    /** The narrowest blank glyph that spans {@code span} font units within the limits, or 0. */
    private static int pick(ShapingFont font, float span) {
        float em = font.unitsPerEm();
        for (int blank : font.blankGlyphs()) {
            float advance = font.advance(blank);
            if (advance >= span - SHORT * em) {
                return advance <= span + BEYOND * em ? blank : 0;
            }
        }
        return 0;
    }
}

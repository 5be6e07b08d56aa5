package io.mirsad.pdf.internal.write;

import io.mirsad.pdf.internal.shape.GlyphRun;
import io.mirsad.pdf.internal.shape.ShapingFont;

/**
 * Where a kerning gap inside a word is filled. Amiri kerns the letter after a non-joining one (ra, waw,
 * zay, dal…) away from it, leaving a gap inside the word; extractors that build words from glyph positions
 * read a gap wider than about a tenth of an em (poppler, pdf.js) or a third of an average glyph (PDFBox) as
 * a word break. Such a gap is filled by one of the font's blank spacing glyphs, drawn on the baseline where
 * the gap starts and about as wide as the gap. It reads as a directional mark ({@link LinePainter} says
 * why); the letters on both sides keep their own text. Nothing visible moves, and every glyph keeps the
 * font's own width.
 *
 * @param glyph the blank glyph drawn before each glyph (0: none)
 * @param x     where that blank glyph starts, in font units from the run's left edge
 */
record GapBridges(int[] glyph, float[] x) {
    /** Gaps narrower than this, in ems, are left alone: every extractor reads them as inside a word. */
    static final float MIN_GAP = 0.05f;
    /**
     * How far the blank glyph may end short of the next letter or beyond it, in ems: poppler breaks a word
     * where the next glyph starts more than 0.1 em after the end of the previous one or more than 0.2 em
     * before it, pdf.js where it starts more than 0.2 em before.
     */
    static final float SHORT = 0.05f;

    static final float BEYOND = 0.1f;

    /** Whether a blank glyph is drawn before glyph {@code i}. */
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
                    glyph[i] = blank(font, gap);
                    x[i] = end;
                }
            }
            previous = i;
        }
        return new GapBridges(glyph, x);
    }

    /**
     * Whether glyph {@code i} advances the pen: a letter, or a kashida the font or the justifier inserted; not
     * a mark, nor a non-joiner that HarfBuzz gave the space glyph with no advance.
     */
    private static boolean advances(GlyphRun run, int i) {
        String text = run.texts()[i];
        return run.font().advance(run.glyphs()[i]) > 0 && !LinePainter.isMarks(text) && !LinePainter.isFormat(text);
    }

    /** The narrowest blank glyph that spans {@code span} font units within the limits, or 0. */
    static int blank(ShapingFont font, float span) {
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

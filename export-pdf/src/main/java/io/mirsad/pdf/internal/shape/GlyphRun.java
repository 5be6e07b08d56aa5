package io.mirsad.pdf.internal.shape;

/**
 * Shaped text: glyphs in visual order (left to right as drawn) with their pen positions in font units
 * (y up) and the text each glyph stands for, from the shaper's cluster map.
 *
 * @param font    the face the glyph ids belong to
 * @param glyphs  glyph ids, left to right
 * @param x       each glyph's horizontal position from the run's left edge, offsets included
 * @param y       each glyph's vertical offset from the baseline
 * @param advance the run's total advance
 * @param texts   the characters each glyph carries for text extraction; empty for a glyph the font or the
 *                justifier inserted (a kashida), which stands for no text
 * @param text    the characters that were shaped, in logical order
 */
public record GlyphRun(
        ShapingFont font, int[] glyphs, float[] x, float[] y, float advance, String[] texts, String text) {

    /** The number of glyphs. */
    public int size() {
        return glyphs.length;
    }

    /** The advance in points at a font size. */
    public float width(float fontSize) {
        return advance * fontSize / font.unitsPerEm();
    }
}

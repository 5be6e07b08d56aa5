package io.mirsad.pdf.internal.shape;

import io.mirsad.digest.text.ArabicText;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Point2D;
import java.util.Arrays;

/**
 * Shapes text with the JDK's layout engine, which runs HarfBuzz: the same glyph ids, advances and mark
 * offsets as {@code hb-shape} with the font's default features. Stateless and thread-safe.
 */
public final class Shaper {
    /** Unhinted, fractional metrics: positions in exact font units. */
    private static final FontRenderContext FRC = new FontRenderContext(null, false, true);
    private static final String TATWEEL = String.valueOf(ArabicText.TATWEEL);

    private Shaper() {
    }

    /** Shapes {@code text[start, limit)} in one direction with one face. */
    public static GlyphRun shape(ShapingFont font, char[] text, int start, int limit, boolean rightToLeft) {
        char[] chars = Arrays.copyOfRange(text, start, limit);
        GlyphVector gv = font.awtFont().layoutGlyphVector(FRC, chars, 0, chars.length,
                rightToLeft ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT);
        int n = gv.getNumGlyphs();
        int[] glyphs = new int[n];
        float[] x = new float[n];
        float[] y = new float[n];
        int[] clusters = new int[n];
        for (int i = 0; i < n; i++) {
            glyphs[i] = gv.getGlyphCode(i);
            Point2D p = gv.getGlyphPosition(i);
            x[i] = (float) p.getX();
            y[i] = (float) -p.getY();
            clusters[i] = gv.getGlyphCharIndex(i);
        }
        float advance = (float) gv.getGlyphPosition(n).getX();
        return new GlyphRun(font, glyphs, x, y, advance, texts(font, chars, glyphs, clusters, rightToLeft));
    }

    /**
     * The text each glyph carries. A cluster runs from a glyph's character index to the next index any
     * glyph has; its first non-mark glyph in logical order carries the cluster's letters, each further
     * zero-advance glyph one of its marks, and any other glyph the shaper inserted a tatweel.
     */
    static String[] texts(ShapingFont font, char[] chars, int[] glyphs, int[] clusters, boolean rightToLeft) {
        int n = glyphs.length;
        String[] texts = new String[n];
        int[] starts = Arrays.stream(clusters).distinct().sorted().toArray();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = rightToLeft ? n - 1 - i : i;
        }
        for (int c = 0; c < starts.length; c++) {
            int from = c == 0 ? 0 : starts[c];
            int to = c + 1 < starts.length ? starts[c + 1] : chars.length;
            StringBuilder letters = new StringBuilder();
            StringBuilder marks = new StringBuilder();
            for (int k = from; k < to; ) {
                int cp = Character.codePointAt(chars, k);
                (ArabicText.isMark(cp) ? marks : letters).appendCodePoint(cp);
                k += Character.charCount(cp);
            }
            assign(font, glyphs, clusters, order, starts[c], new String(chars, from, to - from),
                    letters.toString(), marks.toString(), texts);
        }
        for (int i = 0; i < n; i++) {
            if (texts[i] == null || texts[i].isEmpty()) {
                texts[i] = TATWEEL;
            }
        }
        return texts;
    }

    private static void assign(ShapingFont font, int[] glyphs, int[] clusters, int[] order, int cluster,
                               String all, String letters, String marks, String[] texts) {
        int count = 0;
        int base = -1;
        for (int i : order) {
            if (clusters[i] == cluster) {
                count++;
                if (base < 0 && font.advance(glyphs[i]) > 0) {
                    base = i;
                }
            }
        }
        if (count == 1 || letters.isEmpty() || marks.isEmpty() && base < 0) {
            int first = -1;
            for (int i : order) {
                if (clusters[i] != cluster) {
                    continue;
                }
                if (first < 0 && (base < 0 || i == base)) {
                    first = i;
                    texts[i] = all;
                }
            }
            return;
        }
        if (base < 0) {
            for (int i : order) {
                if (clusters[i] == cluster) {
                    base = i;
                    break;
                }
            }
        }
        texts[base] = letters;
        int m = 0;
        int lastMark = -1;
        for (int i : order) {
            if (clusters[i] != cluster || i == base || font.advance(glyphs[i]) > 0) {
                continue;
            }
            if (m < marks.length()) {
                int cp = marks.codePointAt(m);
                texts[i] = new String(Character.toChars(cp));
                m += Character.charCount(cp);
                lastMark = i;
            }
        }
        if (m < marks.length()) {
            texts[lastMark >= 0 ? lastMark : base] += marks.substring(m);
        }
    }
}

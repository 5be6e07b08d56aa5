package io.mirsad.pdf.internal.shape;

import io.mirsad.digest.text.ArabicText;
import java.awt.font.GlyphVector;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shapes text with its face ({@link io.mirsad.fonts.FontFace#shape}: the JDK's layout engine, which runs
 * HarfBuzz) and works out the text each glyph stands for. Stateless and thread-safe.
 */
public final class Shaper {
    /**
     * Shaping Amiri costs tens of microseconds a word and editions repeat their words, so results are
     * kept, keyed by face, text and direction; the map is emptied when it grows past this size.
     */
    private static final int CACHE_LIMIT = 50_000;

    private static final Map<Key, GlyphRun> CACHE = new ConcurrentHashMap<>();

    private Shaper() {}

    /** Shapes {@code text[start, limit)} in one direction with one face. The result must not be modified. */
    public static GlyphRun shape(ShapingFont font, char[] text, int start, int limit, boolean rightToLeft) {
        return shape(new Key(font, new String(text, start, limit - start), rightToLeft, new BitSet()));
    }

    /**
     * Shapes a right-to-left word into which tatweels were inserted to lengthen it: the characters at the
     * set bits of {@code inserted} are not the author's, so their glyphs stand for no text.
     */
    public static GlyphRun shapeLengthened(ShapingFont font, char[] text, BitSet inserted) {
        return shape(new Key(font, new String(text), true, (BitSet) inserted.clone()));
    }

    private static GlyphRun shape(Key key) {
        GlyphRun run = CACHE.get(key);
        if (run == null) {
            run = layout(key);
            if (CACHE.size() >= CACHE_LIMIT) {
                CACHE.clear();
            }
            CACHE.put(key, run);
        }
        return run;
    }

    private static GlyphRun layout(Key key) {
        ShapingFont font = key.font();
        char[] chars = key.text().toCharArray();
        boolean rightToLeft = key.rightToLeft();
        GlyphVector gv = font.face().shape(chars, 0, chars.length, rightToLeft);
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
        return new GlyphRun(
                font,
                glyphs,
                x,
                y,
                advance,
                texts(font, chars, glyphs, clusters, rightToLeft, key.inserted()),
                new String(chars));
    }

    /** What a shaping result depends on; fonts compare by identity. */
    private record Key(ShapingFont font, String text, boolean rightToLeft, BitSet inserted) {}

    /**
     * The text each glyph carries. A cluster starts at a letter some glyph points at (the JDK's character
     * index, moved back from a mark to its letter) and runs to the next such letter, taking the marks and
     * any letters a ligature swallowed. Within it, the first glyph with an advance carries the letters;
     * the zero-advance glyphs carry the marks, each first to a mark the font's cmap maps to it, then in
     * order. A glyph left over was inserted by the font (Amiri's kashida between lam and kaf) and a glyph
     * of a tatweel the justifier inserted ({@code inserted[k]} for the character at {@code k}) stand for
     * no text: theirs is empty.
     */
    static String[] texts(
            ShapingFont font, char[] chars, int[] glyphs, int[] clusters, boolean rightToLeft, BitSet inserted) {
        int n = glyphs.length;
        int[] letterOf = new int[chars.length];
        for (int i = 0, letter = 0; i < chars.length; i++) {
            if (i == 0 || !ArabicText.isMark(Character.codePointAt(chars, i)) && !Character.isLowSurrogate(chars[i])) {
                letter = i;
            }
            letterOf[i] = letter;
        }
        int[] owner = new int[n];
        for (int i = 0; i < n; i++) {
            owner[i] = chars.length == 0 ? 0 : letterOf[Math.min(Math.max(clusters[i], 0), chars.length - 1)];
        }
        int[] starts = Arrays.stream(owner).distinct().sorted().toArray();
        String[] texts = new String[n];
        for (int c = 0; c < starts.length; c++) {
            int from = c == 0 ? 0 : starts[c];
            int to = c + 1 < starts.length ? starts[c + 1] : chars.length;
            List<Integer> members = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                int i = rightToLeft ? n - 1 - k : k;
                if (owner[i] == starts[c]) {
                    members.add(i);
                }
            }
            assign(font, chars, from, to, glyphs, members, texts);
        }
        for (int i = 0; i < n; i++) {
            if (texts[i] == null || inserted.get(owner[i])) {
                texts[i] = "";
            }
        }
        return texts;
    }

    private static void assign(
            ShapingFont font, char[] chars, int from, int to, int[] glyphs, List<Integer> members, String[] texts) {
        if (members.size() == 1) {
            texts[members.get(0)] = new String(chars, from, to - from);
            return;
        }
        StringBuilder letters = new StringBuilder();
        List<Integer> marks = new ArrayList<>();
        for (int k = from; k < to; ) {
            int cp = Character.codePointAt(chars, k);
            if (ArabicText.isMark(cp)) {
                marks.add(cp);
            } else {
                letters.appendCodePoint(cp);
            }
            k += Character.charCount(cp);
        }
        List<Integer> markGlyphs = new ArrayList<>();
        int base = -1;
        for (int i : members) {
            if (base < 0 && font.advance(glyphs[i]) > 0) {
                base = i;
            } else if (font.advance(glyphs[i]) == 0) {
                markGlyphs.add(i);
            }
        }
        if (base < 0 && letters.length() > 0) {
            base = markGlyphs.remove(0);
        }
        if (base >= 0) {
            texts[base] = letters.toString();
        }
        for (int i : markGlyphs) {
            for (int m = 0; m < marks.size(); m++) {
                if (font.glyphFor(marks.get(m)) == glyphs[i]) {
                    texts[i] = new String(Character.toChars(marks.remove(m)));
                    break;
                }
            }
        }
        int last = base;
        for (int i : markGlyphs) {
            if (texts[i] == null && !marks.isEmpty()) {
                texts[i] = new String(Character.toChars(marks.remove(0)));
            }
            if (texts[i] != null) {
                last = i;
            }
        }
        if (!marks.isEmpty()) {
            int target = last >= 0 ? last : members.get(0);
            StringBuilder rest = new StringBuilder(texts[target] == null ? "" : texts[target]);
            marks.forEach(rest::appendCodePoint);
            texts[target] = rest.toString();
        }
        if (base >= 0 && texts[base].isEmpty()) {
            texts[base] = null;
        }
    }
}

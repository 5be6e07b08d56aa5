package io.mirsad.pdf.internal.itemize;

import com.ibm.icu.text.Bidi;
import io.mirsad.digest.Direction;
import io.mirsad.digest.text.BidiText;
import io.mirsad.fonts.FaceRun;
import io.mirsad.fonts.FontRegistry;
import io.mirsad.pdf.internal.shape.ShapingFont;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Splits a paragraph into runs of one bidi level, one face and one style (roles aside). Faces are chosen
 * by the edition's {@link io.mirsad.fonts.FontRegistry#runs registry}, as in every format: a character
 * the text face lacks goes to the first fallback face that has it. Characters no PDF can show as text are
 * left out — control characters, unassigned code points, unpaired surrogates and characters no face can
 * draw (a missing-glyph box would be neither searchable nor PDF/A); {@link io.mirsad.fonts.MissingGlyphs}
 * reports them, once per edition.
 */
public final class Itemizer {
    private static final char LRI = '\u2066';
    private static final char RLI = '\u2067';
    private static final char PDI = '\u2069';

    private final Typefaces faces;

    public Itemizer(Typefaces faces) {
        this.faces = faces;
    }

    /** The registry that chooses the faces. */
    public FontRegistry registry() {
        return faces.registry();
    }

    public ItemizedText itemize(StyledText styled) {
        StyledText text = clean(styled);
        String s = text.text();
        char[] chars = s.toCharArray();
        byte[] levels = levels(text);
        ShapingFont[] fonts = fonts(text, chars);
        List<TextRun> runs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= chars.length; i++) {
            // a role (link, citation, label) never splits a run: letters on either side of its edge still join
            if (i == chars.length
                    || levels[i] != levels[start]
                    || fonts[i] != fonts[start]
                    || !text.styleAt(i)
                            .withRole(null)
                            .equals(text.styleAt(start).withRole(null))) {
                runs.add(new TextRun(
                        start,
                        i,
                        levels[start],
                        fonts[start],
                        text.styleAt(start).withRole(null)));
                start = i;
            }
        }
        return new ItemizedText(text, chars, levels, runs);
    }

    /**
     * The bidi level of every character. ICU resolves the isolated stretches: they are wrapped in LRI or RLI
     * and PDI for it, and the levels of those marks, which are not part of the text, left out.
     */
    private static byte[] levels(StyledText text) {
        String s = text.text();
        if (s.isEmpty()) {
            return new byte[0];
        }
        StringBuilder marked =
                new StringBuilder(s.length() + 2 * text.isolates().size());
        int[] at = new int[s.length()];
        int next = 0;
        for (StyledText.Isolate isolate : text.isolates()) {
            next = copy(s, next, isolate.start(), marked, at);
            marked.append(isolate.direction() == Direction.RTL ? RLI : LRI);
            next = copy(s, next, isolate.limit(), marked, at);
            marked.append(PDI);
        }
        copy(s, next, s.length(), marked, at);
        byte[] all = new Bidi(marked.toString(), BidiText.paragraphLevel(text.direction())).getLevels();
        byte[] levels = new byte[s.length()];
        for (int i = 0; i < levels.length; i++) {
            levels[i] = all[at[i]];
        }
        return levels;
    }

    /** Appends {@code s[from, to)} to {@code marked}, noting where each character lands; returns {@code to}. */
    private static int copy(String s, int from, int to, StringBuilder marked, int[] at) {
        for (int i = from; i < to; i++) {
            at[i] = marked.length();
            marked.append(s.charAt(i));
        }
        return to;
    }

    /** The paragraph without the characters that cannot be set. */
    private StyledText clean(StyledText text) {
        String s = text.text();
        BitSet drop = new BitSet();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            if (faces.registry().faceFor(cp, text.styleAt(i).bold()).isEmpty()) {
                drop.set(i, i + n);
            }
            i += n;
        }
        return drop.isEmpty() ? text : text.without(drop);
    }

    /** The face of every character, the registry cutting each stretch of one weight into runs. */
    private ShapingFont[] fonts(StyledText text, char[] chars) {
        ShapingFont[] fonts = new ShapingFont[chars.length];
        int start = 0;
        for (int i = 1; i <= chars.length; i++) {
            boolean bold = text.styleAt(start).bold();
            if (i == chars.length || text.styleAt(i).bold() != bold) {
                for (FaceRun run : faces.registry().runs(text.text().substring(start, i), bold)) {
                    Arrays.fill(fonts, start + run.start(), start + run.end(), faces.shaping(run.face()));
                }
                start = i;
            }
        }
        return fonts;
    }
}

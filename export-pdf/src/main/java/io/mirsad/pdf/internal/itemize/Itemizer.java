package io.mirsad.pdf.internal.itemize;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Bidi;
import io.mirsad.digest.text.BidiText;
import io.mirsad.digest.text.Printable;
import io.mirsad.pdf.internal.shape.ShapingFont;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Splits a paragraph into runs of one bidi level, one face and one style (roles aside). A character the
 * text face lacks goes to the first fallback face that has it. Characters no PDF can show as text are
 * left out — control characters, unassigned code points, unpaired surrogates and characters no face can
 * draw (a missing-glyph box would be neither searchable nor PDF/A) — and each is remembered with where it
 * first occurs, for {@link #missingReport()}. One itemizer serves one edition.
 */
public final class Itemizer {
    private static final int EXCERPT = 20;
    private static final int MAX_LISTED = 20;

    private final Typefaces faces;
    /** Characters no face has, each with an excerpt of the paragraph it first occurs in. */
    private final Map<Integer, String> missing = new TreeMap<>();

    public Itemizer(Typefaces faces) {
        this.faces = faces;
    }

    /**
     * One line listing every character left out and where each first occurs, or empty if none was.
     */
    public Optional<String> missingReport() {
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        StringJoiner list = new StringJoiner("; ");
        missing.entrySet().stream()
                .limit(MAX_LISTED)
                .forEach(e -> list.add(Printable.codePoint(e.getKey()) + " "
                        + Optional.ofNullable(UCharacter.getName(e.getKey())).orElse("(unnamed)") + " in \""
                        + e.getValue() + "\""));
        String more = missing.size() > MAX_LISTED ? "; and " + (missing.size() - MAX_LISTED) + " more" : "";
        return Optional.of("left out " + missing.size() + (missing.size() == 1 ? " character" : " characters")
                + " no font can draw or no PDF can hold as text (add a fallback face for letters): " + list + more);
    }

    public ItemizedText itemize(StyledText styled) {
        StyledText text = clean(styled);
        String s = text.text();
        char[] chars = s.toCharArray();
        byte[] levels = levels(s, BidiText.paragraphLevel(text.direction()));
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

    private static byte[] levels(String s, byte paragraphLevel) {
        if (s.isEmpty()) {
            return new byte[0];
        }
        Bidi bidi = new Bidi(s, paragraphLevel);
        return bidi.getLevels();
    }

    /** The paragraph without the characters that cannot be set, each remembered for the report. */
    private StyledText clean(StyledText text) {
        String s = text.text();
        BitSet drop = new BitSet();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            if (!settable(cp, text.styleAt(i).bold())) {
                int at = i;
                missing.computeIfAbsent(cp, c -> excerpt(s, at));
                drop.set(i, i + n);
            }
            i += n;
        }
        return drop.isEmpty() ? text : text.without(drop);
    }

    private boolean settable(int cp, boolean bold) {
        int type = UCharacter.getType(cp);
        if (type == UCharacter.CONTROL || type == UCharacter.UNASSIGNED || type == UCharacter.SURROGATE) {
            return false;
        }
        return UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)
                || faces.face(bold).canDisplay(cp)
                || faces.fallbacks().stream().anyMatch(f -> f.canDisplay(cp));
    }

    private ShapingFont[] fonts(StyledText text, char[] chars) {
        ShapingFont[] fonts = new ShapingFont[chars.length];
        ShapingFont previous = null;
        for (int i = 0; i < chars.length; ) {
            int cp = Character.codePointAt(chars, i);
            ShapingFont primary = faces.face(text.styleAt(i).bold());
            ShapingFont chosen;
            if (followsPrevious(cp)
                    && previous != null
                    && previous.face().bold() == primary.face().bold()) {
                chosen = previous;
            } else {
                chosen = choose(cp, primary);
            }
            int n = Character.charCount(cp);
            for (int k = 0; k < n; k++) {
                fonts[i + k] = chosen;
            }
            previous = chosen;
            i += n;
        }
        return fonts;
    }

    /** Marks, joiners and invisible controls stay with the face of the letter before them. */
    private static boolean followsPrevious(int cp) {
        int type = UCharacter.getType(cp);
        return type == UCharacter.NON_SPACING_MARK
                || type == UCharacter.ENCLOSING_MARK
                || type == UCharacter.COMBINING_SPACING_MARK
                || UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)
                || UCharacter.isWhitespace(cp);
    }

    /** The face that draws {@code cp}; {@link #clean} has left out characters none can draw. */
    private ShapingFont choose(int cp, ShapingFont primary) {
        if (primary.canDisplay(cp) || UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)) {
            return primary;
        }
        for (ShapingFont f : faces.fallbacks()) {
            if (f.canDisplay(cp)) {
                return f;
            }
        }
        return primary;
    }

    /** Up to 20 code points either side of {@code index}, never cutting a surrogate pair. */
    private static String excerpt(String text, int index) {
        int from = text.offsetByCodePoints(index, -Math.min(EXCERPT, text.codePointCount(0, index)));
        int to = text.offsetByCodePoints(index, Math.min(EXCERPT, text.codePointCount(index, text.length())));
        return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
    }
}

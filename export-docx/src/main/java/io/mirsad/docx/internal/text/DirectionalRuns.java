package io.mirsad.docx.internal.text;

import com.ibm.icu.text.Bidi;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts text into stretches of one direction, as the Unicode Bidirectional Algorithm (ICU4J) resolves
 * them inside a paragraph. Word needs this: a run marked {@code w:rtl} is laid out and mirrored as
 * right-to-left, so brackets around a Latin name and the digits of a number only land on the right
 * side when each stretch gets the right mark.
 */
public final class DirectionalRuns {
    private final String text;
    private final byte[] levels;

    private DirectionalRuns(String text, byte[] levels) {
        this.text = text;
        this.levels = levels;
    }

    /** Resolves the levels of a whole paragraph's text, right-to-left or left-to-right at its base. */
    public static DirectionalRuns of(String paragraphText, boolean rtl) {
        if (paragraphText.isEmpty()) {
            return new DirectionalRuns(paragraphText, new byte[0]);
        }
        Bidi bidi = new Bidi(paragraphText, rtl ? Bidi.RTL : Bidi.LTR);
        return new DirectionalRuns(paragraphText, bidi.getLevels());
    }

    /** One stretch of text of a single direction. */
    public record Stretch(String text, boolean rtl) {}

    /** The stretches of {@code [start, end)}, in logical order. */
    public List<Stretch> stretches(int start, int end) {
        List<Stretch> out = new ArrayList<>();
        int from = start;
        for (int i = start + 1; i <= end; i++) {
            if (i == end || (levels[i] & 1) != (levels[from] & 1)) {
                out.add(new Stretch(text.substring(from, i), (levels[from] & 1) == 1));
                from = i;
            }
        }
        return out;
    }

    /** Every stretch of the paragraph. */
    public List<Stretch> stretches() {
        return stretches(0, text.length());
    }
}

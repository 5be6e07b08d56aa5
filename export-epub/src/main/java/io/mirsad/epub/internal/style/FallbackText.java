package io.mirsad.epub.internal.style;

import com.ibm.icu.text.BreakIterator;
import io.mirsad.fonts.FontFace;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of a book's text that can reach its fallback faces. A reading system sets a character in a
 * fallback face only when the text face lacks it, and then the whole cluster around it (a base letter
 * and its marks), so a fallback face needs the glyphs of those clusters alone, and none when the text
 * faces draw everything.
 */
public final class FallbackText {
    private FallbackText() {}

    /** Every character cluster of {@code text} that one of {@code faces} cannot display, in order. */
    public static String of(String text, List<FontFace> faces) {
        Map<Integer, Boolean> drawable = new HashMap<>();
        StringBuilder clusters = new StringBuilder();
        BreakIterator boundaries = BreakIterator.getCharacterInstance();
        boundaries.setText(text);
        int start = boundaries.first();
        for (int end = boundaries.next(); end != BreakIterator.DONE; start = end, end = boundaries.next()) {
            String cluster = text.substring(start, end);
            boolean lacking = cluster.codePoints()
                    .anyMatch(cp ->
                            !drawable.computeIfAbsent(cp, c -> faces.stream().allMatch(face -> face.canDisplay(c))));
            if (lacking) {
                clusters.append(cluster);
            }
        }
        return clusters.toString();
    }
}

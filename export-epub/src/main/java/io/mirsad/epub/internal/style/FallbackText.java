package io.mirsad.epub.internal.style;

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

    /** Every character cluster {@code shown} that one of {@code faces} cannot display, in order. */
    public static String of(BookText shown, List<FontFace> faces) {
        Map<Integer, Boolean> drawable = new HashMap<>();
        StringBuilder lacking = new StringBuilder();
        for (String cluster : shown.clusters()) {
            if (cluster.codePoints()
                    .anyMatch(cp ->
                            !drawable.computeIfAbsent(cp, c -> faces.stream().allMatch(face -> face.canDisplay(c))))) {
                lacking.append(cluster);
            }
        }
        return lacking.toString();
    }
}

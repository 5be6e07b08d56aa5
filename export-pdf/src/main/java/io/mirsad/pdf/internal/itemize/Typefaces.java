package io.mirsad.pdf.internal.itemize;

import io.mirsad.fonts.FontRegistry;
import io.mirsad.pdf.internal.shape.ShapingFont;
import java.util.List;

/**
 * The faces of an edition loaded for shaping: regular, bold and the fallbacks, in the registry's order.
 * Immutable; loaded once per exporter.
 *
 * @param regular   the text face
 * @param bold      the bold face
 * @param fallbacks faces tried in order for characters the text face lacks
 */
public record Typefaces(ShapingFont regular, ShapingFont bold, List<ShapingFont> fallbacks) {

    public Typefaces {
        fallbacks = List.copyOf(fallbacks);
    }

    /** Loads every face of the registry. */
    public static Typefaces load(FontRegistry fonts) {
        return new Typefaces(
                ShapingFont.load(fonts.regular()),
                ShapingFont.load(fonts.bold()),
                fonts.fallbacks().stream().map(ShapingFont::load).toList());
    }

    public ShapingFont face(boolean bold) {
        return bold ? this.bold : regular;
    }
}

package io.mirsad.pdf.internal.itemize;

import io.mirsad.fonts.FontFace;
import io.mirsad.fonts.FontRegistry;
import io.mirsad.pdf.internal.shape.ShapingFont;
import java.util.IdentityHashMap;
import java.util.stream.Stream;

/**
 * The faces of an edition loaded for shaping: regular, bold and the fallbacks, in the registry's order,
 * with the registry that chooses among them. Immutable; loaded once per exporter.
 */
public final class Typefaces {
    private final FontRegistry registry;
    private final IdentityHashMap<FontFace, ShapingFont> loaded = new IdentityHashMap<>();

    private Typefaces(FontRegistry registry) {
        this.registry = registry;
        Stream.concat(Stream.of(registry.regular(), registry.bold()), registry.fallbacks().stream())
                .forEach(face -> loaded.computeIfAbsent(face, ShapingFont::load));
    }

    /** Loads every face of the registry. */
    public static Typefaces load(FontRegistry fonts) {
        return new Typefaces(fonts);
    }

    /** The registry whose faces these are: it decides which face sets each character. */
    public FontRegistry registry() {
        return registry;
    }

    /** The text face. */
    public ShapingFont regular() {
        return shaping(registry.regular());
    }

    /** The loaded form of one of the registry's faces. */
    public ShapingFont shaping(FontFace face) {
        ShapingFont font = loaded.get(face);
        if (font == null) {
            throw new IllegalArgumentException("not a face of this edition: " + face);
        }
        return font;
    }
}

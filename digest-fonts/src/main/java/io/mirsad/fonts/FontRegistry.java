package io.mirsad.fonts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The faces an edition is set in: a regular and a bold face for the text, and fallback faces tried
 * in order for characters the text face lacks. Immutable and safe to share.
 */
public final class FontRegistry {
    private static final FontRegistry DEFAULTS = new FontRegistry(BundledFonts.amiriRegular(),
            BundledFonts.amiriBold(), List.of());

    private final FontFace regular;
    private final FontFace bold;
    private final List<FontFace> fallbacks;

    private FontRegistry(FontFace regular, FontFace bold, List<FontFace> fallbacks) {
        this.regular = regular;
        this.bold = bold;
        this.fallbacks = List.copyOf(fallbacks);
    }

    /** Amiri Regular and Bold, bundled: Arabic and Latin in one family. */
    public static FontRegistry defaults() {
        return DEFAULTS;
    }

    /** Starts a registry from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** The text face. */
    public FontFace regular() {
        return regular;
    }

    /** The bold face (headlines, strong runs). */
    public FontFace bold() {
        return bold;
    }

    /** The regular or bold face. */
    public FontFace face(boolean bold) {
        return bold ? this.bold : regular;
    }

    /** Faces tried, in order, for characters the text face cannot draw. */
    public List<FontFace> fallbacks() {
        return fallbacks;
    }

    /** Builds a {@link FontRegistry}. */
    public static final class Builder {
        private FontFace regular = BundledFonts.amiriRegular();
        private FontFace bold = BundledFonts.amiriBold();
        private final List<FontFace> fallbacks = new ArrayList<>();

        private Builder() {
        }

        public Builder regular(FontFace face) {
            this.regular = Objects.requireNonNull(face, "face");
            return this;
        }

        public Builder bold(FontFace face) {
            this.bold = Objects.requireNonNull(face, "face");
            return this;
        }

        public Builder fallback(FontFace face) {
            fallbacks.add(Objects.requireNonNull(face, "face"));
            return this;
        }

        public FontRegistry build() {
            return new FontRegistry(regular, bold, fallbacks);
        }
    }
}

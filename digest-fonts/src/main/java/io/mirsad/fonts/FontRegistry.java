package io.mirsad.fonts;

import io.mirsad.export.ExportException;
import io.mirsad.export.ExportOptions;
import io.mirsad.export.IoMessages;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The faces an edition is set in: a regular and a bold face for the text, and fallback faces tried
 * in order for characters the text face lacks. Immutable and safe to share.
 */
public final class FontRegistry {
    private static final FontRegistry DEFAULTS = builder().build();

    private final FontFace regular;
    private final FontFace bold;
    private final List<FontFace> fallbacks;

    private FontRegistry(FontFace regular, FontFace bold, List<FontFace> fallbacks) {
        this.regular = regular;
        this.bold = bold;
        this.fallbacks = List.copyOf(fallbacks);
    }

    /**
     * Amiri Regular and Bold, bundled: Arabic and Latin in one family; then the bundled fallbacks, Noto Sans
     * (Latin, Greek, Cyrillic) and Noto Sans Hebrew.
     */
    public static FontRegistry defaults() {
        return DEFAULTS;
    }

    /** Starts a registry from the defaults; faces added with {@link Builder#fallback} come after the bundled ones. */
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

    /**
     * The fallback faces {@code text} needs: for each character the text face lacks, the first fallback
     * that has it, in the registry's order. Formats that embed faces embed these and no others.
     */
    public List<FontFace> fallbacksFor(CharSequence text) {
        Set<FontFace> used = new LinkedHashSet<>();
        Set<Integer> seen = new HashSet<>();
        // Spaces and invisible format characters (ZWJ, RLM) need no face of their own.
        text.codePoints()
                .filter(cp -> seen.add(cp)
                        && !Character.isWhitespace(cp)
                        && Character.getType(cp) != Character.FORMAT
                        && !regular.canDisplay(cp))
                .forEach(cp -> {
                    for (FontFace face : fallbacks) {
                        if (face.canDisplay(cp)) {
                            used.add(face);
                            return;
                        }
                    }
                });
        return fallbacks.stream().filter(used::contains).toList();
    }

    /**
     * This registry with the faces the {@link ExportOptions#FONTS_FALLBACK} option names added after its
     * fallbacks; this registry itself if the option is not set.
     *
     * @throws ExportException if a file cannot be read or is not a font
     */
    public FontRegistry with(ExportOptions options) {
        Optional<String> files = options.get(ExportOptions.FONTS_FALLBACK);
        if (files.isEmpty()) {
            return this;
        }
        List<FontFace> added = new ArrayList<>(fallbacks);
        for (String name : files.get().split(java.util.regex.Pattern.quote(File.pathSeparator))) {
            if (name.isBlank()) {
                continue;
            }
            Path file = Path.of(name.trim());
            try {
                added.add(FontFace.read(file));
            } catch (IOException e) {
                throw new ExportException(
                        "option " + ExportOptions.FONTS_FALLBACK + ": " + file + ": " + IoMessages.reason(e), e);
            }
        }
        return new FontRegistry(regular, bold, added);
    }

    /** Builds a {@link FontRegistry}. */
    public static final class Builder {
        private FontFace regular = BundledFonts.amiriRegular();
        private FontFace bold = BundledFonts.amiriBold();
        private final List<FontFace> fallbacks = new ArrayList<>(BundledFonts.fallbacks());

        private Builder() {}

        public Builder regular(FontFace face) {
            this.regular = Objects.requireNonNull(face, "face");
            return this;
        }

        public Builder bold(FontFace face) {
            this.bold = Objects.requireNonNull(face, "face");
            return this;
        }

        /** Adds a face to try, after those already there, for characters the text face lacks. */
        public Builder fallback(FontFace face) {
            fallbacks.add(Objects.requireNonNull(face, "face"));
            return this;
        }

        /** Removes every fallback face, the bundled ones included. */
        public Builder noFallbacks() {
            fallbacks.clear();
            return this;
        }

        public FontRegistry build() {
            return new FontRegistry(regular, bold, fallbacks);
        }
    }
}

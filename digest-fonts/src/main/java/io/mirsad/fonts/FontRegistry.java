package io.mirsad.fonts;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import io.mirsad.export.ExportException;
import io.mirsad.export.ExportOptions;
import io.mirsad.export.IoMessages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
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
        Set<FontFace> used = new HashSet<>();
        Set<Integer> seen = new HashSet<>();
        // Spaces and invisible format characters (ZWJ, RLM) need no face of their own.
        text.codePoints()
                .filter(cp -> seen.add(cp) && !Character.isWhitespace(cp) && Character.getType(cp) != Character.FORMAT)
                .forEach(cp -> faceFor(cp, false).ifPresent(used::add));
        return fallbacks.stream().filter(used::contains).toList();
    }

    /**
     * The face that draws {@code codePoint}: the text face (regular or bold) if it has the character,
     * else the first fallback that has it. Every format chooses faces through this method, so a character
     * is set in the same face in all of them. Characters that show no glyph of their own (joiners,
     * directional marks) belong to the text face.
     *
     * @return empty for a character no face can draw, and for control characters, unassigned code points
     *     and unpaired surrogates
     */
    public Optional<FontFace> faceFor(int codePoint, boolean bold) {
        int type = UCharacter.getType(codePoint);
        if (type == UCharacter.CONTROL || type == UCharacter.UNASSIGNED || type == UCharacter.SURROGATE) {
            return Optional.empty();
        }
        FontFace text = face(bold);
        if (UCharacter.hasBinaryProperty(codePoint, UProperty.DEFAULT_IGNORABLE_CODE_POINT)
                || text.canDisplay(codePoint)) {
            return Optional.of(text);
        }
        return fallbacks.stream().filter(f -> f.canDisplay(codePoint)).findFirst();
    }

    /**
     * {@code text} cut into runs of one face each, the faces chosen by {@link #faceFor}. Combining marks,
     * invisible characters and white space stay in the face of the character before them: a mark is
     * drawn with its letter, and the space between two Greek words does not split their run. A
     * character no face can draw is given the text face; formats that cannot show it leave it out.
     */
    public List<FaceRun> runs(CharSequence text, boolean bold) {
        List<FaceRun> runs = new ArrayList<>();
        FontFace current = null;
        int start = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            FontFace face = current != null && followsPrevious(cp)
                    ? current
                    : faceFor(cp, bold).orElse(face(bold));
            if (face != current) {
                if (current != null) {
                    runs.add(new FaceRun(start, i, current));
                }
                current = face;
                start = i;
            }
            i += Character.charCount(cp);
        }
        if (current != null) {
            runs.add(new FaceRun(start, text.length(), current));
        }
        return runs;
    }

    private static boolean followsPrevious(int cp) {
        int type = UCharacter.getType(cp);
        return type == UCharacter.NON_SPACING_MARK
                || type == UCharacter.ENCLOSING_MARK
                || type == UCharacter.COMBINING_SPACING_MARK
                || UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)
                || UCharacter.isWhitespace(cp);
    }

    /**
     * This registry with the faces the {@link ExportOptions#FONTS_FALLBACK} option names added after its
     * fallbacks; this registry itself if the option is not set.
     *
     * @throws ExportException if a file cannot be read or is not a font
     */
    public FontRegistry with(ExportOptions options) {
        List<Path> files = options.fallbackFonts();
        if (files.isEmpty()) {
            return this;
        }
        List<FontFace> added = new ArrayList<>(fallbacks);
        for (Path file : files) {
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

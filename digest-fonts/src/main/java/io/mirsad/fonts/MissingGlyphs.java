package io.mirsad.fonts;

import com.ibm.icu.lang.UCharacter;
import io.mirsad.digest.Digest;
import io.mirsad.digest.TextField;
import io.mirsad.digest.Volume;
import io.mirsad.digest.text.Printable;
import io.mirsad.export.ExportOptions;
import io.mirsad.export.ExportWarning;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * The characters of an edition that no face of a registry can draw, each with the fields it occurs in,
 * reported as one warning per edition. Every format reports through this class, so the same digest and
 * faces give the same warning in each. One instance serves one export.
 */
public final class MissingGlyphs {
    /** The code of the warning. */
    public static final String CODE = "font.missing-glyph";

    private static final int MAX_CHARACTERS = 20;
    private static final int MAX_PLACES = 5;
    private static final int EXCERPT = 10;

    private final FontRegistry fonts;
    /** By code point: the paths of the fields it occurs in, and an excerpt around its first occurrence. */
    private final Map<Integer, Places> missing = new TreeMap<>();

    private record Places(Set<String> paths, String excerpt) {}

    /** A report on what {@code fonts} cannot draw; empty until digests are added. */
    public MissingGlyphs(FontRegistry fonts) {
        this.fonts = Objects.requireNonNull(fonts, "fonts");
    }

    /** The warning for one digest's edition, or empty if every face has every character it prints. */
    public static Optional<ExportWarning> of(Digest digest, FontRegistry fonts) {
        return new MissingGlyphs(fonts).add(digest).warning();
    }

    /** Looks at every printed field of {@code digest}; paths as {@link TextField} gives them. */
    public MissingGlyphs add(Digest digest) {
        return add("", digest);
    }

    /**
     * Looks at every printed field of one digest of a volume, its paths prefixed with {@code parts[n].}
     * ({@code n} counted from 0).
     */
    public MissingGlyphs add(int part, Digest digest) {
        return add("parts[" + part + "].", digest);
    }

    /**
     * {@code volume} with each part looked at as an exporter fetches it, so that a volume's digests are
     * still fetched once and held one at a time.
     */
    public Volume watching(Volume volume) {
        List<Volume.Part> parts = new ArrayList<>();
        for (int i = 0; i < volume.parts().size(); i++) {
            Volume.Part part = volume.parts().get(i);
            int n = i;
            parts.add(new Volume.Part(part.metadata(), () -> {
                Digest digest = part.digest();
                add(n, digest);
                return digest;
            }));
        }
        return new Volume(volume.metadata(), parts);
    }

    private synchronized MissingGlyphs add(String prefix, Digest digest) {
        for (TextField field : TextField.of(digest)) {
            String text = field.text();
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                if (!drawable(cp)) {
                    int at = i;
                    missing.computeIfAbsent(cp, c -> new Places(new LinkedHashSet<>(), excerpt(text, at)))
                            .paths()
                            .add(prefix + field.path());
                }
                i += Character.charCount(cp);
            }
        }
        return this;
    }

    /** White space needs no glyph; anything else needs the regular or the bold face, or a fallback. */
    private boolean drawable(int cp) {
        return Character.isWhitespace(cp)
                || fonts.faceFor(cp, false).isPresent()
                || fonts.faceFor(cp, true).isPresent();
    }

    /**
     * One warning naming every character no face can draw, where each occurs (up to five fields, as
     * digest paths such as {@code sections[2].blocks[0].text}) and a few words around its first
     * occurrence; empty if there is none.
     */
    public synchronized Optional<ExportWarning> warning() {
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        StringJoiner list = new StringJoiner("; ");
        missing.entrySet().stream().limit(MAX_CHARACTERS).forEach(e -> list.add(describe(e.getKey(), e.getValue())));
        String more = missing.size() > MAX_CHARACTERS ? "; and " + (missing.size() - MAX_CHARACTERS) + " more" : "";
        return Optional.of(ExportWarning.of(
                CODE,
                missing.size() + (missing.size() == 1 ? " character" : " characters")
                        + " no font of the edition can draw (a face that has them can be added with -O "
                        + ExportOptions.FONTS_FALLBACK + "=FILE): " + list + more));
    }

    private static String describe(int cp, Places places) {
        List<String> paths = new ArrayList<>(places.paths());
        String where = String.join(", ", paths.subList(0, Math.min(MAX_PLACES, paths.size())))
                + (paths.size() > MAX_PLACES ? " and " + (paths.size() - MAX_PLACES) + " more fields" : "");
        return Printable.codePoint(cp) + " "
                + Optional.ofNullable(UCharacter.getName(cp)).orElse("(unnamed)") + " at " + where + " (first in \""
                + Printable.escape(places.excerpt()) + "\")";
    }

    /** Up to ten code points either side of {@code index}, never cutting a surrogate pair. */
    private static String excerpt(String text, int index) {
        int from = text.offsetByCodePoints(index, -Math.min(EXCERPT, text.codePointCount(0, index)));
        int to = text.offsetByCodePoints(index, Math.min(EXCERPT + 1, text.codePointCount(index, text.length())));
        return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
    }
}

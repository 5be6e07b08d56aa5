package io.mirsad.fonts.internal;

import java.util.Set;

/**
 * The layout features a reading system's shaping engine applies to text without being asked: those of
 * HarfBuzz's shapers (common, horizontal, right-to-left, Arabic, Indic, Hangul and the others), the
 * list {@code hb-subset} keeps by default. Optional features — stylistic sets, swashes, alternates,
 * discretionary ligatures, numeral styles — draw glyphs only when a style sheet asks for them, and the
 * book's own style sheet asks for none.
 */
final class ShapingFeatures {
    private static final Set<String> APPLIED = Set.of(
            // common and horizontal
            "rvrn",
            "ccmp",
            "liga",
            "locl",
            "mark",
            "mkmk",
            "rlig",
            "calt",
            "clig",
            "curs",
            "kern",
            "rclt",
            // fractions, which shapers apply around a fraction slash
            "frac",
            "numr",
            "dnom",
            // vertical
            "valt",
            "vert",
            "vkrn",
            "vpal",
            "vrt2",
            // direction, random alternates, justification, East Asian spacing
            "ltra",
            "ltrm",
            "rtla",
            "rtlm",
            "rand",
            "jalt",
            "chws",
            "vchw",
            "halt",
            "vhal",
            // Arabic
            "init",
            "medi",
            "fina",
            "isol",
            "med2",
            "fin2",
            "fin3",
            "cswh",
            "mset",
            "stch",
            // Hangul
            "ljmo",
            "vjmo",
            "tjmo",
            // Tibetan, Indic and the universal shaper
            "abvs",
            "blws",
            "abvm",
            "blwm",
            "nukt",
            "akhn",
            "rphf",
            "rkrf",
            "pref",
            "blwf",
            "half",
            "abvf",
            "pstf",
            "cfar",
            "vatu",
            "cjct",
            "pres",
            "psts",
            "haln",
            "dist");

    /**
     * The applied features a reader can turn off with the ligature setting: CSS {@code
     * font-variant-ligatures: none} (Readium's Arabic "ligatures: none") turns off common, contextual,
     * discretionary and historical ligatures, {@code liga}, {@code clig}, {@code calt}, {@code dlig} and
     * {@code hlig}, of which shapers apply the first three. The rest — joining forms, required ligatures
     * and contextual alternates ({@code rlig}, {@code rclt}), {@code ccmp}, {@code locl} — stay on, and
     * HarfBuzz's Arabic shaper joins letters with them alone.
     */
    private static final Set<String> OPTIONAL_LIGATURES = Set.of("liga", "clig", "calt");

    private ShapingFeatures() {}

    /** Whether shaping engines apply the feature {@code tag} by default. */
    static boolean applied(String tag) {
        return APPLIED.contains(tag);
    }

    /** Whether shaping engines apply the feature {@code tag} even with ligatures and contextual alternates off. */
    static boolean required(String tag) {
        return applied(tag) && !OPTIONAL_LIGATURES.contains(tag);
    }
}

package io.mirsad.digest;

/** The base writing direction of a digest's text. */
public enum Direction {
    /** Right to left: Arabic, Persian, Urdu. */
    RTL,
    /** Left to right. */
    LTR;

    /** The direction conventional for a BCP 47 language tag: RTL for Arabic-script languages. */
    public static Direction forLanguage(String languageTag) {
        String primary = languageTag == null ? "" : languageTag.split("[-_]")[0].toLowerCase(java.util.Locale.ROOT);
        return switch (primary) {
            case "ar", "fa", "ur", "ps", "ckb", "he", "yi", "sd", "ug" -> RTL;
            default -> LTR;
        };
    }
}

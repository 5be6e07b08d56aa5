package io.mirsad.docx;

import java.util.Locale;

/**
 * How body text is justified. Arabic can fill a line by stretching joins with kashida instead of
 * widening spaces; Word offers three strengths of it ({@code w:jc} values {@code lowKashida},
 * {@code mediumKashida}, {@code highKashida}). Applications that do not know them fall back to
 * ordinary justification.
 */
public enum Kashida {
    /** Justify by widening spaces ({@code w:jc w:val="both"}). */
    NONE,
    /** Short kashidas ({@code lowKashida}). */
    LOW,
    /** Medium kashidas ({@code mediumKashida}). */
    MEDIUM,
    /** Long kashidas ({@code highKashida}). */
    HIGH;

    /** The name used in options: {@code none}, {@code low}, {@code medium}, {@code high}. */
    public String optionName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses an {@linkplain #optionName() option name}. */
    public static Kashida fromOptionName(String name) {
        for (Kashida k : values()) {
            if (k.optionName().equalsIgnoreCase(name.trim())) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown kashida level '" + name + "' (use none, low, medium or high)");
    }
}

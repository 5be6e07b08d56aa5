package io.mirsad.epub;

import java.util.Locale;

/** How the digest's sections are divided among the EPUB's content documents. */
public enum SplitMode {
    /** One content document per section: small files, a page break before each headline. */
    SECTION,
    /** All sections in one content document, the digest's title above them. */
    SINGLE;

    /** The name used in options: {@code section} or {@code single}. */
    public String optionName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses an {@linkplain #optionName() option name}, in any case. */
    public static SplitMode fromOptionName(String name) {
        for (SplitMode mode : values()) {
            if (mode.optionName().equalsIgnoreCase(name.trim())) {
                return mode;
            }
        }
        throw new IllegalArgumentException("unknown split mode '" + name + "' (use section or single)");
    }
}

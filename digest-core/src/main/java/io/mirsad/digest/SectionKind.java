package io.mirsad.digest;

import java.util.Locale;

/** The role a {@link Section} plays in a digest. */
public enum SectionKind {
    /** The opening text, usually without a headline of its own. */
    INTRODUCTION,
    /** A full item: headline, body, cited sources. */
    STORY,
    /** A short item. */
    BRIEF,
    /** A section built around one quotation. */
    QUOTE,
    /** A section built around one picture. */
    FIGURE;

    /** The name used in JSON, e.g. {@code introduction}, {@code story}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a {@linkplain #jsonName() JSON name}. */
    public static SectionKind fromJsonName(String name) {
        for (SectionKind kind : values()) {
            if (kind.jsonName().equals(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown section kind '" + name + "'");
    }
}

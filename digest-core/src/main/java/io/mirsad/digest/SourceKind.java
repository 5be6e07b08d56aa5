package io.mirsad.digest;

import java.util.Locale;

/** What kind of body a {@link Source} is. */
public enum SourceKind {
    THINK_TANK,
    NEWS_AGENCY,
    GOVERNMENT,
    OTHER;

    /** The name used in JSON: {@code think-tank}, {@code news-agency}, {@code government}, {@code other}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses a {@linkplain #jsonName() JSON name}. */
    public static SourceKind fromJsonName(String name) {
        for (SourceKind kind : values()) {
            if (kind.jsonName().equals(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown source kind '" + name + "'");
    }
}

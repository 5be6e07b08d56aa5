package io.mirsad.export;

import io.mirsad.digest.text.DigitStyle;
import io.mirsad.digest.text.NearestName;
import io.mirsad.digest.text.Printable;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;

/**
 * Options for one export, as named string values so that any exporter can read its own
 * ({@code pdf.paper}, {@code docx.kashida}) and the CLI can pass them through unchanged.
 * Keys every exporter honours are constants here. The options also carry the listener that hears
 * {@linkplain ExportWarning warnings}; by default they are logged through SLF4J (logger
 * {@code io.mirsad.export}) and go nowhere when no SLF4J provider is present.
 */
public final class ExportOptions {
    /** {@code western} (default) or {@code arabic-indic}: the digits folios and dates are set in. */
    public static final String DIGITS = "digits";

    /**
     * Font files (TTF or OTF) to add as fallback faces, after the bundled ones, separated by the platform's
     * path separator ({@code :} on Unix): for scripts the bundled faces lack.
     */
    public static final String FONTS_FALLBACK = "fonts.fallback";

    /** The keys every exporter honours. */
    public static final Set<String> SHARED_KEYS = Set.of(DIGITS, FONTS_FALLBACK);

    private static final Consumer<ExportWarning> LOG = ExportOptions::log;
    private static final ExportOptions DEFAULTS = new ExportOptions(Map.of(), LOG);
    private final Map<String, String> values;
    private final Consumer<ExportWarning> warnings;

    private ExportOptions(Map<String, String> values, Consumer<ExportWarning> warnings) {
        this.values = Map.copyOf(values);
        this.warnings = warnings;
    }

    private static void log(ExportWarning warning) {
        LoggerFactory.getLogger("io.mirsad.export").warn("{}", warning);
    }

    /** No options: every exporter's defaults. */
    public static ExportOptions defaults() {
        return DEFAULTS;
    }

    /** Starts a set of options. */
    public static Builder builder() {
        return new Builder();
    }

    /** The options as a sorted map. */
    public Map<String, String> asMap() {
        return new TreeMap<>(values);
    }

    /** The value of {@code key}, if set. */
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /**
     * Refuses options meant for {@code exporter} (those under its {@code format.} prefix) that it does not
     * know, naming the nearest key it does.
     *
     * @throws ExportException for the first unknown key
     */
    public void checkKeys(DigestExporter exporter) {
        String prefix = exporter.format() + ".";
        for (String key : values.keySet()) {
            if (key.startsWith(prefix) && !exporter.optionKeys().contains(key)) {
                throw new ExportException(
                        "unknown option " + Printable.escape(key) + NearestName.suggestion(key, exporter.optionKeys()));
            }
        }
    }

    /** The value of {@code key} as a boolean, {@code fallback} if unset. */
    public boolean getBoolean(String key, boolean fallback) {
        String v = values.get(key);
        if (v == null) {
            return fallback;
        }
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes") || v.equals("1")) {
            return true;
        }
        if (v.equalsIgnoreCase("false") || v.equalsIgnoreCase("no") || v.equals("0")) {
            return false;
        }
        throw new ExportException("option " + key + ": expected true or false, got '" + v + "'");
    }

    /** The value of {@code key} as an integer, {@code fallback} if unset. */
    public int getInt(String key, int fallback) {
        String v = values.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new ExportException("option " + key + ": expected a whole number, got '" + v + "'");
        }
    }

    /** The digit style chosen with {@link #DIGITS}. */
    public DigitStyle digits() {
        String v = values.get(DIGITS);
        if (v == null) {
            return DigitStyle.WESTERN;
        }
        try {
            return DigitStyle.fromName(v);
        } catch (IllegalArgumentException e) {
            throw new ExportException("option " + DIGITS + ": " + e.getMessage());
        }
    }

    /**
     * The font files the {@link #FONTS_FALLBACK} option names, in order; none if it is not set. The paths
     * are as given, not checked.
     */
    public List<Path> fallbackFonts() {
        String v = values.get(FONTS_FALLBACK);
        if (v == null) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        for (String name : v.split(Pattern.quote(File.pathSeparator))) {
            if (!name.isBlank()) {
                files.add(Path.of(name.trim()));
            }
        }
        return List.copyOf(files);
    }

    /** Who hears the export's warnings. */
    public Consumer<ExportWarning> warnings() {
        return warnings;
    }

    /** A copy with changes. */
    public ExportOptions with(Consumer<Builder> changes) {
        Builder b = new Builder();
        b.values.putAll(values);
        b.warnings = warnings;
        changes.accept(b);
        return b.build();
    }

    /** A copy whose warnings go to {@code listener} instead. */
    public ExportOptions withWarnings(Consumer<ExportWarning> listener) {
        return new ExportOptions(values, Objects.requireNonNull(listener, "listener"));
    }

    /** Equal when the values are; the listener does not count. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ExportOptions other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "ExportOptions" + asMap();
    }

    /** Builds {@link ExportOptions}. */
    public static final class Builder {
        private final Map<String, String> values = new TreeMap<>();
        private Consumer<ExportWarning> warnings = LOG;

        private Builder() {}

        public Builder set(String key, String value) {
            values.put(key, value);
            return this;
        }

        public Builder set(String key, boolean value) {
            return set(key, Boolean.toString(value));
        }

        public Builder set(String key, int value) {
            return set(key, Integer.toString(value));
        }

        public Builder digits(DigitStyle style) {
            return set(DIGITS, style.jsonName());
        }

        /** Who hears the export's warnings (default: the SLF4J logger {@code io.mirsad.export}). */
        public Builder warnings(Consumer<ExportWarning> listener) {
            this.warnings = Objects.requireNonNull(listener, "listener");
            return this;
        }

        public ExportOptions build() {
            return new ExportOptions(values, warnings);
        }
    }
}

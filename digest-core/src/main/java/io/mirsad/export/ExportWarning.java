package io.mirsad.export;

import java.util.Objects;

/**
 * Something an export could write but a reader may want to check, such as a character no font can
 * draw. Exporters deliver warnings to the listener in {@link ExportOptions}; the file export also
 * collects them in its {@link ExportResult}.
 *
 * @param code     a stable, dotted identifier a program can match, such as {@code font.missing-glyph}
 * @param message  one line for a person, without the location
 * @param location where in the digest, as a field path such as {@code sections[2].blocks[0]}, or
 *                 empty when the warning concerns the whole edition
 */
public record ExportWarning(String code, String message, String location) {
    public ExportWarning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
    }

    /** A warning about the whole edition. */
    public static ExportWarning of(String code, String message) {
        return new ExportWarning(code, message, "");
    }

    /** One line: the location (if any), the message and the code. */
    @Override
    public String toString() {
        return (location.isEmpty() ? "" : location + ": ") + message + " [" + code + "]";
    }
}

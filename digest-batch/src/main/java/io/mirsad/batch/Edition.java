package io.mirsad.batch;

import io.mirsad.export.ExportWarning;
import java.util.List;
import java.util.Objects;

/**
 * One rendered edition of an input, held as bytes.
 *
 * @param format        the exporter's format name ({@code pdf})
 * @param fileExtension the file extension, without the dot
 * @param bytes         the edition; not copied, so do not change it
 * @param sha256        the SHA-256 of {@code bytes}, in lower-case hex
 * @param warnings      what the exporter warned about, in order
 */
public record Edition(String format, String fileExtension, byte[] bytes, String sha256, List<ExportWarning> warnings) {
    public Edition {
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(fileExtension, "fileExtension");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** An edition with its hash computed from {@code bytes}. */
    public static Edition of(String format, String fileExtension, byte[] bytes, List<ExportWarning> warnings) {
        return new Edition(format, fileExtension, bytes, Sha256.hex(bytes), warnings);
    }
}

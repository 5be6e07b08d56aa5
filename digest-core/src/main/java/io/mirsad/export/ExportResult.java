package io.mirsad.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a file export wrote.
 *
 * @param file     the edition, in place
 * @param size     its size in bytes
 * @param warnings every warning the export gave, in the order given
 */
public record ExportResult(Path file, long size, List<ExportWarning> warnings) {
    public ExportResult {
        Objects.requireNonNull(file, "file");
        warnings = List.copyOf(warnings);
    }
}

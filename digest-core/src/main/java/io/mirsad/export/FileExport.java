package io.mirsad.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A file export, all or nothing, whose warnings are both heard and collected: what exporters' defaults share. */
final class FileExport {
    private FileExport() {}

    /**
     * Writes {@code target} with the writer {@code export} makes from options that pass each warning to
     * {@code options}' listener and keep it for the result.
     */
    static ExportResult write(Path target, ExportOptions options, Function<ExportOptions, AtomicFiles.Writer> export)
            throws IOException {
        List<ExportWarning> warnings = new ArrayList<>();
        ExportOptions collecting = options.withWarnings(warning -> {
            warnings.add(warning);
            options.warnings().accept(warning);
        });
        AtomicFiles.write(target, export.apply(collecting));
        return new ExportResult(target, Files.size(target), warnings);
    }
}

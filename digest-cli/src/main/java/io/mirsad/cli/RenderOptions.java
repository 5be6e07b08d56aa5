package io.mirsad.cli;

import io.mirsad.batch.DigestReader;
import io.mirsad.batch.Renderer;
import io.mirsad.export.ExportException;
import io.mirsad.export.ExportOptions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options {@code batch} and {@code anthology} share: formats, exporter options, how inputs are dated. */
final class RenderOptions {
    @Option(
            names = {"-f", "--format"},
            split = ",",
            paramLabel = "FORMAT",
            description = "Formats to write (default: every installed one).")
    List<String> formats = new ArrayList<>();

    @Option(
            names = "--date-from-name",
            description = "Date undated digests from the first YYYY-MM-DD in the file name.")
    boolean dateFromName;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date for page text.")
    LocalDate published;

    @Mixin
    GazetteerOption gazetteers;

    @Option(
            names = {"-O", "--option"},
            paramLabel = "KEY=VALUE",
            description = "An exporter option, as for render.")
    Map<String, String> options = new LinkedHashMap<>();

    /** The renderer these options describe; an unknown format is a usage error. */
    Renderer renderer() {
        ExportOptions.Builder opts = ExportOptions.builder();
        options.forEach(opts::set);
        try {
            return Renderer.builder()
                    .reader(DigestReader.builder()
                            .importer(DigestInput.importer(published, gazetteers.files))
                            .dateFromName(dateFromName)
                            .build())
                    .formats(formats)
                    .options(opts.build())
                    .build();
        } catch (ExportException e) {
            throw new ErrorReporter.UsageException(e.getMessage());
        }
    }
}

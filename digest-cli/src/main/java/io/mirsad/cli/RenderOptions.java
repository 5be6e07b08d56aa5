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

/**
 * The options {@code render}, {@code batch} and {@code anthology} share: formats, exporter options, how
 * inputs are dated.
 */
final class RenderOptions {
    @Option(
            names = {"-f", "--format"},
            split = ",",
            paramLabel = "FORMAT",
            description = "Formats to write (default: every installed one; see 'mirsad formats').")
    List<String> formats = new ArrayList<>();

    @Option(
            names = "--date-from-name",
            description = "Date undated digests from the first YYYY-MM-DD in the file name.")
    boolean dateFromName;

    @Option(
            names = "--published",
            paramLabel = "YYYY-MM-DD",
            description = "Publication date for page text, or for a JSON digest without one (never overrides "
                    + "the digest's own; a date the file name gives with --date-from-name comes first); EPUB "
                    + "editions need one.")
    LocalDate published;

    @Mixin
    GazetteerOption gazetteers;

    @Option(
            names = {"-O", "--option"},
            paramLabel = "KEY=VALUE",
            description = "An exporter option, e.g. -O pdf.columns=2 -O digits=arabic-indic.")
    Map<String, String> options = new LinkedHashMap<>();

    /** The renderer these options describe; an unknown format or option is a usage error. */
    Renderer renderer() {
        try {
            return Renderer.builder()
                    .reader(reader())
                    .formats(formats)
                    .options(exportOptions().build())
                    .build();
        } catch (ExportException e) {
            throw new ErrorReporter.UsageException(e.getMessage());
        }
    }

    /**
     * How inputs are read and dated. The bundled page importer is built only if a page comes; one with
     * the user's gazetteers now, so that a bad gazetteer file is reported before any input is read.
     */
    DigestReader reader() {
        DigestReader.Builder reader =
                DigestReader.builder().dateFromName(dateFromName).published(published);
        if (!gazetteers.files.isEmpty()) {
            reader.importer(DigestInput.importer(gazetteers.files));
        }
        return reader.build();
    }

    /** The {@code -O} options. */
    ExportOptions.Builder exportOptions() {
        ExportOptions.Builder opts = ExportOptions.builder();
        options.forEach(opts::set);
        return opts;
    }
}

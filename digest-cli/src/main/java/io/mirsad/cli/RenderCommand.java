package io.mirsad.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.mirsad.digest.Digest;
import io.mirsad.export.DigestExporter;
import io.mirsad.export.ExportException;
import io.mirsad.export.ExportOptions;
import io.mirsad.export.ExporterRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mirsad render INPUT [--format pdf,docx,epub] [-o OUTDIR]}: one edition file per format. */
@Command(name = "render", description = "Render a digest (.txt page or .json) as PDF, DOCX and EPUB editions.")
final class RenderCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "INPUT", description = "A page text (.txt) or a digest (.json).")
    Path input;

    @Option(names = {"-f", "--format"}, split = ",", paramLabel = "FORMAT",
            description = "Formats to write (default: every installed one; see 'mirsad formats').")
    List<String> formats = new ArrayList<>();

    @Option(names = {"-o", "--output-dir"}, paramLabel = "OUTDIR", description = "Where to write (default: .).")
    Path outputDir = Path.of(".");

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date for page-text input (EPUB editions need one).")
    LocalDate published;

    @Option(names = "--gazetteer", paramLabel = "FILE",
            description = "Institutions to recognise in page text besides the bundled ones (.tsv or .json; repeatable).")
    List<Path> gazetteers = new ArrayList<>();

    @Option(names = {"-O", "--option"}, paramLabel = "KEY=VALUE",
            description = "An exporter option, e.g. -O pdf.columns=2 -O digits=arabic-indic.")
    Map<String, String> options = new java.util.LinkedHashMap<>();

    @Override
    public Integer call() throws IOException {
        ExporterRegistry registry = ExporterRegistry.load();
        List<DigestExporter> chosen = new ArrayList<>();
        if (formats.isEmpty()) {
            chosen.addAll(registry.exporters());
        } else {
            for (String f : formats) {
                chosen.add(registry.find(f.trim()).orElseThrow(() -> new ErrorReporter.UsageException(
                        "format '" + f.trim() + "' is not installed; installed: " + String.join(", ", registry.formats()))));
            }
        }
        if (chosen.isEmpty()) {
            throw new ErrorReporter.UsageException("no output formats are installed");
        }
        ExportOptions.Builder opts = ExportOptions.builder()
                .warnings(warning -> spec.commandLine().getErr().println("mirsad: " + input + ": warning: " + warning));
        options.forEach(opts::set);
        ExportOptions exportOptions = opts.build();

        Digest digest = DigestInput.read(input, () -> DigestInput.importer(published, gazetteers));
        String base = DigestInput.baseName(input);
        // One format's failure does not stop the others; each is reported on its own line.
        int failures = 0;
        for (DigestExporter exporter : chosen) {
            Path target = outputDir.resolve(base + "." + exporter.fileExtension());
            try {
                exporter.export(digest, exportOptions, target);
                spec.commandLine().getOut().println(target);
            } catch (ExportException e) {
                failures++;
                spec.commandLine().getErr().println("mirsad: " + input + ": cannot write " + exporter.format()
                        + ": " + e.getMessage());
            } catch (IOException e) {
                failures++;
                spec.commandLine().getErr().println("mirsad: " + DigestInput.ioFailure(target, e).getMessage());
            }
        }
        return failures == 0 ? 0 : ErrorReporter.BAD_INPUT;
    }
}

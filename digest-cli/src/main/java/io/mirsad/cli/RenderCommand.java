package io.mirsad.cli;

import io.mirsad.batch.DigestReader;
import io.mirsad.batch.Input;
import io.mirsad.batch.InputException;
import io.mirsad.batch.Renderer;
import io.mirsad.digest.Digest;
import io.mirsad.digest.text.Printable;
import io.mirsad.export.DigestExporter;
import io.mirsad.export.ExportException;
import io.mirsad.export.ExportOptions;
import io.mirsad.export.ExportResult;
import io.mirsad.export.ExportWarning;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mirsad render INPUT [--format pdf,docx,epub] [-o OUTDIR]}: one edition file per format. */
@Command(name = "render", description = "Render a digest (.txt page or .json) as PDF, DOCX and EPUB editions.")
final class RenderCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "INPUT", description = "A page text (.txt) or a digest (.json).")
    Path input;

    @Option(
            names = {"-o", "--output-dir"},
            paramLabel = "OUTDIR",
            description = "Where to write (default: .).")
    Path outputDir = Path.of(".");

    @Mixin
    RenderOptions render;

    @Override
    public Integer call() throws IOException {
        // The renderer that batch and Spark use decides the formats (a repeated one once) and checks the options.
        Renderer renderer = render.renderer();
        List<DigestExporter> chosen = renderer.exporters();
        // Warnings are read from each export's result, once all are written.
        ExportOptions exportOptions = renderer.options().withWarnings(warning -> {});

        // The formats share nothing but the digest: each is prepared (classes, fonts) while the input is
        // read, then written, each on a thread of its own while there are cores for them.
        ExecutorService pool = Executors.newFixedThreadPool(
                Math.min(chosen.size(), Runtime.getRuntime().availableProcessors()), RenderCommand::daemon);
        try {
            List<Future<?>> prepared = new ArrayList<>();
            for (DigestExporter exporter : chosen) {
                prepared.add(pool.submit(exporter::prepare));
            }
            Digest digest = read(renderer.reader());
            String base = DigestInput.baseName(input);
            List<Future<ExportResult>> written = new ArrayList<>();
            for (int i = 0; i < chosen.size(); i++) {
                DigestExporter exporter = chosen.get(i);
                Future<?> ready = prepared.get(i);
                Path target = outputDir.resolve(base + "." + exporter.fileExtension());
                written.add(pool.submit(() -> {
                    awaitQuietly(ready);
                    return exporter.export(digest, exportOptions, target);
                }));
            }
            // One format's failure does not stop the others; each is reported on its own line, in the
            // order the formats were asked for.
            int failures = 0;
            Map<ExportWarning, List<String>> warnings = new LinkedHashMap<>();
            for (int i = 0; i < chosen.size(); i++) {
                String failure = failure(chosen.get(i), written.get(i));
                if (failure == null) {
                    ExportResult result = written.get(i).get();
                    spec.commandLine().getOut().println(result.file());
                    for (ExportWarning warning : result.warnings()) {
                        warnings.computeIfAbsent(warning, w -> new ArrayList<>())
                                .add(chosen.get(i).format());
                    }
                } else {
                    failures++;
                    spec.commandLine().getErr().println("mirsad: " + Printable.escape(failure));
                }
            }
            // Every format meets the same missing glyph: one line for it, naming the formats that warned.
            warnings.forEach((warning, formats) -> spec.commandLine()
                    .getErr()
                    .println("mirsad: " + input + ": warning (" + String.join(", ", formats) + "): "
                            + Printable.escape(warning.toString())));
            return failures == 0 ? 0 : ErrorReporter.BAD_INPUT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ErrorReporter.InputException(input + ": interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Reads the input as {@code batch} and Spark do; an error names the file (and its line and column). */
    private Digest read(DigestReader reader) {
        if (Files.isDirectory(input)) {
            throw new ErrorReporter.InputException(input + ": is a directory, not a digest", null);
        }
        try {
            return reader.read(new Input(input.toString(), Files.readAllBytes(input)));
        } catch (IOException e) {
            throw DigestInput.ioFailure(input, e);
        } catch (InputException e) {
            throw new ErrorReporter.InputException(e.getMessage(), e);
        }
    }

    /** The message for a format that could not be written, or null if it was. */
    private String failure(DigestExporter exporter, Future<ExportResult> written) throws InterruptedException {
        try {
            written.get();
            return null;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ExportException) {
                return input + ": cannot write " + exporter.format() + ": " + cause.getMessage();
            }
            if (cause instanceof IOException io) {
                return DigestInput.ioFailure(
                                outputDir.resolve(DigestInput.baseName(input) + "." + exporter.fileExtension()), io)
                        .getMessage();
            }
            if (cause instanceof RuntimeException) {
                return input + ": cannot write " + exporter.format() + ": internal error: "
                        + cause.getClass().getSimpleName() + ": " + cause.getMessage();
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Preparation only saves time: if it fails, the export itself meets and reports the same problem. */
    private static void awaitQuietly(Future<?> ready) throws InterruptedException {
        try {
            ready.get();
        } catch (ExecutionException e) {
            // reported by the export
        }
    }

    private static Thread daemon(Runnable task) {
        Thread t = new Thread(task, "mirsad-render");
        t.setDaemon(true);
        return t;
    }
}

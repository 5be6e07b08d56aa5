package io.mirsad.cli;

import io.mirsad.batch.Batch;
import io.mirsad.batch.BatchReport;
import io.mirsad.batch.Failure;
import io.mirsad.batch.Renderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mirsad batch INPUTS… -o OUTDIR}: every digest in files and folders, rendered in parallel. */
@Command(
        name = "batch",
        description = "Render every digest (.json, .txt) in files and folders, in parallel,"
                + " into OUTDIR, mirroring the input tree.")
final class BatchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Digest files and folders (searched recursively).")
    List<Path> inputs = new ArrayList<>();

    @Option(
            names = {"-o", "--output-dir"},
            required = true,
            paramLabel = "OUTDIR",
            description = "Where to write.")
    Path outputDir;

    @Option(
            names = {"-j", "--jobs"},
            paramLabel = "N",
            description = "Files rendered at once (default: one per core).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--force", description = "Render every edition again, even those up to date.")
    boolean force;

    @CommandLine.Mixin
    RenderOptions render = new RenderOptions();

    @Override
    public Integer call() throws IOException {
        if (jobs < 1) {
            throw new ErrorReporter.UsageException("-j must be at least 1, got " + jobs);
        }
        Renderer renderer = render.renderer();
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = Progress.forStandardError(err, "batch");
        BatchReport report;
        try (progress) {
            report = Batch.builder(renderer, outputDir)
                    .threads(jobs)
                    .force(force)
                    .listener(progress)
                    .build()
                    .run(inputs);
        }
        progress.warnings().forEach(w -> err.println("mirsad: " + w));
        for (Failure f : report.failures()) {
            err.println("mirsad: " + f.message());
        }
        err.printf(
                "mirsad: %d files, %d editions written, %d up to date, %d failures, %.1f s%n",
                report.files().size() + report.problems().size(),
                report.written(),
                report.unchanged(),
                report.failures().size(),
                report.elapsed().toMillis() / 1000.0);
        return report.succeeded() ? 0 : ErrorReporter.BAD_INPUT;
    }
}

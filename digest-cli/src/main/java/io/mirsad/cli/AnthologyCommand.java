package io.mirsad.cli;

import io.mirsad.batch.Anthology;
import io.mirsad.batch.AnthologyException;
import io.mirsad.batch.AnthologyReport;
import io.mirsad.batch.Failure;
import io.mirsad.export.ExportException;
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

/** {@code mirsad anthology INPUTS… --title "…" -o FILE}: many digests bound into one volume per format. */
@Command(
        name = "anthology",
        description = "Bind many digests into one volume: title page, contents, a part per"
                + " digest, one index of sources.")
final class AnthologyCommand implements Callable<Integer> {
    /** How the digests are ordered. */
    enum Sort {
        given,
        date
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Digest files and folders (searched recursively).")
    List<Path> inputs = new ArrayList<>();

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "FILE",
            description = "The volume; with several formats its extension is replaced by each format's.")
    Path output;

    @Option(names = "--title", required = true, paramLabel = "TITLE", description = "The volume's title.")
    String title;

    @Option(names = "--subtitle", paramLabel = "TEXT", description = "The volume's subtitle.")
    String subtitle;

    @Option(names = "--sort", paramLabel = "ORDER", description = "given (default) or date.")
    Sort sort = Sort.given;

    @Option(names = "--keep-going", description = "Leave bad inputs out (and name them) instead of writing nothing.")
    boolean keepGoing;

    @CommandLine.Mixin
    RenderOptions render = new RenderOptions();

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Anthology anthology = Anthology.builder(render.renderer())
                .title(title)
                .subtitle(subtitle)
                .sortByDate(sort == Sort.date)
                .keepGoing(keepGoing)
                .build();
        AnthologyReport report;
        try {
            report = anthology.write(inputs, output);
        } catch (AnthologyException e) {
            e.problems().forEach(p -> err.println("mirsad: " + p.message()));
            throw new ErrorReporter.InputException(e.getMessage(), e);
        } catch (ExportException e) {
            throw new ErrorReporter.InputException("cannot write the anthology: " + e.getMessage(), e);
        }
        for (Failure f : report.leftOut()) {
            err.println("mirsad: left out: " + f.message());
        }
        report.warnings().forEach(w -> err.println("mirsad: " + output + ": warning: " + w));
        report.written().forEach(spec.commandLine().getOut()::println);
        err.printf(
                "mirsad: %d digests bound, %d left out, %.1f s%n",
                report.digests(), report.leftOut().size(), report.elapsed().toMillis() / 1000.0);
        return 0;
    }
}

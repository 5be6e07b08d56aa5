package io.mirsad.cli;

import io.mirsad.digest.importer.DroppedLine;
import io.mirsad.digest.importer.ImportResult;
import io.mirsad.digest.json.DigestJson;
import io.mirsad.export.AtomicFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mirsad import PAGE.txt [-o DIGEST.json]}: page text to the digest's JSON form. */
@Command(name = "import", description = "Turn page text scraped from a digest's web page into digest JSON.")
final class ImportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PAGE.txt", description = "The page text (UTF-8, or a detected legacy Arabic encoding).")
    Path page;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "DIGEST.json",
            description = "Write here instead of standard output.")
    Path output;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "The edition's publication date.")
    LocalDate published;

    @Mixin
    GazetteerOption gazetteers;

    @Option(names = "--show-dropped", description = "List every dropped line on standard error.")
    boolean showDropped;

    @Override
    public Integer call() throws IOException {
        ImportResult result = DigestInput.importPage(
                page, DigestInput.importer(gazetteers.files).withPublished(published));
        String json = DigestJson.write(result.digest());
        if (output == null) {
            spec.commandLine().getOut().print(json);
            spec.commandLine().getOut().flush();
        } else {
            AtomicFiles.write(output, out -> out.write(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        PrintWriter err = spec.commandLine().getErr();
        if (showDropped) {
            for (DroppedLine d : result.dropped()) {
                err.printf("%s:%d: dropped (%s): %s%n", page, d.lineNumber(), d.reason(), d.text());
            }
        }
        for (String warning : result.warnings()) {
            err.println(page + ": warning: " + warning);
        }
        return 0;
    }
}

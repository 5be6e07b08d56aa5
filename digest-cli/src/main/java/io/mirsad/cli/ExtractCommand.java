package io.mirsad.cli;

import io.mirsad.export.AtomicFiles;
import io.mirsad.pdf.EmbeddedDigest;
import io.mirsad.pdf.EmbeddedDigestException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mirsad extract EDITION.pdf [-o DIGEST.json]}: the digest a PDF edition carries inside it. */
@Command(name = "extract", description = "Read back the digest JSON embedded in a PDF edition.")
final class ExtractCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "EDITION.pdf", description = "A PDF edition written by Mirsad.")
    Path edition;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "DIGEST.json",
            description = "Write here instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        String json;
        try {
            json = EmbeddedDigest.json(edition);
        } catch (EmbeddedDigestException e) {
            throw new ErrorReporter.InputException(e.getMessage(), e);
        } catch (IOException e) {
            throw DigestInput.ioFailure(edition, e);
        }
        if (output == null) {
            spec.commandLine().getOut().print(json);
            spec.commandLine().getOut().flush();
        } else {
            AtomicFiles.write(output, out -> out.write(json.getBytes(StandardCharsets.UTF_8)));
        }
        return 0;
    }
}

package io.mirsad.cli;

import io.mirsad.export.AtomicFiles;
import io.mirsad.pdf.EmbeddedDigest;
import io.mirsad.pdf.EmbeddedDigestException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mirsad extract EDITION.pdf [-o DIGEST.json]}: the digest a PDF edition carries inside it. A volume
 * carries one per part: {@code -o DIR} writes them all there under their embedded names
 * ({@code digest-1.json}…), {@code --list} names them.
 */
@Command(name = "extract", description = "Read back the digest JSON embedded in a PDF edition (or each of a volume's).")
final class ExtractCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "EDITION.pdf", description = "A PDF edition or volume written by Mirsad.")
    Path edition;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "DIGEST.json|DIR",
            description = "Write here instead of standard output; for a volume, the directory to write its digests in.")
    Path output;

    @Option(names = "--list", description = "Only list the embedded digests' file names, one a line.")
    boolean list;

    @Override
    public Integer call() throws IOException {
        Map<String, String> digests;
        try {
            digests = EmbeddedDigest.all(edition);
        } catch (EmbeddedDigestException e) {
            throw new ErrorReporter.InputException(e.getMessage(), e);
        } catch (IOException e) {
            throw DigestInput.ioFailure(edition, e);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            digests.keySet().forEach(out::println);
        } else if (digests.size() == 1) {
            String json = digests.values().iterator().next();
            if (output == null) {
                out.print(json);
            } else {
                AtomicFiles.write(output, o -> o.write(json.getBytes(StandardCharsets.UTF_8)));
            }
        } else if (output == null) {
            throw new ErrorReporter.UsageException(edition + " is a volume carrying " + digests.size()
                    + " digests: give -o DIR to write them all there, or --list to name them");
        } else {
            Files.createDirectories(output);
            for (Map.Entry<String, String> digest : digests.entrySet()) {
                String name = digest.getKey();
                if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
                    // the names come from the file: never let one lead out of the directory
                    throw new ErrorReporter.InputException(
                            edition + ": an embedded digest is named '" + name + "', which is no plain file name",
                            null);
                }
                Path file = output.resolve(name);
                AtomicFiles.write(file, o -> o.write(digest.getValue().getBytes(StandardCharsets.UTF_8)));
                out.println(file);
            }
        }
        out.flush();
        return 0;
    }
}

package io.mirsad.cli;

import io.mirsad.export.DigestExporter;
import io.mirsad.export.ExporterRegistry;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code mirsad formats}: the exporters found on the class path. */
@Command(name = "formats", description = "List the installed output formats.")
final class FormatsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        for (DigestExporter e : ExporterRegistry.load().exporters()) {
            spec.commandLine().getOut().printf("%-6s %-45s .%s%n", e.format(), e.mediaType(), e.fileExtension());
        }
        return 0;
    }
}

package io.mirsad.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code mirsad} command. Exit codes: 0 success, 1 bad input or failed export, 2 usage error. */
@Command(
        name = "mirsad",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Publishes Arabic news digests as PDF, DOCX and EPUB editions.",
        subcommands = {
            ImportCommand.class,
            RenderCommand.class,
            BatchCommand.class,
            AnthologyCommand.class,
            ExtractCommand.class,
            FormatsCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Mirsad implements Runnable {

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT, description = "Print stack traces for errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(), "name a command: import, render, batch, anthology, extract or formats");
    }

    /** Runs the command line and returns its exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        Mirsad root = new Mirsad();
        CommandLine cli = new CommandLine(root);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new ErrorReporter(root));
        cli.setParameterExceptionHandler(ErrorReporter::usage);
        return cli.execute(args);
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        // PDFBox logs through commons-logging, whose discovery would load Log4j's API and its bridge to
        // SLF4J (some 130 classes on every start) only for SLF4J to drop the messages: drop them at once.
        System.setProperty("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.LogFactoryImpl");
        System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog");
        PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
        System.exit(run(out, err, args));
    }
}

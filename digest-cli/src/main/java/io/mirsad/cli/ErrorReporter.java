package io.mirsad.cli;

import io.mirsad.digest.text.Printable;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Turns failures into one line on standard error: which file, what is wrong. */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {
    static final int BAD_INPUT = 1;
    static final int USAGE = 2;

    private final Mirsad root;

    ErrorReporter(Mirsad root) {
        this.root = root;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        if (e instanceof UsageException) {
            err.println("mirsad: " + Printable.escape(e.getMessage()));
            return USAGE;
        }
        String message = e instanceof InputException
                ? e.getMessage()
                : "internal error: " + e.getClass().getSimpleName() + ": " + e.getMessage()
                        + (root.debug ? "" : " (run with --debug for details)");
        err.println("mirsad: " + Printable.escape(message));
        if (root.debug) {
            (e instanceof InputException && e.getCause() != null ? e.getCause() : e).printStackTrace(err);
        }
        return BAD_INPUT;
    }

    static int usage(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println("mirsad: " + Printable.escape(e.getMessage()));
        err.println("Try 'mirsad "
                + (e.getCommandLine().getCommandName().equals("mirsad")
                        ? ""
                        : e.getCommandLine().getCommandName() + " ")
                + "--help'.");
        return USAGE;
    }

    /** Bad input: the message already names the file and the problem. */
    static final class InputException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InputException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A usage mistake found after parsing, such as an unknown format. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}

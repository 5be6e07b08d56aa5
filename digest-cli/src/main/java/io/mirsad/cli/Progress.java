package io.mirsad.cli;

import io.mirsad.batch.BatchListener;
import io.mirsad.batch.FileResult;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows a batch's progress on standard error: a progress bar (files done of all, rate, time left, editions
 * written, failures) when it is a terminal, otherwise one plain line per file, which suits logs.
 */
abstract class Progress implements BatchListener, AutoCloseable {
    int editions;
    int failures;
    private final java.util.List<String> warnings = new java.util.ArrayList<>();

    static Progress forStandardError(PrintWriter err, String task) {
        return stderrIsTerminal() ? new Bar(task) : new Lines(err);
    }

    @Override
    public void finished(FileResult result) {
        editions += (int) result.written();
        failures += result.failures().size();
        warnings.addAll(result.warnings().stream()
                .map(w -> result.input() + ": warning: " + w)
                .toList());
    }

    /** Every warning so far, one line each naming the file and format, for the end of the run. */
    java.util.List<String> warnings() {
        return warnings;
    }

    @Override
    public void close() {}

    /**
     * Whether standard error is a terminal. Java 17 cannot ask about one stream, so on Linux look at what
     * descriptor 2 is; elsewhere fall back to whether the process has a console at all.
     */
    private static boolean stderrIsTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        try {
            if (Files.exists(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (java.io.IOException | UnsupportedOperationException e) {
            // Fall through to the console check.
        }
        return consoleAttached();
    }

    // Reached only where /proc cannot tell; on Java 22 and later a console is there even without a terminal.
    @SuppressWarnings("SystemConsoleNull")
    private static boolean consoleAttached() {
        return System.console() != null;
    }

    /** The terminal form: a progress bar redrawn in place. */
    private static final class Bar extends Progress {
        private final String task;
        private ProgressBar bar;

        Bar(String task) {
            this.task = task;
        }

        @Override
        public void started(int files, int problems) {
            bar = new ProgressBarBuilder()
                    .setTaskName(task)
                    .setInitialMax(files)
                    .setUnit(" files", 1)
                    .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                    .showSpeed()
                    .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true)))
                    .build();
        }

        @Override
        public void finished(FileResult result) {
            super.finished(result);
            bar.step();
            bar.setExtraMessage(editions + " editions, " + failures + " failures");
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }

    /** The plain form: a line per file. */
    private static final class Lines extends Progress {
        private final PrintWriter err;
        private int total;
        private int done;

        Lines(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void started(int files, int problems) {
            total = files;
        }

        @Override
        public void finished(FileResult result) {
            super.finished(result);
            done++;
            err.printf(
                    "[%d/%d] %s: %s%n",
                    done,
                    total,
                    result.input(),
                    result.succeeded()
                            ? result.written() + " written, "
                                    + (result.editions().size() - result.written()) + " up to date"
                            : result.failures().size() + (result.failures().size() == 1 ? " failure" : " failures"));
        }
    }
}

package io.mirsad.batch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of a batch.
 *
 * @param files     every input file rendered, in input order
 * @param problems  inputs left out before rendering (missing, unreadable, duplicates…)
 * @param elapsed   wall-clock time
 * @param cancelled whether the batch was cancelled before every file was done
 */
public record BatchReport(List<FileResult> files, List<Failure> problems, Duration elapsed, boolean cancelled) {
    public BatchReport {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }

    /** Every failure: inputs left out, then per file, in input order. */
    public List<Failure> failures() {
        List<Failure> all = new ArrayList<>(problems);
        files.forEach(f -> all.addAll(f.failures()));
        return all;
    }

    /** Whether every input was rendered in every format and the batch ran to the end. */
    public boolean succeeded() {
        return !cancelled && failures().isEmpty();
    }

    /** Editions written this time. */
    public long written() {
        return files.stream().mapToLong(FileResult::written).sum();
    }

    /** Editions already up to date or unchanged. */
    public long unchanged() {
        return files.stream().mapToLong(f -> f.editions().size() - f.written()).sum();
    }
}

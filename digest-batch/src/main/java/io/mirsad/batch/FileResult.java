package io.mirsad.batch;

import java.nio.file.Path;
import java.util.List;

/**
 * What a batch did with one input file.
 *
 * @param input    the input file
 * @param editions its edition files, written or left alone
 * @param failures what failed: reading it, or some of its formats
 * @param warnings what the exporters warned about, each line naming the format
 */
public record FileResult(Path input, List<EditionResult> editions, List<Failure> failures, List<String> warnings) {
    public FileResult {
        warnings = List.copyOf(warnings);
        editions = List.copyOf(editions);
        failures = List.copyOf(failures);
    }

    public boolean succeeded() {
        return failures.isEmpty();
    }

    /** How many editions were written this time. */
    public long written() {
        return editions.stream()
                .filter(e -> e.status() == EditionResult.Status.WRITTEN)
                .count();
    }
}

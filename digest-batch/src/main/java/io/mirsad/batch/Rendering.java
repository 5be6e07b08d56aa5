package io.mirsad.batch;

import java.util.List;

/**
 * What rendering one input gave: the editions that succeeded and the failures, by format. An input that
 * could not be read has no editions and one failure without a format.
 *
 * @param input    the input's name
 * @param editions the editions, in the renderer's format order
 * @param failures what failed
 */
public record Rendering(String input, List<Edition> editions, List<Failure> failures) {
    public Rendering {
        editions = List.copyOf(editions);
        failures = List.copyOf(failures);
    }

    /** Whether every format succeeded. */
    public boolean succeeded() {
        return failures.isEmpty();
    }
}

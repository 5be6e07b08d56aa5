package io.mirsad.batch;

import java.util.Objects;

/**
 * Something that went wrong with one input, collected rather than thrown so that the rest go on.
 *
 * @param input   the input's name
 * @param format  the format that failed, or {@code null} when the input itself could not be read
 * @param message what is wrong, naming the input (and line) as the reader or exporter reported it
 */
public record Failure(String input, String format, String message) {
    public Failure {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return message;
    }
}

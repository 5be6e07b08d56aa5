package io.mirsad.batch;

import java.util.List;

/** An anthology was not written: the message says why, and {@link #problems()} lists each bad input. */
public final class AnthologyException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Failure> problems;

    public AnthologyException(String message, List<Failure> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    /** Every bad input, in input order. */
    public List<Failure> problems() {
        return problems;
    }
}

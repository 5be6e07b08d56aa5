package io.mirsad.batch;

/** An input cannot be read as a digest. The message names the input, the line where known, and what is wrong. */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }

    public InputException(String message) {
        super(message);
    }
}

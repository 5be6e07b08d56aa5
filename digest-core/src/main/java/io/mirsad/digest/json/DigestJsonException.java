package io.mirsad.digest.json;

/**
 * A JSON document is not a valid digest. The message names the line and column (for syntax errors)
 * or the path of the offending field ({@code sections[2].headline}).
 */
public final class DigestJsonException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;

    public DigestJsonException(String message, int line, int column, Throwable cause) {
        super(message, cause);
        this.line = line;
        this.column = column;
    }

    /** The 1-based line of the error, or -1 when the error is about content rather than syntax. */
    public int line() {
        return line;
    }

    /** The 1-based column of the error, or -1. */
    public int column() {
        return column;
    }
}

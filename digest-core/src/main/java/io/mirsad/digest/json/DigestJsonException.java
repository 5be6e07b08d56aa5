package io.mirsad.digest.json;

/**
 * A JSON document is not a valid digest. The message names the line and column (for syntax errors)
 * or the path of the offending field ({@code sections[2].headline}).
 */
public final class DigestJsonException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String reason;
    private final int line;
    private final int column;

    /**
     * @param reason what is wrong; the message puts the line and column, when known, in front of it
     * @param line   the 1-based line, or -1
     * @param column the 1-based column, or -1
     */
    public DigestJsonException(String reason, int line, int column, Throwable cause) {
        super(line > 0 ? "line " + line + ", column " + column + ": " + reason : reason, cause);
        this.reason = reason;
        this.line = line;
        this.column = column;
    }

    /** What is wrong, without the place: for callers that name the place their own way ({@code file:3:14}). */
    public String reason() {
        return reason;
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

package io.mirsad.digest.importer;

/** A page that cannot be made into a digest: empty, undecodable, or without a body. */
public class PageImportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PageImportException(String message) {
        super(message);
    }

    public PageImportException(String message, Throwable cause) {
        super(message, cause);
    }
}

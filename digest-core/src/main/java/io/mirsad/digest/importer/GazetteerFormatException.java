package io.mirsad.digest.importer;

/** A gazetteer file (TSV or JSON) that cannot be read; the message names the file and the line. */
public class GazetteerFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public GazetteerFormatException(String message) {
        super(message);
    }

    public GazetteerFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}

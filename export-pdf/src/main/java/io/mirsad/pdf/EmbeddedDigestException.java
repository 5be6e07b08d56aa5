package io.mirsad.pdf;

import java.io.IOException;

/** A file that is not a PDF, or a PDF that carries no digest, was given where an edition was expected. */
public final class EmbeddedDigestException extends IOException {
    public EmbeddedDigestException(String message) {
        super(message);
    }

    public EmbeddedDigestException(String message, Throwable cause) {
        super(message, cause);
    }
}

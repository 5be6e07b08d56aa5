package io.mirsad.batch;

import java.nio.file.Path;

/**
 * One edition file of a batch.
 *
 * @param format the format
 * @param target the file
 * @param status what happened to it
 * @param sha256 its contents' SHA-256
 */
public record EditionResult(String format, Path target, Status status, String sha256) {
    /** What a batch did with an edition file. */
    public enum Status {
        /** Rendered and written: it was missing or different. */
        WRITTEN,
        /** Rendered, but the file already held exactly these bytes, so it was left alone. */
        UNCHANGED,
        /** Not rendered: the input, settings and file are those of the last run. */
        UP_TO_DATE
    }
}

package io.mirsad.batch;

/**
 * Hears how a batch goes, to show progress. Calls come from the batch's worker threads but never two at
 * once, so an implementation needs no locking of its own; keep them quick.
 */
public interface BatchListener {
    /** No-op listener. */
    BatchListener NONE = new BatchListener() {};

    /** The batch is about to render {@code files} files ({@code problems} inputs were left out already). */
    default void started(int files, int problems) {}

    /** One file is done, well or badly. */
    default void finished(FileResult result) {}
}

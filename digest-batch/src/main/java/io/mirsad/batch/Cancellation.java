package io.mirsad.batch;

/**
 * Asks a running batch or anthology to stop. Work already under way finishes (nothing is left
 * half-written); nothing new starts. Safe to call from any thread.
 */
public final class Cancellation {
    private volatile boolean cancelled;

    /** Stops the work this was given to, as soon as what is under way has finished. */
    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }
}

package io.mirsad.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/** Writes files so that a failure never leaves a half-written one behind. */
public final class AtomicFiles {
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private AtomicFiles() {}

    /** Something that writes bytes to a stream. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code target} through a temporary file in the same folder, moved into place on success
     * and deleted on failure.
     */
    public static void write(Path target, Writer writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw new FileSystemException(target.toString(), null, "is a directory");
        }
        Files.createDirectories(dir);
        // Not Files.createTempFile: its owner-only permissions would stay on the finished file.
        Path tmp = dir.resolve("." + absolute.getFileName() + "."
                + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet() + ".part");
        try {
            try (OutputStream out = new BufferedOutputStream(
                    Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
                writer.writeTo(out);
            }
            try {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}

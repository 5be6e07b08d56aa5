package io.mirsad.export;

import io.mirsad.digest.text.Printable;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Says why a file operation failed in words, for messages that already name the file: the JDK's own
 * messages for file-system errors are often just the path again ({@code out/file.txt}).
 */
public final class IoMessages {
    private IoMessages() {}

    /** The reason, e.g. {@code no such file}, {@code permission denied}, {@code is a directory}. */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof FileAlreadyExistsException f) {
            return f.getFile() == null ? "exists" : f.getFile() + " is not a directory";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return Printable.escape(f.getReason()).toLowerCase(java.util.Locale.ROOT);
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : Printable.escape(message);
    }
}

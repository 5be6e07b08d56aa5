package io.mirsad.spark.internal;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.UUID;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Files on any Hadoop file system (HDFS, S3A, a local folder), written so that no reader ever sees half
 * of one: the bytes go to a hidden temporary name beside the target, then are renamed into place.
 */
public final class HadoopFiles {
    private HadoopFiles() {}

    /**
     * Puts {@code bytes} at {@code target} unless it already holds exactly them. Two writers of the same
     * bytes (a retried or speculative task) both succeed and leave one whole file.
     *
     * @return whether the file was written; {@code false} if it already held these bytes
     */
    public static boolean write(FileSystem fs, Path target, byte[] bytes) throws IOException {
        if (holds(fs, target, bytes)) {
            return false;
        }
        // Hidden ('.'), so Hadoop input formats and a re-run's listing skip a temporary left by a killed task.
        Path tmp = new Path(target.getParent(), "." + target.getName() + "." + UUID.randomUUID() + ".tmp");
        boolean moved = false;
        try {
            try (OutputStream out = fs.create(tmp, false)) {
                out.write(bytes);
            }
            moved = fs.rename(tmp, target);
            if (moved) {
                return true;
            }
            // Most file systems refuse to rename over a file: another attempt may have just written it.
            if (holds(fs, target, bytes)) {
                return false;
            }
            // Older bytes (other settings, an older version): replace them.
            fs.delete(target, false);
            moved = fs.rename(tmp, target);
            if (!moved) {
                throw new IOException("cannot rename " + tmp + " to " + target);
            }
            return true;
        } finally {
            if (!moved) {
                fs.delete(tmp, false);
            }
        }
    }

    /** Reads a whole file. */
    public static byte[] read(FileSystem fs, Path file) throws IOException {
        try (InputStream in = fs.open(file)) {
            return in.readAllBytes();
        }
    }

    private static boolean holds(FileSystem fs, Path target, byte[] bytes) throws IOException {
        FileStatus status;
        try {
            status = fs.getFileStatus(target);
        } catch (FileNotFoundException e) {
            return false;
        }
        // One metadata call for a new edition; the bytes are read only when the size matches.
        return status.getLen() == bytes.length && Arrays.equals(read(fs, target), bytes);
    }
}

package io.mirsad.spark;

import io.mirsad.spark.internal.ArchiveListing;
import java.io.Serializable;
import java.util.Objects;

/**
 * One digest of an archive as a Spark record.
 *
 * @param input where it came from, such as {@code hdfs://nn/archive/2025/observatory-2025-03-01.json}:
 *              messages and the results table name it
 * @param name  its path relative to the archive's root, such as {@code 2025/observatory-2025-03-01.json}:
 *              its extension says what the bytes are, and its editions go to the same path under the
 *              output with their own extensions
 * @param bytes the digest JSON or page text; not copied
 */
public record ArchiveInput(String input, String name, byte[] bytes) implements Serializable {
    private static final long serialVersionUID = 1L;

    public ArchiveInput {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
    }

    /** {@link #name()} without its extension: where the editions go, each with its own extension. */
    public String outputStem() {
        return ArchiveListing.stem(name);
    }
}

package io.mirsad.batch.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.mirsad.export.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the last batch into a folder rendered: for each edition file, the hash of its input, of the
 * settings it was rendered with, and of its bytes. Since the same input and settings always give the same
 * bytes, an edition whose three hashes still match is up to date without rendering it again; a file
 * changed by hand no longer matches and is rendered anew. Kept in {@code .mirsad-batch.json} in the output
 * folder. Safe to use from many threads.
 */
public final class Manifest {
    /** The manifest's file name in the output folder. */
    public static final String FILE_NAME = ".mirsad-batch.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** One edition as rendered: hashes of input, settings and output. */
    public record Entry(String input, String settings, String output) {}

    private final Path file;
    private final Map<String, Entry> entries;

    private Manifest(Path file, Map<String, Entry> entries) {
        this.file = file;
        this.entries = new ConcurrentHashMap<>(entries);
    }

    /** The manifest in {@code outputDir}; empty when there is none or it cannot be read (everything renders). */
    public static Manifest load(Path outputDir) {
        Path file = outputDir.resolve(FILE_NAME);
        Map<String, Entry> entries = new TreeMap<>();
        try {
            Stored stored = JSON.readValue(Files.readAllBytes(file), Stored.class);
            if (stored.editions != null) {
                entries.putAll(stored.editions);
            }
        } catch (NoSuchFileException e) {
            // First batch into this folder.
        } catch (IOException e) {
            // A damaged manifest only costs a full render; the editions are checked again by content.
        }
        return new Manifest(file, entries);
    }

    /** The entry of an edition file, keyed by its path relative to the output folder. */
    public Entry get(String edition) {
        return entries.get(edition);
    }

    public void put(String edition, Entry entry) {
        entries.put(edition, entry);
    }

    /** Writes the manifest, all or nothing. */
    public void save() throws IOException {
        Stored stored = new Stored();
        stored.editions = new TreeMap<>(entries);
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    /** The manifest's JSON form. */
    static final class Stored {
        public int version = 1;
        public Map<String, Entry> editions;
    }
}

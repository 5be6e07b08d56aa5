package io.mirsad.spark.internal;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The digests under an archive's root on any Hadoop file system: {@code .json} and {@code .txt} files,
 * searched recursively, skipping names Hadoop treats as hidden ({@code .}, {@code _}), in name order.
 * One flat listing ({@link FileSystem#listFiles}), which object stores such as S3A answer in pages
 * rather than folder by folder.
 */
public final class ArchiveListing {
    private ArchiveListing() {}

    /**
     * One file to render.
     *
     * @param path    its full path
     * @param name    its path under the root
     * @param problem why it cannot be rendered, or {@code null}
     */
    public record Entry(String path, String name, String problem) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * Lists an archive: a folder, or a single file.
     *
     * @throws IOException if the root does not exist or cannot be listed
     */
    public static List<Entry> list(String root, Configuration conf) throws IOException {
        Path path = new Path(root);
        FileSystem fs = path.getFileSystem(conf);
        Path qualified = fs.makeQualified(path);
        FileStatus status = fs.getFileStatus(qualified);
        List<Entry> entries = new ArrayList<>();
        if (status.isFile()) {
            entries.add(new Entry(qualified.toString(), qualified.getName(), null));
            return entries;
        }
        String prefix = qualified.toUri().getPath().replaceAll("/+$", "") + "/";
        RemoteIterator<LocatedFileStatus> files = fs.listFiles(qualified, true);
        while (files.hasNext()) {
            Path file = files.next().getPath();
            String name = file.toUri().getPath().substring(prefix.length());
            if (!hidden(name) && supported(name)) {
                entries.add(new Entry(file.toString(), name, null));
            }
        }
        entries.sort(Comparator.comparing(Entry::name));
        return withClashes(entries);
    }

    /** {@code a.json} and {@code a.txt} would write the same {@code a.pdf}: the second is refused. */
    private static List<Entry> withClashes(List<Entry> entries) {
        Map<String, Entry> stems = new HashMap<>();
        List<Entry> checked = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            Entry first = stems.putIfAbsent(stem(e.name()), e);
            checked.add(
                    first == null
                            ? e
                            : new Entry(
                                    e.path(),
                                    e.name(),
                                    e.name() + ": its editions would overwrite" + " those of " + first.name()
                                            + " (same name, other extension); rename one"));
        }
        return checked;
    }

    /** A path without its last extension. */
    public static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > name.lastIndexOf('/') + 1 ? name.substring(0, dot) : name;
    }

    private static boolean hidden(String name) {
        for (String segment : name.split("/")) {
            if (segment.startsWith(".") || segment.startsWith("_")) {
                return true;
            }
        }
        return false;
    }

    private static boolean supported(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".json") || lower.endsWith(".txt");
    }
}

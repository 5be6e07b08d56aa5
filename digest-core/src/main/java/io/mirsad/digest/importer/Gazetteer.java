package io.mirsad.digest.importer;

import io.mirsad.digest.internal.importer.GazetteerReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The institutions a {@link PageImporter} recognises by name. Immutable and safe to share.
 *
 * <pre>{@code
 * Gazetteer mine = Gazetteer.builder()
 *         .addAll(Gazetteer.defaults())
 *         .add(GazetteerEntry.of("nile-forum", "منتدى النيل للسياسات"))
 *         .addAll(Gazetteer.load(Path.of("my-institutes.tsv")))
 *         .build();
 * }</pre>
 *
 * <p>Files are TSV or JSON, told apart by their extension. A TSV file starts with the header line
 * {@code id	kind	name	variants	nameLatin	acronyms	url}; lists inside a cell are separated by
 * {@code |}; lines starting with {@code #} are comments. A JSON file is an array of objects with the
 * same fields ({@code variants} and {@code acronyms} as arrays). {@code kind} is a source kind's JSON
 * name ({@code think-tank}, {@code news-agency}, {@code government}, {@code other}).
 */
public final class Gazetteer {
    private final List<GazetteerEntry> entries;

    private Gazetteer(Collection<GazetteerEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * The bundled gazetteer: well-known think tanks and research institutes worldwide and in the
     * Arab world, with their Arabic names, common spellings, Latin names, acronyms and web sites.
     */
    public static Gazetteer defaults() {
        return Defaults.GAZETTEER;
    }

    /** A gazetteer with no entries: the importer then only finds institutions the text names after a reporting phrase. */
    public static Gazetteer empty() {
        return new Gazetteer(List.of());
    }

    /**
     * Reads entries from a {@code .tsv} or {@code .json} file.
     *
     * @throws GazetteerFormatException naming the file and line when the content is malformed
     */
    public static Gazetteer load(Path file) throws IOException {
        return new Gazetteer(GazetteerReader.read(file));
    }

    /** Starts an empty gazetteer. */
    public static Builder builder() {
        return new Builder();
    }

    /** The entries, in the order they were added. */
    public List<GazetteerEntry> entries() {
        return entries;
    }

    /** The entry with the given id. */
    public Optional<GazetteerEntry> entry(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** How many entries there are. */
    public int size() {
        return entries.size();
    }

    /** Loads the bundled entries once, on first use. */
    private static final class Defaults {
        private static final String RESOURCE = "/io/mirsad/digest/importer/gazetteer.tsv";
        static final Gazetteer GAZETTEER = load();

        private static Gazetteer load() {
            try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("resource " + RESOURCE + " is missing from the jar");
                }
                return new Gazetteer(GazetteerReader.readTsv(in, "gazetteer.tsv"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Builds a {@link Gazetteer}. An entry whose id is already present replaces the earlier one in place. */
    public static final class Builder {
        private final Map<String, GazetteerEntry> entries = new LinkedHashMap<>();

        private Builder() {}

        public Builder add(GazetteerEntry entry) {
            Objects.requireNonNull(entry, "entry");
            entries.put(entry.id(), entry);
            return this;
        }

        public Builder addAll(Collection<GazetteerEntry> entries) {
            entries.forEach(this::add);
            return this;
        }

        public Builder addAll(Gazetteer gazetteer) {
            return addAll(gazetteer.entries());
        }

        public Gazetteer build() {
            return new Gazetteer(new ArrayList<>(entries.values()));
        }
    }
}

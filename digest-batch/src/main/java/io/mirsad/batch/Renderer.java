package io.mirsad.batch;

import io.mirsad.digest.Digest;
import io.mirsad.export.DigestExporter;
import io.mirsad.export.ExportException;
import io.mirsad.export.ExportOptions;
import io.mirsad.export.ExportWarning;
import io.mirsad.export.ExporterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Renders one input to editions in memory: the one render path that the command line, a batch and a
 * cluster job share. It holds no state between calls; its exporters are loaded once and shared, so one
 * renderer serves any number of threads.
 *
 * <pre>{@code
 * Renderer renderer = Renderer.builder().formats("pdf", "epub").build();
 * Rendering r = renderer.render(new Input("observatory.json", bytes));
 * for (Edition e : r.editions()) store(e.format(), e.bytes(), e.sha256());
 * r.failures().forEach(System.err::println);
 * }</pre>
 */
public final class Renderer {
    private final DigestReader reader;
    private final Map<String, DigestExporter> exporters;
    private final ExportOptions options;
    /** The files' hashes by what {@code stat} says of them, so that a file is hashed again only once it changed. */
    private final Map<FileStamp, String> fileHashes = new ConcurrentHashMap<>();

    private Renderer(DigestReader reader, Map<String, DigestExporter> exporters, ExportOptions options) {
        this.reader = reader;
        this.exporters = exporters;
        this.options = options;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The format names this renderer writes, in order. */
    public List<String> formats() {
        return List.copyOf(exporters.keySet());
    }

    /** The exporters, in format order. */
    public List<DigestExporter> exporters() {
        return List.copyOf(exporters.values());
    }

    /** The exporter of one of this renderer's formats. */
    public DigestExporter exporter(String format) {
        DigestExporter exporter = exporters.get(format);
        if (exporter == null) {
            throw new IllegalArgumentException("not one of this renderer's formats: " + format);
        }
        return exporter;
    }

    /** The reader inputs go through. */
    public DigestReader reader() {
        return reader;
    }

    /** The options every export is given; warnings are collected in each {@link Edition} instead of heard. */
    public ExportOptions options() {
        return options;
    }

    /** This renderer limited to some of its formats, sharing its exporters. */
    public Renderer only(Collection<String> formats) {
        Map<String, DigestExporter> subset = new LinkedHashMap<>();
        exporters.forEach((format, exporter) -> {
            if (formats.contains(format)) {
                subset.put(format, exporter);
            }
        });
        return new Renderer(reader, subset, options);
    }

    /**
     * Reads and renders one input in every format. Never throws for bad input or a failed format:
     * those become the rendering's failures.
     */
    public Rendering render(Input input) {
        Digest digest;
        try {
            digest = reader.read(input);
        } catch (InputException e) {
            return new Rendering(input.name(), List.of(), List.of(new Failure(input.name(), null, e.getMessage())));
        }
        return render(input.name(), digest);
    }

    /** Renders a digest already read, in every format; {@code name} labels the failures. */
    public Rendering render(String name, Digest digest) {
        List<Edition> editions = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        for (DigestExporter exporter : exporters.values()) {
            try {
                List<ExportWarning> warnings = new ArrayList<>();
                byte[] bytes = export(exporter, digest, options.withWarnings(warnings::add));
                editions.add(Edition.of(exporter.format(), exporter.fileExtension(), bytes, warnings));
            } catch (ExportException e) {
                failures.add(new Failure(
                        name, exporter.format(), name + ": cannot write " + exporter.format() + ": " + e.getMessage()));
            } catch (RuntimeException e) {
                // A bug in one exporter on one digest must not stop the others: report it as such.
                failures.add(new Failure(
                        name, exporter.format(), name + ": internal error writing " + exporter.format() + ": " + e));
            }
        }
        return new Rendering(name, editions, failures);
    }

    private static byte[] export(DigestExporter exporter, Digest digest, ExportOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try {
            exporter.export(digest, options, out);
        } catch (IOException e) {
            // Only the exporter itself can fail here: the stream is in memory.
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A fingerprint of everything besides the input's bytes that decides an edition's bytes: the format,
     * the exporter's class and version, the options and the bytes of the files they name (fallback fonts, a
     * cover, a style sheet: {@link DigestExporter#filesRead}), and how an input of this name is read
     * ({@link DigestReader#fingerprint(String)}: its date and, for page text, the importer's gazetteer).
     * Two renderings of the same bytes under the same name and fingerprint give the same edition.
     */
    public String fingerprint(String format, String inputName) {
        DigestExporter exporter = exporter(format);
        String version = exporter.getClass().getPackage().getImplementationVersion();
        return Sha256.hex(format + "\n" + exporter.getClass().getName() + "\n" + (version == null ? "dev" : version)
                + "\n" + options.asMap() + "\n" + reader.fingerprint(inputName)
                + filesRead(exporter));
    }

    /** Each file the options name for {@code exporter}, with the hash of its bytes; nothing when they name none. */
    private String filesRead(DigestExporter exporter) {
        StringBuilder hashes = new StringBuilder();
        for (Path file : Stream.concat(options.fallbackFonts().stream(), exporter.filesRead(options).stream())
                .toList()) {
            String hash;
            try {
                FileStamp stamp = FileStamp.of(file);
                hash = fileHashes.get(stamp);
                if (hash == null) {
                    hash = Sha256.hex(file);
                    fileHashes.put(stamp, hash);
                }
            } catch (IOException e) {
                // The export fails on it with its own message; once readable, the file counts by its bytes.
                hash = "unreadable";
            }
            hashes.append('\n').append(file).append(' ').append(hash);
        }
        return hashes.toString();
    }

    /** A file as {@code stat} sees it: a change of size or time means its bytes must be hashed again. */
    private record FileStamp(Path file, long size, FileTime modified) {
        static FileStamp of(Path file) throws IOException {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileStamp(file.toAbsolutePath(), a.size(), a.lastModifiedTime());
        }
    }

    /** Configures a {@link Renderer}. */
    public static final class Builder {
        private DigestReader reader = DigestReader.defaults();
        private ExporterRegistry registry;
        private List<String> formats = List.of();
        private ExportOptions options = ExportOptions.defaults();

        private Builder() {}

        /** How inputs are read; {@link DigestReader#defaults()} unless set. */
        public Builder reader(DigestReader reader) {
            this.reader = Objects.requireNonNull(reader, "reader");
            return this;
        }

        /** Where exporters come from; {@link ExporterRegistry#load()} unless set. */
        public Builder registry(ExporterRegistry registry) {
            this.registry = Objects.requireNonNull(registry, "registry");
            return this;
        }

        /** The formats to write, in order; every installed one unless set. */
        public Builder formats(String... formats) {
            return formats(List.of(formats));
        }

        /** The formats to write, in order; every installed one unless set. */
        public Builder formats(List<String> formats) {
            this.formats = List.copyOf(formats);
            return this;
        }

        public Builder options(ExportOptions options) {
            this.options = Objects.requireNonNull(options, "options");
            return this;
        }

        /**
         * The renderer, its exporters loaded now.
         *
         * @throws ExportException if a format is not installed, or none is, or an option is one no
         *                         installed exporter reads
         */
        public Renderer build() {
            ExporterRegistry r = registry != null ? registry : ExporterRegistry.load();
            r.checkKeys(options);
            Map<String, DigestExporter> chosen = new LinkedHashMap<>();
            for (DigestExporter e : formats.isEmpty()
                    ? r.exporters()
                    : formats.stream().map(f -> r.require(f.trim())).toList()) {
                chosen.putIfAbsent(e.format(), e);
            }
            if (chosen.isEmpty()) {
                throw new ExportException("no output formats are installed");
            }
            return new Renderer(reader, Collections.unmodifiableMap(chosen), options);
        }
    }
}

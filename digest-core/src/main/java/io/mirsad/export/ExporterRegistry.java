package io.mirsad.export;

import io.mirsad.digest.text.NearestName;
import io.mirsad.digest.text.Printable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The exporters installed on the class path, found through {@link ServiceLoader}. */
public final class ExporterRegistry {
    private final TreeMap<String, DigestExporter> byFormat = new TreeMap<>();

    private ExporterRegistry(Iterable<DigestExporter> exporters) {
        for (DigestExporter e : exporters) {
            byFormat.putIfAbsent(e.format().toLowerCase(Locale.ROOT), e);
        }
    }

    /** The exporters visible to this class's class loader. */
    public static ExporterRegistry load() {
        return load(ExporterRegistry.class.getClassLoader());
    }

    /** The exporters visible to {@code loader}. */
    public static ExporterRegistry load(ClassLoader loader) {
        return new ExporterRegistry(ServiceLoader.load(DigestExporter.class, loader));
    }

    /** A registry of exactly these exporters. */
    public static ExporterRegistry of(DigestExporter... exporters) {
        return new ExporterRegistry(List.of(exporters));
    }

    /** Every installed exporter, sorted by format name. */
    public List<DigestExporter> exporters() {
        return List.copyOf(byFormat.values());
    }

    /** The installed format names, sorted. */
    public List<String> formats() {
        return List.copyOf(byFormat.keySet());
    }

    /** The exporter for a format name, in any case. */
    public Optional<DigestExporter> find(String format) {
        return Optional.ofNullable(byFormat.get(format.toLowerCase(Locale.ROOT)));
    }

    /**
     * Refuses an option no installed exporter reads, naming the nearest key one does: a misspelt key
     * would otherwise be ignored by every exporter but the one whose prefix it carries.
     *
     * @throws ExportException for the first unknown key, listing the known ones
     */
    public void checkKeys(ExportOptions options) {
        Set<String> known = new TreeSet<>(ExportOptions.SHARED_KEYS);
        byFormat.values().forEach(e -> known.addAll(e.optionKeys()));
        for (String key : options.asMap().keySet()) {
            if (!known.contains(key)) {
                throw new ExportException("unknown option " + Printable.escape(key) + NearestName.suggestion(key, known)
                        + "; known: " + String.join(", ", known));
            }
        }
    }

    /**
     * The exporter for a format name.
     *
     * @throws ExportException naming the installed formats if there is none for {@code format}
     */
    public DigestExporter require(String format) {
        return find(format)
                .orElseThrow(() -> new ExportException("no exporter for format '" + format
                        + "' is installed"
                        + (byFormat.isEmpty()
                                ? ""
                                : "; installed: " + byFormat.keySet().stream().collect(Collectors.joining(", ")))));
    }
}

package io.mirsad.spark;

import io.mirsad.batch.DigestReader;
import io.mirsad.batch.Renderer;
import io.mirsad.export.ExportOptions;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What decides an archive's editions besides its inputs: the formats, the exporter options, how inputs
 * are dated. It is all a task receives from the driver; each executor builds its {@link Renderer} from it
 * once, so fonts and exporters never travel in a closure.
 *
 * @param formats      the formats to write, in order; every installed one if empty
 * @param options      exporter options, as {@code mirsad render -O key=value} takes them
 * @param dateFromName whether an undated digest takes the first {@code YYYY-MM-DD} in its file name
 * @param published    the publication date of an input without one, or {@code null}
 */
public record RenderSettings(
        List<String> formats, Map<String, String> options, boolean dateFromName, LocalDate published)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    public RenderSettings {
        formats = List.copyOf(formats);
        // Sorted, so that equal settings are equal maps whatever order they were given in.
        options = Map.copyOf(new TreeMap<>(options));
    }

    /** Every installed format, default options, no dates from names. */
    public static RenderSettings defaults() {
        return new RenderSettings(List.of(), Map.of(), false, null);
    }

    /** These settings with other formats. */
    public RenderSettings withFormats(List<String> formats) {
        return new RenderSettings(formats, options, dateFromName, published);
    }

    /** A new renderer for these settings, as {@code mirsad batch} builds it from the same options. */
    public Renderer newRenderer() {
        ExportOptions.Builder exportOptions = ExportOptions.builder();
        options.forEach(exportOptions::set);
        return Renderer.builder()
                .reader(DigestReader.builder()
                        .dateFromName(dateFromName)
                        .published(published)
                        .build())
                .formats(formats)
                .options(exportOptions.build())
                .build();
    }
}

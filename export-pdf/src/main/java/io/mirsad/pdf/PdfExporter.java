package io.mirsad.pdf;

import io.mirsad.digest.Digest;
import io.mirsad.digest.Volume;
import io.mirsad.digest.text.DigitStyle;
import io.mirsad.export.DigestExporter;
import io.mirsad.export.ExportException;
import io.mirsad.export.ExportOptions;
import io.mirsad.export.VolumeExporter;
import io.mirsad.fonts.FontRegistry;
import io.mirsad.pdf.internal.layout.TypesetterEngine;
import io.mirsad.pdf.spi.PdfEngine;
import io.mirsad.pdf.spi.PdfEngineProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a digest as a print-ready PDF edition, typeset here: Arabic shaped exactly as HarfBuzz shapes it
 * (through the JDK's layout engine), lines broken over the whole paragraph and justified with wider spaces
 * and kashida, glyphs embedded by id with a ToUnicode map built from the shaping clusters so that the text
 * can be searched and copied.
 *
 * <p>Immutable and safe to share between threads. The no-argument constructor uses the bundled Amiri
 * faces and {@link PdfLayout#DEFAULT}; {@link #builder()} configures fonts and layout. Options given to
 * {@link #export(Digest, ExportOptions, OutputStream)} override the configured layout for that export:
 * <ul>
 *   <li>{@code pdf.paper}: {@code a4} (default), {@code a5}, {@code letter}, or e.g. {@code 170x240mm}</li>
 *   <li>{@code pdf.margins}: one length for every side or four ({@code top,right,bottom,left}), in points
 *       or with {@code mm}</li>
 *   <li>{@code pdf.columns}: {@code 1} (default) or {@code 2}</li>
 *   <li>{@code pdf.kashida}: {@code true} (default) or {@code false}</li>
 *   <li>{@code pdf.font-size}: body size in points (default 12)</li>
 *   <li>{@code pdf.bleed}: bleed around the page for a print shop, e.g. {@code 3mm} (default none, at most
 *       20 mm): the MediaBox grows, the TrimBox stays at the paper size, a BleedBox marks the bleed</li>
 *   <li>{@code pdf.crop-marks}: {@code true} to draw crop marks outside the trim (default {@code false})</li>
 *   <li>{@link ExportOptions#DIGITS}: {@code western} or {@code arabic-indic} digits for folios, dates and
 *       source numbers</li>
 *   <li>{@code pdf.engine}: {@code typesetter} (default, built in) or the name of an engine another module
 *       provides through {@link PdfEngineProvider}, such as {@code html} (module {@code export-pdf-html},
 *       a CSS-template engine on OpenHTMLtoPDF); the other options above apply to every engine</li>
 *   <li>{@link ExportOptions#FONTS_FALLBACK}: font files to try, after the bundled fallbacks, for
 *       characters no other face has</li>
 *   <li>{@code pdf.archival}: {@code true} (default) or {@code false}: whether the typesetter's edition claims
 *       PDF/A-3a and PDF/UA-1 in its metadata (and so does a volume)</li>
 * </ul>
 * The typesetter tags every edition (headings, paragraphs, lists, links, figures with their alternative text,
 * page furniture as artifacts), gives it an sRGB output intent, and embeds the digest's JSON, which
 * {@link EmbeddedDigest} reads back.
 * Characters the text face lacks are set in the first fallback face that has them (the bundled Noto Sans
 * and Noto Sans Hebrew, then any added). Characters a PDF/A file cannot hold as text (control characters,
 * unassigned code points, characters no face can draw) are left out and reported to the warning listener
 * ({@link ExportOptions#warnings()}) once per edition, each with where it first occurs.
 */
public final class PdfExporter implements DigestExporter, VolumeExporter {
    public static final String PAPER = "pdf.paper";
    public static final String MARGINS = "pdf.margins";
    public static final String COLUMNS = "pdf.columns";
    public static final String KASHIDA = "pdf.kashida";
    public static final String FONT_SIZE = "pdf.font-size";
    /** The option giving the bleed, e.g. {@code 3mm}. */
    public static final String BLEED = "pdf.bleed";
    /** The option that draws crop marks, {@code true} or {@code false}. */
    public static final String CROP_MARKS = "pdf.crop-marks";

    public static final String ENGINE = "pdf.engine";
    /** The option that drops the PDF/A-3a and PDF/UA-1 claims of editions and volumes, {@code false}; on by default. */
    public static final String ARCHIVAL = "pdf.archival";

    private final FontRegistry fonts;
    private final PdfLayout layout;
    private final String engine;
    /** Engines by name, each made on its first export and kept: they hold parsed fonts. */
    private final Map<String, PdfEngine> engines = new ConcurrentHashMap<>();

    /** The bundled fonts and the default layout. */
    public PdfExporter() {
        this(builder());
    }

    private PdfExporter(Builder b) {
        this.fonts = b.fonts;
        this.layout = b.layout;
        this.engine = b.engine;
    }

    /** Starts a configured exporter. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public String mediaType() {
        return "application/pdf";
    }

    @Override
    public String fileExtension() {
        return "pdf";
    }

    /** The exporter's own keys and those of every engine on the class path. */
    @Override
    public Set<String> optionKeys() {
        Set<String> keys =
                new TreeSet<>(Set.of(PAPER, MARGINS, COLUMNS, KASHIDA, FONT_SIZE, BLEED, CROP_MARKS, ENGINE, ARCHIVAL));
        ServiceLoader.load(PdfEngineProvider.class, PdfExporter.class.getClassLoader())
                .forEach(provider -> keys.addAll(provider.optionKeys()));
        return Collections.unmodifiableSet(keys);
    }

    /** The layout used when no option overrides it. */
    public PdfLayout layout() {
        return layout;
    }

    @Override
    public void export(Digest digest, ExportOptions options, OutputStream out) throws IOException {
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(out, "out");
        options.checkKeys(this);
        PdfLayout effective = layout(options);
        engine(options.get(ENGINE).orElse(engine).trim()).write(digest, effective, options, out);
    }

    /** The files the chosen engine's options name, such as the html engine's style sheet. */
    @Override
    public List<Path> filesRead(ExportOptions options) {
        return engine(options.get(ENGINE).orElse(engine).trim()).filesRead(options);
    }

    private PdfEngine engine(String name) {
        return engines.computeIfAbsent(name, this::createEngine);
    }

    private PdfEngine createEngine(String name) {
        if (name.equals(TypesetterEngine.NAME)) {
            return new TypesetterEngine(fonts);
        }
        List<String> names = new ArrayList<>(List.of(TypesetterEngine.NAME));
        for (PdfEngineProvider provider :
                ServiceLoader.load(PdfEngineProvider.class, PdfExporter.class.getClassLoader())) {
            if (provider.name().equals(name)) {
                return provider.create(fonts);
            }
            names.add(provider.name());
        }
        throw new ExportException("option " + ENGINE + ": no PDF engine '" + name + "' on the class path (available: "
                + String.join(", ", names) + ")"
                + (name.equals("html") ? "; the html engine is the module io.mirsad:export-pdf-html" : ""));
    }

    /** Prepares the default engine: the typesetter loads and parses its faces. */
    @Override
    public void prepare() {
        engine(engine).prepare();
    }

    /**
     * Writes a volume: title page, contents with page numbers, each digest a part under its own running
     * header, page numbers throughout, one merged index of sources, and an outline nesting volume, digest
     * and section. Digests are fetched one at a time and each finished part (its pages, structure and
     * links) is written out and leaves the heap, so memory stays flat as volumes grow; the file reaches
     * {@code out} only once complete. Options as for {@link #export(Digest, ExportOptions, OutputStream)}: a volume is
     * tagged (a {@code Part} per digest, its title {@code H2} under the volume's {@code H1}, the contents a
     * {@code TOC}) and claims PDF/A-3a and PDF/UA-1 unless {@code pdf.archival} is {@code false}; it embeds
     * each digest's JSON ({@code digest-1.json}…), which {@link EmbeddedDigest#all(java.nio.file.Path)}
     * reads back.
     */
    @Override
    public void exportVolume(Volume volume, ExportOptions options, OutputStream out) throws IOException {
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(out, "out");
        String name = options.get(ENGINE).orElse(engine).trim();
        if (!(engine(name) instanceof TypesetterEngine typesetter)) {
            throw new ExportException("option " + ENGINE + ": volumes are set by the " + TypesetterEngine.NAME
                    + " engine only, not '" + name + "'");
        }
        typesetter.writeVolume(volume, layout(options), options, out);
    }

    /**
     * The configured layout with the {@code pdf.*} and {@code digits} options applied.
     *
     * @throws ExportException naming the option whose value is wrong
     */
    public PdfLayout layout(ExportOptions options) {
        PdfLayout l = layout;
        try {
            if (options.get(PAPER).isPresent()) {
                l = l.withPaper(PaperSize.parse(options.get(PAPER).get()));
            }
            if (options.get(MARGINS).isPresent()) {
                l = l.withMargins(Margins.parse(options.get(MARGINS).get()));
            }
            if (options.get(ExportOptions.DIGITS).isPresent()) {
                l = l.withDigits(options.digits());
            }
            l = l.withColumns(options.getInt(COLUMNS, l.columns()))
                    .withKashida(options.getBoolean(KASHIDA, l.kashida()));
            if (options.get(FONT_SIZE).isPresent()) {
                l = l.withBodySize(parseSize(options.get(FONT_SIZE).get()));
            }
            boolean marks = options.getBoolean(CROP_MARKS, l.bleed().cropMarks());
            l = l.withBleed(
                    options.get(BLEED).isPresent()
                            ? Bleed.parse(BLEED, options.get(BLEED).get(), marks)
                            : l.bleed().withCropMarks(marks));
        } catch (IllegalArgumentException e) {
            throw new ExportException("PDF options: " + e.getMessage(), e);
        }
        return l;
    }

    private static float parseSize(String s) {
        try {
            return Float.parseFloat(s.trim());
        } catch (NumberFormatException e) {
            throw new ExportException("option " + FONT_SIZE + ": expected a size in points, got '" + s + "'");
        }
    }

    /** Configures a {@link PdfExporter}. */
    public static final class Builder {
        private FontRegistry fonts = FontRegistry.defaults();
        private PdfLayout layout = PdfLayout.DEFAULT;
        private String engine = TypesetterEngine.NAME;

        private Builder() {}

        /** The faces to set the edition in; the default is the bundled Amiri. */
        public Builder fonts(FontRegistry fonts) {
            this.fonts = Objects.requireNonNull(fonts, "fonts");
            return this;
        }

        /** The whole layout at once. */
        public Builder layout(PdfLayout layout) {
            this.layout = Objects.requireNonNull(layout, "layout");
            return this;
        }

        public Builder paper(PaperSize paper) {
            layout = layout.withPaper(paper);
            return this;
        }

        public Builder margins(Margins margins) {
            layout = layout.withMargins(margins);
            return this;
        }

        /** 1 or 2 columns. */
        public Builder columns(int columns) {
            layout = layout.withColumns(columns);
            return this;
        }

        /** Whether justified Arabic lines may use kashida (default on). */
        public Builder kashida(boolean kashida) {
            layout = layout.withKashida(kashida);
            return this;
        }

        /** The digits of folios, dates and source numbers. */
        public Builder digits(DigitStyle digits) {
            layout = layout.withDigits(digits);
            return this;
        }

        /** The body size in points. */
        public Builder bodySize(float points) {
            layout = layout.withBodySize(points);
            return this;
        }

        /** Bleed and crop marks for a print shop. */
        public Builder bleed(Bleed bleed) {
            layout = layout.withBleed(bleed);
            return this;
        }

        /**
         * The engine used when no {@code pdf.engine} option names one: {@code typesetter} (the default) or
         * the name of an engine a {@link PdfEngineProvider} on the class path offers, such as {@code html}.
         */
        public Builder engine(String name) {
            this.engine = Objects.requireNonNull(name, "name");
            return this;
        }

        public PdfExporter build() {
            return new PdfExporter(this);
        }
    }
}

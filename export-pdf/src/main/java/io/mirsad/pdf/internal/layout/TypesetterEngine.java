package io.mirsad.pdf.internal.layout;

import io.mirsad.digest.Digest;
import io.mirsad.digest.Volume;
import io.mirsad.export.ExportException;
import io.mirsad.export.ExportOptions;
import io.mirsad.fonts.FontRegistry;
import io.mirsad.fonts.MissingGlyphs;
import io.mirsad.pdf.PdfExporter;
import io.mirsad.pdf.PdfLayout;
import io.mirsad.pdf.internal.itemize.Itemizer;
import io.mirsad.pdf.internal.itemize.Typefaces;
import io.mirsad.pdf.spi.PdfEngine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** The built-in engine: the edition typeset here, stage by stage. */
public final class TypesetterEngine implements PdfEngine {
    /** The name {@code pdf.engine} selects it by; the default. */
    public static final String NAME = "typesetter";

    private final FontRegistry fonts;
    private volatile Typefaces typefaces;

    public TypesetterEngine(FontRegistry fonts) {
        this.fonts = fonts;
    }

    @Override
    public void write(Digest digest, PdfLayout layout, ExportOptions options, OutputStream out) throws IOException {
        Itemizer itemizer = itemizer(options);
        Typesetter typesetter = new Typesetter(itemizer, layout.kashida());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        try {
            new EditionLayout(digest, layout, typesetter, options.getBoolean(PdfExporter.ARCHIVAL, true)).write(pdf);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ExportException(
                    "cannot write the PDF edition of '" + digest.metadata().title() + "': " + e.getMessage(), e);
        }
        MissingGlyphs.of(digest, itemizer.registry()).ifPresent(options.warnings());
        pdf.writeTo(out);
    }

    @Override
    public void prepare() {
        typefaces();
    }

    /**
     * Writes a volume: title page, contents with page numbers, each digest a part under its own running
     * header, page numbers throughout, one merged index of sources, and an outline nesting volume, digest
     * and section. Digests are fetched one at a time and finished pages leave the heap, so memory stays flat
     * as volumes grow. Nothing reaches {@code out} before the last part is laid out.
     */
    public void writeVolume(Volume volume, PdfLayout layout, ExportOptions options, OutputStream out)
            throws IOException {
        Itemizer itemizer = itemizer(options);
        MissingGlyphs missing = new MissingGlyphs(itemizer.registry());
        try {
            new VolumeLayout(
                            missing.watching(volume),
                            layout,
                            new Typesetter(itemizer, layout.kashida()),
                            options.getBoolean(PdfExporter.ARCHIVAL, true))
                    .write(out);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ExportException(
                    "cannot write the PDF volume '" + volume.metadata().title() + "': " + e.getMessage(), e);
        }
        missing.warning().ifPresent(options.warnings());
    }

    /** An itemizer for one export; faces added by option are loaded for it alone, the configured ones once. */
    private Itemizer itemizer(ExportOptions options) {
        return new Itemizer(
                options.get(ExportOptions.FONTS_FALLBACK).isPresent()
                        ? Typefaces.load(fonts.with(options))
                        : typefaces());
    }

    /** Loaded on first export: the exporter is created by the service loader even when PDF is not wanted. */
    private Typefaces typefaces() {
        Typefaces t = typefaces;
        if (t == null) {
            synchronized (this) {
                t = typefaces;
                if (t == null) {
                    t = Typefaces.load(fonts);
                    typefaces = t;
                }
            }
        }
        return t;
    }
}

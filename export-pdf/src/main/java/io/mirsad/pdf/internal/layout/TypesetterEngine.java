package io.mirsad.pdf.internal.layout;

import io.mirsad.digest.Digest;
import io.mirsad.export.ExportException;
import io.mirsad.export.ExportOptions;
import io.mirsad.fonts.FontRegistry;
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
        Typesetter typesetter = new Typesetter(new Itemizer(typefaces(), options.warnings()), layout.kashida());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        try {
            new EditionLayout(digest, layout, typesetter).write(pdf);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ExportException("cannot write the PDF edition of '" + digest.metadata().title() + "': "
                    + e.getMessage(), e);
        }
        pdf.writeTo(out);
    }

    @Override
    public void prepare() {
        typefaces();
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

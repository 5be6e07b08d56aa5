package io.mirsad.pdf.spi;

import io.mirsad.digest.Digest;
import io.mirsad.export.ExportOptions;
import io.mirsad.pdf.PdfLayout;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * One way of making the PDF edition of a digest. The {@link io.mirsad.pdf.PdfExporter} parses the options
 * every engine shares into a {@link PdfLayout} and hands the rest on, so an engine reads only its own
 * options (such as {@code html.css}). Implementations must be safe to share between threads.
 */
public interface PdfEngine {

    /**
     * Writes the edition of {@code digest} to {@code out}.
     *
     * @param layout  paper, margins, columns, digits and body size, options already applied
     * @param options every option of this export, for the engine's own, and the listener
     *                {@link ExportOptions#warnings()} recoverable problems go to (a style sheet rule
     *                skipped, a character no face has)
     * @throws io.mirsad.export.ExportException for bad input (an option, a style sheet) with a message
     *                                          naming what is wrong
     */
    void write(Digest digest, PdfLayout layout, ExportOptions options, OutputStream out) throws IOException;

    /** The files the engine's own options name that a write with {@code options} reads; see {@code DigestExporter.filesRead}. */
    default List<Path> filesRead(ExportOptions options) {
        return List.of();
    }

    /** Loads what a first edition needs (fonts, classes) ahead of time; see {@code DigestExporter.prepare()}. */
    default void prepare() {}
}

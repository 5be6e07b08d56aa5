package io.mirsad.export;

import io.mirsad.digest.Digest;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Writes a {@link Digest} in one output format. Implementations are immutable and safe to share
 * between threads: create one, export many digests, from any thread.
 */
public interface DigestExporter {

    /** The short format name users type: {@code pdf}, {@code docx}, {@code epub}. */
    String format();

    /** The IANA media type of the output. */
    String mediaType();

    /** The file extension, without the dot. */
    String fileExtension();

    /**
     * Loads what a first export needs (classes, fonts, tables) ahead of time, so that a caller that
     * knows it will export soon can do this on a spare thread while it reads its input. Optional: an
     * export works without it and gives the same bytes. Safe to call from any thread, any number of
     * times; the default does nothing.
     */
    default void prepare() {}

    /**
     * The option keys this exporter reads besides the {@link ExportOptions#SHARED_KEYS shared} ones, such as
     * {@code pdf.paper}; an option under its {@code format.} prefix that is not among them is refused.
     */
    default Set<String> optionKeys() {
        return Set.of();
    }

    /**
     * The files besides the digest that an export with {@code options} reads because one of this exporter's
     * own options names them: a cover picture, a style sheet and the local files it links. A caller that keeps
     * editions up to date by content (a batch) hashes them with the options, so that an edited file renders
     * again under the same options. The {@linkplain ExportOptions#fallbackFonts() fallback fonts}, a shared
     * option, are not listed. The default: none.
     */
    default List<Path> filesRead(ExportOptions options) {
        return List.of();
    }

    /**
     * Writes the digest to {@code out}. The stream is not closed. Warnings go to
     * {@link ExportOptions#warnings()}.
     *
     * @throws ExportException if the digest cannot be written in this format
     * @throws IOException     if writing to {@code out} fails
     */
    void export(Digest digest, ExportOptions options, OutputStream out) throws IOException;

    /**
     * Writes the digest to a file, all or nothing: the bytes go to a temporary file beside
     * {@code target}, which replaces {@code target} only once the export has succeeded. Warnings go
     * to the options' listener as they arise and are also collected in the result.
     */
    default ExportResult export(Digest digest, ExportOptions options, Path target) throws IOException {
        return FileExport.write(target, options, collecting -> out -> export(digest, collecting, out));
    }
}

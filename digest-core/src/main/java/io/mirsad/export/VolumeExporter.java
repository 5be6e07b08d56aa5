package io.mirsad.export;

import io.mirsad.digest.Volume;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * A capability a {@link DigestExporter} may have: writing a whole {@link Volume} as one file, with a
 * title page and table of contents for the volume, a part per digest, page numbers running through,
 * and one merged {@link SourceIndex} at the end. Check with {@code exporter instanceof VolumeExporter}.
 * Implementations are immutable and safe to share between threads, as exporters are.
 */
public interface VolumeExporter {

    /**
     * Writes the volume to {@code out}, fetching each part's digest as it gets to it. The stream is not closed.
     *
     * @throws ExportException if the volume cannot be written in this format
     * @throws IOException     if writing to {@code out} fails
     */
    void exportVolume(Volume volume, ExportOptions options, OutputStream out) throws IOException;

    /**
     * Writes the volume to a file, all or nothing (see {@link AtomicFiles}); warnings go to the options'
     * listener and are collected in the result, as for {@link DigestExporter#export(io.mirsad.digest.Digest,
     * ExportOptions, Path)}.
     */
    default ExportResult exportVolume(Volume volume, ExportOptions options, Path target) throws IOException {
        return FileExport.write(target, options, collecting -> out -> exportVolume(volume, collecting, out));
    }
}

package io.mirsad.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A zip entry's contents, deflated ahead of time so that a package can take them as they are. Exporters
 * that write zip containers (DOCX, EPUB) deflate a megabyte of embedded font once, when they are built,
 * instead of on every export. Immutable.
 */
public final class CompressedEntry {
    private final byte[] deflated;
    private final long size;
    private final long crc;

    private CompressedEntry(byte[] deflated, long size, long crc) {
        this.deflated = deflated;
        this.size = size;
        this.crc = crc;
    }

    /** Deflates {@code data} at the best compression: it is done once and kept. */
    public static CompressedEntry deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2);
            byte[] buffer = new byte[64 * 1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            CRC32 crc = new CRC32();
            crc.update(data);
            return new CompressedEntry(out.toByteArray(), data.length, crc.getValue());
        } finally {
            deflater.end();
        }
    }

    /**
     * An entry of {@code data} whose raw DEFLATE stream (no zlib header) was made earlier, at build time
     * say, so that nothing is compressed now. The stream is inflated once to check it.
     *
     * @throws IllegalArgumentException if {@code deflated} does not inflate to exactly {@code data}
     */
    public static CompressedEntry of(byte[] data, byte[] deflated) {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(deflated);
            byte[] buffer = new byte[64 * 1024];
            int checked = 0;
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                if (n > data.length - checked || !Arrays.equals(buffer, 0, n, data, checked, checked + n)) {
                    throw mismatch(data);
                }
                checked += n;
            }
            if (!inflater.finished() || inflater.getRemaining() != 0 || checked != data.length) {
                throw mismatch(data);
            }
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("not a DEFLATE stream: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
        CRC32 crc = new CRC32();
        crc.update(data);
        return new CompressedEntry(deflated.clone(), data.length, crc.getValue());
    }

    private static IllegalArgumentException mismatch(byte[] data) {
        return new IllegalArgumentException("the DEFLATE stream does not hold the entry's " + data.length + " bytes");
    }

    /** The raw DEFLATE stream (no zlib header), to copy into a zip entry as it is. */
    public InputStream openDeflated() {
        return new ByteArrayInputStream(deflated);
    }

    /** The size of the DEFLATE stream. */
    public long compressedSize() {
        return deflated.length;
    }

    /** The size before compression. */
    public long size() {
        return size;
    }

    /** The CRC-32 of the contents before compression. */
    public long crc() {
        return crc;
    }
}

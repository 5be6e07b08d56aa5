package io.mirsad.docx.internal.pkg;

import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A zip entry's contents, deflated ahead of time so that a package can take them as they are.
 *
 * @param deflated the raw DEFLATE stream (no zlib header)
 * @param size     the size before compression
 * @param crc      the CRC-32 of the contents before compression
 */
public record CompressedEntry(byte[] deflated, long size, long crc) {

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
}

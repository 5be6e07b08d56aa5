package io.mirsad.epub.internal.pack;

import io.mirsad.export.CompressedEntry;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipExtraField;
import org.apache.commons.compress.archivers.zip.ZipUtil;

/**
 * Writes the OCF container: {@code mimetype} first and stored (uncompressed, no extra field) as EPUB
 * requires, then every other entry deflated, all with one fixed time so the bytes do not depend on
 * when or in which time zone the book was made. Entries deflated ahead of time (the fonts) are copied
 * in as they are. The caller's stream is finished, not closed.
 */
public final class EpubZipWriter {
    private static final byte[] MIMETYPE = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);

    private final ZipArchiveOutputStream zip;
    private final long entryTime;

    /** Starts a container on {@code out} and writes its {@code mimetype} entry. */
    public EpubZipWriter(OutputStream out, LocalDateTime entryTime) throws IOException {
        this.zip = new ZipArchiveOutputStream(out);
        this.zip.setEncoding(StandardCharsets.UTF_8.name());
        // Through the DOS fields and back with the same zone: the written DOS time is exactly entryTime.
        this.entryTime = ZipUtil.dosToJavaTime(dosTime(entryTime));
        ZipArchiveEntry mimetype = entry("mimetype", ZipEntry.STORED);
        mimetype.setSize(MIMETYPE.length);
        CRC32 crc = new CRC32();
        crc.update(MIMETYPE);
        mimetype.setCrc(crc.getValue());
        zip.putArchiveEntry(mimetype);
        zip.write(MIMETYPE);
        zip.closeArchiveEntry();
    }

    /** Adds a deflated entry. */
    public void add(String path, byte[] data) throws IOException {
        zip.putArchiveEntry(entry(path, ZipEntry.DEFLATED));
        zip.write(data);
        zip.closeArchiveEntry();
    }

    /** Adds an entry whose contents were deflated ahead of time. */
    public void add(String path, CompressedEntry data) throws IOException {
        ZipArchiveEntry entry = entry(path, ZipEntry.DEFLATED);
        entry.setSize(data.size());
        entry.setCompressedSize(data.compressedSize());
        entry.setCrc(data.crc());
        zip.addRawArchiveEntry(entry, data.openDeflated());
    }

    /** Writes the central directory; the underlying stream stays open. */
    public void finish() throws IOException {
        zip.finish();
        zip.flush();
    }

    private ZipArchiveEntry entry(String path, int method) {
        ZipArchiveEntry entry = new ZipArchiveEntry(path);
        entry.setMethod(method);
        entry.setTime(entryTime);
        // setTime may add an extended-timestamp field; the DOS time alone is wanted, and mimetype may have none.
        entry.setExtraFields(new ZipExtraField[0]);
        return entry;
    }

    /** A wall-clock time as a DOS date and time: year-1980, month, day, hour, minute, seconds/2. */
    private static long dosTime(LocalDateTime t) {
        return ((long) (t.getYear() - 1980) << 25)
                | ((long) t.getMonthValue() << 21)
                | ((long) t.getDayOfMonth() << 16)
                | ((long) t.getHour() << 11)
                | ((long) t.getMinute() << 5)
                | (t.getSecond() >> 1);
    }
}

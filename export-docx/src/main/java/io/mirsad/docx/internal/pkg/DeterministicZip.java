package io.mirsad.docx.internal.pkg;

import io.mirsad.export.CompressedEntry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipExtraField;
import org.apache.commons.compress.archivers.zip.ZipUtil;

/**
 * Rewrites a zip so that it depends on nothing but its entries: the same order, every entry stamped
 * with one fixed time. POI stamps each entry with the current time, which would make two exports of
 * the same digest differ. Entries may be given new, already compressed contents on the way: the font
 * parts are left empty for POI and filled in here from a cache, so a megabyte of font is not deflated
 * on every export. Parts whose elements were spooled ({@link XmlSpool}) get them back in place of their
 * markers.
 */
public final class DeterministicZip {
    /**
     * 1980-01-01 00:00, the earliest time a zip entry holds, as a DOS date and time (year-1980 in bits
     * 25–31, month in 21–24, day in 16–20). DOS times are wall-clock times without a zone; going through
     * commons-compress's own conversion keeps the default time zone out of the bytes.
     */
    private static final long DOS_EPOCH = (1L << 21) | (1L << 16);

    private DeterministicZip() {}

    /**
     * The text of every XML part of a package, spooled elements in their places, markup included: all the
     * characters its fonts may be asked to draw, and some more, in the file's order. Reading a spool ends
     * it: call this only just before {@link #normalise}.
     */
    public static String text(byte[] zip, List<XmlSpool> spools) {
        Map<String, XmlSpool> spliced = byEntry(spools);
        StringBuilder text = new StringBuilder();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().endsWith(".xml")) {
                    XmlSpool spool = spliced.get(entry.getName());
                    if (spool == null) {
                        text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    } else {
                        // In the entry's place, as in the finished file: a subset's glyphs follow the text's order.
                        ByteArrayOutputStream whole = new ByteArrayOutputStream();
                        spool.splice(in.readAllBytes(), whole);
                        text.append(whole.toString(StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the package just written", e);
        }
        return text.toString();
    }

    /**
     * The zip with fixed entry times.
     *
     * @param zip      the zip as written
     * @param contents new contents for some entries, by entry name; every one must be in the zip
     * @param spools   elements to put in place of their entries' markers; every entry must be in the zip
     */
    public static byte[] normalise(byte[] zip, Map<String, CompressedEntry> contents, List<XmlSpool> spools)
            throws IOException {
        long time = ZipUtil.dosToJavaTime(DOS_EPOCH);
        int filled = 0;
        Map<String, XmlSpool> spliced = byEntry(spools);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(zip.length
                + (int) contents.values().stream()
                        .mapToLong(CompressedEntry::compressedSize)
                        .sum());
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipArchiveOutputStream out = new ZipArchiveOutputStream(buffer)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
                copy.setTime(time);
                // setTime may add extended-timestamp fields (it does when the default zone changed
                // while running); the DOS time alone is wanted.
                copy.setExtraFields(new ZipExtraField[0]);
                copy.setMethod(ZipEntry.DEFLATED);
                CompressedEntry replacement = contents.get(entry.getName());
                XmlSpool spool = spliced.get(entry.getName());
                if (spool != null) {
                    out.putArchiveEntry(copy);
                    spool.splice(in.readAllBytes(), out);
                    out.closeArchiveEntry();
                    filled++;
                } else if (replacement != null) {
                    copy.setSize(replacement.size());
                    copy.setCompressedSize(replacement.compressedSize());
                    copy.setCrc(replacement.crc());
                    out.addRawArchiveEntry(copy, replacement.openDeflated());
                    filled++;
                } else {
                    out.putArchiveEntry(copy);
                    in.transferTo(out);
                    out.closeArchiveEntry();
                }
            }
        }
        if (filled != contents.size() + spools.size()) {
            throw new IllegalStateException(
                    "entries to fill are missing from the package: " + contents.keySet() + ", " + spliced.keySet());
        }
        return buffer.toByteArray();
    }

    private static Map<String, XmlSpool> byEntry(List<XmlSpool> spools) {
        Map<String, XmlSpool> byEntry = new HashMap<>();
        spools.forEach(spool -> byEntry.put(spool.entry(), spool));
        return byEntry;
    }
}

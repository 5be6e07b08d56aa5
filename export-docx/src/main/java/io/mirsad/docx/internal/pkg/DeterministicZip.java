package io.mirsad.docx.internal.pkg;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip so that it depends on nothing but its entries: the same order, every entry stamped
 * with one fixed time, no extra fields. POI stamps each entry with the current time, which would make
 * two exports of the same digest differ.
 */
public final class DeterministicZip {
    /** The DOS epoch: the earliest time a zip entry can hold. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private DeterministicZip() {
    }

    public static byte[] normalise(byte[] zip) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(buffer)) {
            out.setLevel(6);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(ENTRY_TIME);
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
        }
        return buffer.toByteArray();
    }
}

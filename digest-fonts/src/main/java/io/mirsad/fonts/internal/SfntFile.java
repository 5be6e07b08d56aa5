package io.mirsad.fonts.internal;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tables of an sfnt (TrueType or OpenType) font file, read from and written to bytes. Writing
 * sorts the tables by tag, aligns them to four bytes and sets every checksum, the whole-file one in
 * {@code head} included, so the same tables always give the same bytes.
 */
public final class SfntFile {
    private final int version;
    private final Map<String, ByteBuffer> tables;

    private SfntFile(int version, Map<String, ByteBuffer> tables) {
        this.version = version;
        this.tables = tables;
    }

    /** Reads the table directory; the tables are views of {@code data}, not copies. */
    public static SfntFile read(byte[] data) {
        ByteBuffer file = ByteBuffer.wrap(data);
        int version = file.getInt(0);
        int count = file.getShort(4) & 0xFFFF;
        Map<String, ByteBuffer> tables = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            int record = 12 + 16 * i;
            String tag = tag(file.getInt(record));
            int offset = file.getInt(record + 8);
            int length = file.getInt(record + 12);
            if (offset < 0 || length < 0 || (long) offset + length > data.length) {
                throw new IllegalArgumentException("table " + tag + " lies outside the font file");
            }
            tables.put(tag, ByteBuffer.wrap(data, offset, length).slice());
        }
        return new SfntFile(version, tables);
    }

    /** The design units per em ({@code head}), or 1000 if the font has no {@code head} table. */
    public int unitsPerEm() {
        ByteBuffer head = tables.get("head");
        return head == null ? 1000 : head.getShort(18) & 0xFFFF;
    }

    /** Whether the outlines are TrueType ({@code glyf}), the kind this package can subset. */
    public boolean hasGlyphOutlines() {
        return tables.containsKey("glyf") && tables.containsKey("loca");
    }

    /** A table, positioned at its start, or null if the font has none. */
    public ByteBuffer table(String tag) {
        ByteBuffer t = tables.get(tag);
        return t == null ? null : t.duplicate();
    }

    /** Replaces or adds a table. */
    public void put(String tag, ByteBuffer table) {
        tables.put(tag, table.duplicate());
    }

    /** Drops a table if present. */
    public void remove(String tag) {
        tables.remove(tag);
    }

    /** The font file. */
    public byte[] toBytes() {
        int count = tables.size();
        int headerSize = 12 + 16 * count;
        int size = headerSize;
        for (ByteBuffer t : tables.values()) {
            size += padded(t.remaining());
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        int power = Integer.highestOneBit(count);
        out.putInt(version)
                .putShort((short) count)
                .putShort((short) (power * 16))
                .putShort((short) Integer.numberOfTrailingZeros(power))
                .putShort((short) (count * 16 - power * 16));
        int offset = headerSize;
        int headOffset = -1;
        int record = 12;
        for (Map.Entry<String, ByteBuffer> e : tables.entrySet()) {
            ByteBuffer t = e.getValue().duplicate();
            int length = t.remaining();
            out.position(offset);
            out.put(t);
            if (e.getKey().equals("head")) {
                headOffset = offset;
                out.putInt(offset + 8, 0);
            }
            out.putInt(record, tagValue(e.getKey()));
            out.putInt(record + 4, checksum(out, offset, length));
            out.putInt(record + 8, offset);
            out.putInt(record + 12, length);
            offset += padded(length);
            record += 16;
        }
        if (headOffset >= 0) {
            out.putInt(headOffset + 8, (int) (0xB1B0AFBAL - Integer.toUnsignedLong(checksum(out, 0, size))));
        }
        return out.array();
    }

    private static int padded(int length) {
        return (length + 3) & ~3;
    }

    private static int checksum(ByteBuffer b, int offset, int length) {
        long sum = 0;
        int end = offset + padded(length);
        for (int i = offset; i < end; i += 4) {
            sum += Integer.toUnsignedLong(b.getInt(i));
        }
        return (int) sum;
    }

    /** The four characters of a tag read as a 32-bit value. */
    static String tag(int value) {
        return new String(new char[] {
            (char) (value >>> 24), (char) ((value >>> 16) & 0xFF), (char) ((value >>> 8) & 0xFF), (char) (value & 0xFF)
        });
    }

    private static int tagValue(String tag) {
        return tag.charAt(0) << 24 | tag.charAt(1) << 16 | tag.charAt(2) << 8 | tag.charAt(3);
    }
}

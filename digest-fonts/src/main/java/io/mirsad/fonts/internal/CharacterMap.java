package io.mirsad.fonts.internal;

import java.nio.ByteBuffer;

/**
 * The font's Unicode {@code cmap} subtable (format 12 for the full range, else format 4), read for
 * the glyph of each character.
 */
final class CharacterMap {
    private final ByteBuffer table;
    private final int subtable;
    private final int format;

    private CharacterMap(ByteBuffer table, int subtable, int format) {
        this.table = table;
        this.subtable = subtable;
        this.format = format;
    }

    /** The best Unicode subtable of {@code cmap}: full-range format 12 before BMP format 4. */
    static CharacterMap of(ByteBuffer cmap) {
        int count = u16(cmap, 2);
        int best = -1;
        int bestFormat = -1;
        for (int i = 0; i < count; i++) {
            int platform = u16(cmap, 4 + 8 * i);
            int encoding = u16(cmap, 6 + 8 * i);
            int offset = cmap.getInt(8 + 8 * i);
            boolean unicode = platform == 0 || platform == 3 && (encoding == 1 || encoding == 10);
            int format = u16(cmap, offset);
            if (unicode && (format == 12 && bestFormat != 12 || format == 4 && bestFormat == -1)) {
                best = offset;
                bestFormat = format;
            }
        }
        if (best < 0) {
            throw new IllegalArgumentException("the font has no Unicode character map");
        }
        return new CharacterMap(cmap, best, bestFormat);
    }

    /** The glyph of a character, 0 (.notdef) if the font has none. */
    int glyph(int codePoint) {
        return format == 12 ? glyph12(codePoint) : glyph4(codePoint);
    }

    private int glyph12(int cp) {
        long groups = Integer.toUnsignedLong(table.getInt(subtable + 12));
        for (int i = 0; i < groups; i++) {
            int g = subtable + 16 + 12 * i;
            int start = table.getInt(g);
            int end = table.getInt(g + 4);
            if (cp >= start && cp <= end) {
                return table.getInt(g + 8) + (cp - start);
            }
        }
        return 0;
    }

    private int glyph4(int cp) {
        if (cp > 0xFFFF) {
            return 0;
        }
        int segments = u16(table, subtable + 6) / 2;
        int ends = subtable + 14;
        int starts = ends + 2 * segments + 2;
        int deltas = starts + 2 * segments;
        int rangeOffsets = deltas + 2 * segments;
        for (int i = 0; i < segments; i++) {
            if (cp <= u16(table, ends + 2 * i)) {
                int start = u16(table, starts + 2 * i);
                if (cp < start) {
                    return 0;
                }
                int delta = table.getShort(deltas + 2 * i);
                int rangeOffset = u16(table, rangeOffsets + 2 * i);
                if (rangeOffset == 0) {
                    return (cp + delta) & 0xFFFF;
                }
                int g = u16(table, rangeOffsets + 2 * i + rangeOffset + 2 * (cp - start));
                return g == 0 ? 0 : (g + delta) & 0xFFFF;
            }
        }
        return 0;
    }

    static int u16(ByteBuffer b, int at) {
        return b.getShort(at) & 0xFFFF;
    }
}

package io.mirsad.fonts.internal;

import static io.mirsad.fonts.internal.CharacterMap.u16;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.BitSet;
import java.util.stream.IntStream;

/** An OpenType Coverage table: the glyphs a lookup subtable applies to, listed in coverage-index order. */
final class Coverage {
    private Coverage() {}

    /** The glyphs of the Coverage table at {@code at}, glyph {@code i} having coverage index {@code i}. */
    static int[] read(ByteBuffer table, int at) {
        int format = u16(table, at);
        int count = u16(table, at + 2);
        if (format == 1) {
            int[] glyphs = new int[count];
            for (int i = 0; i < count; i++) {
                glyphs[i] = u16(table, at + 4 + 2 * i);
            }
            return glyphs;
        }
        if (format != 2) {
            throw new UnsupportedLayout("Coverage format " + format);
        }
        int size = 0;
        for (int r = 0; r < count; r++) {
            int range = at + 4 + 6 * r;
            size = Math.max(size, u16(table, range + 4) + u16(table, range + 2) - u16(table, range) + 1);
        }
        int[] glyphs = new int[size];
        for (int r = 0; r < count; r++) {
            int range = at + 4 + 6 * r;
            int start = u16(table, range);
            int first = u16(table, range + 4);
            for (int g = start; g <= u16(table, range + 2); g++) {
                glyphs[first + g - start] = g;
            }
        }
        return glyphs;
    }

    /** The coverage indices of the glyphs of {@code glyphs} that are in {@code kept}, ascending. */
    static int[] keptIndices(int[] glyphs, BitSet kept) {
        return IntStream.range(0, glyphs.length)
                .filter(i -> kept.get(glyphs[i]))
                .toArray();
    }

    /** The glyphs at {@code indices} of {@code glyphs}. */
    static int[] at(int[] glyphs, int[] indices) {
        return Arrays.stream(indices).map(i -> glyphs[i]).toArray();
    }

    /** A Coverage table of {@code glyphs}, which are ascending, in whichever format is smaller. */
    static Block write(int[] glyphs) {
        int ranges = 0;
        for (int i = 0; i < glyphs.length; i++) {
            if (i == 0 || glyphs[i] != glyphs[i - 1] + 1) {
                ranges++;
            }
        }
        Block b = new Block();
        if (2 * glyphs.length <= 6 * ranges) {
            b.u16(1).u16(glyphs.length);
            for (int g : glyphs) {
                b.u16(g);
            }
            return b;
        }
        b.u16(2).u16(ranges);
        for (int i = 0; i < glyphs.length; ) {
            int j = i;
            while (j + 1 < glyphs.length && glyphs[j + 1] == glyphs[j] + 1) {
                j++;
            }
            b.u16(glyphs[i]).u16(glyphs[j]).u16(i);
            i = j + 1;
        }
        return b;
    }
}

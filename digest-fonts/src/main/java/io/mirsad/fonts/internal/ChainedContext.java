package io.mirsad.fonts.internal;

import static io.mirsad.fonts.internal.CharacterMap.u16;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Chained contexts by coverage (format 3 of {@code GSUB} type 6 and {@code GPOS} type 8, the same
 * layout in both): a rule matches only if every position of its backtrack, input and lookahead has a
 * glyph of its coverage, so a rule with a coverage left without kept glyphs can never match and goes,
 * and the others keep only their kept glyphs. The nested lookups are referred to by index, unchanged.
 */
final class ChainedContext {
    private ChainedContext() {}

    /** The format 3 subtable at {@code at} cut to {@code kept}, or null if it can no longer match. */
    static Block prune(ByteBuffer table, int at, BitSet kept) {
        if (u16(table, at) != 3) {
            throw new UnsupportedLayout("chained context format " + u16(table, at));
        }
        Block b = new Block().u16(3);
        int position = at + 2;
        for (int sequence = 0; sequence < 3; sequence++) {
            int count = u16(table, position);
            List<Block> coverages = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int[] glyphs = Coverage.read(table, at + u16(table, position + 2 + 2 * i));
                int[] left = Coverage.at(glyphs, Coverage.keptIndices(glyphs, kept));
                if (left.length == 0) {
                    return null;
                }
                coverages.add(Coverage.write(left));
            }
            b.u16(count);
            coverages.forEach(b::offset16);
            position += 2 + 2 * count;
        }
        int lookupRecords = u16(table, position);
        return b.copy(table, position, 2 + 4 * lookupRecords);
    }

    /** The indices of the lookups the format 3 subtable at {@code at} calls. */
    static IntStream calls(ByteBuffer table, int at) {
        if (u16(table, at) != 3) {
            throw new UnsupportedLayout("chained context format " + u16(table, at));
        }
        int position = at + 2;
        for (int sequence = 0; sequence < 3; sequence++) {
            position += 2 + 2 * u16(table, position);
        }
        int records = position + 2;
        return IntStream.range(0, u16(table, position)).map(r -> u16(table, records + 4 * r + 2));
    }
}

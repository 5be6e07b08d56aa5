package io.mirsad.fonts.internal;

import static io.mirsad.fonts.internal.CharacterMap.u16;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Cuts {@code GPOS} subtables: single and pair adjustments, cursive attachments, mark-to-base and
 * mark-to-mark attachments keep the records of kept glyphs, and classes no kept glyph belongs to are
 * dropped and the rest numbered anew; chained contexts by coverage keep the rules that can still
 * match. Value records with device tables, mark-to-ligature and other formats are not read.
 */
final class PositioningPruner implements SubtablePruner {
    /** Value format bits for device table offsets, which are relative to the subtable, not the record. */
    private static final int DEVICE_TABLES = 0x00F0;

    private final ByteBuffer gpos;
    private final BitSet kept;

    PositioningPruner(ByteBuffer gpos, BitSet kept) {
        this.gpos = gpos;
        this.kept = kept;
    }

    @Override
    public Block prune(int type, int at) {
        int format = u16(gpos, at);
        return switch (type * 10 + format) {
            case 11, 12 -> single(at, format);
            case 21 -> pairsByGlyph(at);
            case 22 -> pairsByClass(at);
            case 31 -> cursive(at);
            case 41, 61 -> markAttachment(at);
            case 83 -> ChainedContext.prune(gpos, at, kept);
            default -> throw new UnsupportedLayout("GPOS lookup type " + type + " format " + format);
        };
    }

    private Block single(int at, int format) {
        int[] glyphs = Coverage.read(gpos, at + u16(gpos, at + 2));
        int[] indices = Coverage.keptIndices(glyphs, kept);
        if (indices.length == 0) {
            return null;
        }
        int valueFormat = u16(gpos, at + 4);
        int size = valueSize(valueFormat);
        Block b = new Block()
                .u16(format)
                .offset16(Coverage.write(Coverage.at(glyphs, indices)))
                .u16(valueFormat);
        if (format == 1) {
            return b.copy(gpos, at + 6, size);
        }
        b.u16(indices.length);
        for (int i : indices) {
            b.copy(gpos, at + 8 + size * i, size);
        }
        return b;
    }

    private Block pairsByGlyph(int at) {
        int[] glyphs = Coverage.read(gpos, at + u16(gpos, at + 2));
        int format1 = u16(gpos, at + 4);
        int format2 = u16(gpos, at + 6);
        int record = 2 + valueSize(format1) + valueSize(format2);
        List<Integer> first = new ArrayList<>();
        List<Block> sets = new ArrayList<>();
        for (int i : Coverage.keptIndices(glyphs, kept)) {
            int set = at + u16(gpos, at + 10 + 2 * i);
            Block pairs = new Block();
            int count = 0;
            for (int p = 0; p < u16(gpos, set); p++) {
                int pair = set + 2 + record * p;
                if (kept.get(u16(gpos, pair))) {
                    pairs.copy(gpos, pair, record);
                    count++;
                }
            }
            if (count > 0) {
                first.add(glyphs[i]);
                ByteBuffer packed = pairs.pack();
                sets.add(new Block().u16(count).copy(packed, 0, packed.limit()));
            }
        }
        if (sets.isEmpty()) {
            return null;
        }
        Block b = new Block()
                .u16(1)
                .offset16(Coverage.write(
                        first.stream().mapToInt(Integer::intValue).toArray()))
                .u16(format1)
                .u16(format2)
                .u16(sets.size());
        sets.forEach(b::offset16);
        return b;
    }

    private Block pairsByClass(int at) {
        int[] glyphs = Coverage.read(gpos, at + u16(gpos, at + 2));
        int[] covered = Coverage.at(glyphs, Coverage.keptIndices(glyphs, kept));
        if (covered.length == 0) {
            return null;
        }
        int format1 = u16(gpos, at + 4);
        int format2 = u16(gpos, at + 6);
        BitSet first = new BitSet();
        for (int g : covered) {
            first.set(g);
        }
        SortedMap<Integer, Integer> classes1 = keptClasses(ClassDefinition.read(gpos, at + u16(gpos, at + 8)), first);
        SortedMap<Integer, Integer> classes2 = keptClasses(ClassDefinition.read(gpos, at + u16(gpos, at + 10)), kept);
        int[] rows = renumber(classes1);
        int[] columns = renumber(classes2);
        int class2Count = u16(gpos, at + 14);
        int size = valueSize(format1) + valueSize(format2);
        Block b = new Block()
                .u16(2)
                .offset16(Coverage.write(covered))
                .u16(format1)
                .u16(format2)
                .offset16(ClassDefinition.write(classes1))
                .offset16(ClassDefinition.write(classes2))
                .u16(rows.length)
                .u16(columns.length);
        for (int row : rows) {
            for (int column : columns) {
                b.copy(gpos, at + 16 + size * (row * class2Count + column), size);
            }
        }
        return b;
    }

    private Block cursive(int at) {
        int[] glyphs = Coverage.read(gpos, at + u16(gpos, at + 2));
        int[] indices = Coverage.keptIndices(glyphs, kept);
        if (indices.length == 0) {
            return null;
        }
        Block b = new Block()
                .u16(1)
                .offset16(Coverage.write(Coverage.at(glyphs, indices)))
                .u16(indices.length);
        for (int i : indices) {
            int record = at + 6 + 4 * i;
            b.offset16(anchor(at, u16(gpos, record))).offset16(anchor(at, u16(gpos, record + 2)));
        }
        return b;
    }

    /**
     * Mark-to-base (type 4) and mark-to-mark (type 6) attachments, the same layout: marks with their
     * class and anchor, and for each base (or base mark) an anchor per mark class.
     */
    private Block markAttachment(int at) {
        int[] marks = Coverage.read(gpos, at + u16(gpos, at + 2));
        int[] bases = Coverage.read(gpos, at + u16(gpos, at + 4));
        int[] keptMarks = Coverage.keptIndices(marks, kept);
        int[] keptBases = Coverage.keptIndices(bases, kept);
        if (keptMarks.length == 0 || keptBases.length == 0) {
            return null;
        }
        int classCount = u16(gpos, at + 6);
        int markArray = at + u16(gpos, at + 8);
        int baseArray = at + u16(gpos, at + 10);
        SortedMap<Integer, Integer> used = new TreeMap<>();
        for (int m : keptMarks) {
            used.put(u16(gpos, markArray + 2 + 4 * m), 0);
        }
        int next = 0;
        for (Map.Entry<Integer, Integer> e : used.entrySet()) {
            e.setValue(next++);
        }
        Block markBlock = new Block().u16(keptMarks.length);
        for (int m : keptMarks) {
            int record = markArray + 2 + 4 * m;
            markBlock.u16(used.get(u16(gpos, record))).offset16(anchor(markArray, u16(gpos, record + 2)));
        }
        Block baseBlock = new Block().u16(keptBases.length);
        for (int base : keptBases) {
            int record = baseArray + 2 + 2 * classCount * base;
            for (int c : used.keySet()) {
                baseBlock.offset16(anchor(baseArray, u16(gpos, record + 2 * c)));
            }
        }
        return new Block()
                .u16(1)
                .offset16(Coverage.write(Coverage.at(marks, keptMarks)))
                .offset16(Coverage.write(Coverage.at(bases, keptBases)))
                .u16(used.size())
                .offset16(markBlock)
                .offset16(baseBlock);
    }

    /** A copy of the anchor at {@code offset} from {@code from}, or null for a null offset. */
    private Block anchor(int from, int offset) {
        if (offset == 0) {
            return null;
        }
        int at = from + offset;
        int format = u16(gpos, at);
        if (format == 3 && (gpos.getInt(at + 6) != 0) || format > 3) {
            throw new UnsupportedLayout("anchor format " + format + " with device tables");
        }
        return new Block().copy(gpos, at, format == 1 ? 6 : format == 2 ? 8 : 10);
    }

    /** The entries of {@code classes} for glyphs in {@code glyphs}. */
    private static SortedMap<Integer, Integer> keptClasses(SortedMap<Integer, Integer> classes, BitSet glyphs) {
        SortedMap<Integer, Integer> left = new TreeMap<>();
        classes.forEach((glyph, c) -> {
            if (glyphs.get(glyph)) {
                left.put(glyph, c);
            }
        });
        return left;
    }

    /**
     * Numbers the classes still used anew, class 0 (every glyph not listed) staying 0, and rewrites
     * {@code classes} with the new numbers; returns the old number of each new class.
     */
    private static int[] renumber(SortedMap<Integer, Integer> classes) {
        SortedMap<Integer, Integer> numbers = new TreeMap<>();
        numbers.put(0, 0);
        classes.values().forEach(c -> numbers.put(c, 0));
        int next = 0;
        int[] old = new int[numbers.size()];
        for (Map.Entry<Integer, Integer> e : numbers.entrySet()) {
            old[next] = e.getKey();
            e.setValue(next++);
        }
        classes.replaceAll((glyph, c) -> numbers.get(c));
        return old;
    }

    private static int valueSize(int valueFormat) {
        if ((valueFormat & DEVICE_TABLES) != 0) {
            throw new UnsupportedLayout("value records with device tables");
        }
        return 2 * Integer.bitCount(valueFormat & 0xFF);
    }
}

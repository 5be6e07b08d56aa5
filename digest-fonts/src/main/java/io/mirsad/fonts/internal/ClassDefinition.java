package io.mirsad.fonts.internal;

import static io.mirsad.fonts.internal.CharacterMap.u16;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** An OpenType Class Definition table: the class of each glyph it lists; unlisted glyphs are class 0. */
final class ClassDefinition {
    private ClassDefinition() {}

    /** The glyphs with a class other than 0 in the table at {@code at}, mapped to their class. */
    static SortedMap<Integer, Integer> read(ByteBuffer table, int at) {
        SortedMap<Integer, Integer> classes = new TreeMap<>();
        int format = u16(table, at);
        if (format == 1) {
            int start = u16(table, at + 2);
            int count = u16(table, at + 4);
            for (int i = 0; i < count; i++) {
                put(classes, start + i, u16(table, at + 6 + 2 * i));
            }
        } else if (format == 2) {
            int count = u16(table, at + 2);
            for (int r = 0; r < count; r++) {
                int range = at + 4 + 6 * r;
                for (int g = u16(table, range); g <= u16(table, range + 2); g++) {
                    put(classes, g, u16(table, range + 4));
                }
            }
        } else {
            throw new UnsupportedLayout("ClassDef format " + format);
        }
        return classes;
    }

    private static void put(Map<Integer, Integer> classes, int glyph, int glyphClass) {
        if (glyphClass != 0) {
            classes.put(glyph, glyphClass);
        }
    }

    /** A Class Definition table of {@code classes} (none of them 0), in whichever format is smaller. */
    static Block write(SortedMap<Integer, Integer> classes) {
        Block ranges = new Block();
        int rangeCount = 0;
        int start = -1;
        int last = -1;
        int rangeClass = -1;
        for (Map.Entry<Integer, Integer> e : classes.entrySet()) {
            if (e.getKey() != last + 1 || e.getValue() != rangeClass) {
                if (start >= 0) {
                    ranges.u16(start).u16(last).u16(rangeClass);
                    rangeCount++;
                }
                start = e.getKey();
                rangeClass = e.getValue();
            }
            last = e.getKey();
        }
        if (start >= 0) {
            ranges.u16(start).u16(last).u16(rangeClass);
            rangeCount++;
        }
        int first = classes.isEmpty() ? 0 : classes.firstKey();
        int span = classes.isEmpty() ? 0 : classes.lastKey() - first + 1;
        Block b = new Block();
        if (2 * span <= 6 * rangeCount) {
            b.u16(1).u16(first).u16(span);
            for (int g = first; g < first + span; g++) {
                b.u16(classes.getOrDefault(g, 0));
            }
            return b;
        }
        b.u16(2).u16(rangeCount);
        ByteBuffer packed = ranges.pack();
        return b.copy(packed, 0, packed.limit());
    }
}

package io.mirsad.fonts.internal;

import static io.mirsad.fonts.internal.CharacterMap.u16;

import java.nio.ByteBuffer;
import java.util.BitSet;

/**
 * Every glyph the font's {@code GSUB} lookups can produce from a set of glyphs: single, multiple,
 * alternate, ligature and reverse-chaining substitutions (through extension lookups too) applied
 * until nothing new appears. Contextual lookups produce nothing themselves; the lookups they call
 * are in the list and applied anyway, so the closure may hold more glyphs than a text needs, never
 * fewer.
 */
final class SubstitutionClosure {
    private final ByteBuffer gsub;

    SubstitutionClosure(ByteBuffer gsub) {
        this.gsub = gsub;
    }

    /** Adds to {@code glyphs} every glyph reachable from them. */
    void close(BitSet glyphs) {
        int lookupList = u16(gsub, 8);
        int lookups = u16(gsub, lookupList);
        int before;
        do {
            before = glyphs.cardinality();
            for (int i = 0; i < lookups; i++) {
                int lookup = lookupList + u16(gsub, lookupList + 2 + 2 * i);
                int type = u16(gsub, lookup);
                int subtables = u16(gsub, lookup + 4);
                for (int s = 0; s < subtables; s++) {
                    apply(type, lookup + u16(gsub, lookup + 6 + 2 * s), glyphs);
                }
            }
        } while (glyphs.cardinality() != before);
    }

    private void apply(int type, int sub, BitSet glyphs) {
        switch (type) {
            case 1 -> single(sub, glyphs);
            case 2, 3 -> sequences(sub, glyphs);
            case 4 -> ligatures(sub, glyphs);
            case 7 -> apply(u16(gsub, sub + 2), sub + gsub.getInt(sub + 4), glyphs);
            case 8 -> reverseChaining(sub, glyphs);
            default -> {
                // contextual (5, 6): their nested lookups are applied on their own
            }
        }
    }

    private void single(int sub, BitSet glyphs) {
        int format = u16(gsub, sub);
        int coverage = sub + u16(gsub, sub + 2);
        forEachCovered(
                coverage,
                glyphs,
                (glyph, index) -> glyphs.set(
                        format == 1 ? (glyph + gsub.getShort(sub + 4)) & 0xFFFF : u16(gsub, sub + 6 + 2 * index)));
    }

    /** Multiple (type 2) and alternate (type 3) substitutions share one layout: a glyph array per covered glyph. */
    private void sequences(int sub, BitSet glyphs) {
        int coverage = sub + u16(gsub, sub + 2);
        forEachCovered(coverage, glyphs, (glyph, index) -> {
            int sequence = sub + u16(gsub, sub + 6 + 2 * index);
            int count = u16(gsub, sequence);
            for (int i = 0; i < count; i++) {
                glyphs.set(u16(gsub, sequence + 2 + 2 * i));
            }
        });
    }

    private void ligatures(int sub, BitSet glyphs) {
        int coverage = sub + u16(gsub, sub + 2);
        forEachCovered(coverage, glyphs, (glyph, index) -> {
            int set = sub + u16(gsub, sub + 6 + 2 * index);
            int count = u16(gsub, set);
            for (int i = 0; i < count; i++) {
                int ligature = set + u16(gsub, set + 2 + 2 * i);
                int components = u16(gsub, ligature + 2);
                boolean all = true;
                for (int c = 1; c < components && all; c++) {
                    all = glyphs.get(u16(gsub, ligature + 2 + 2 * c));
                }
                if (all) {
                    glyphs.set(u16(gsub, ligature));
                }
            }
        });
    }

    private void reverseChaining(int sub, BitSet glyphs) {
        int coverage = sub + u16(gsub, sub + 2);
        int backtrack = u16(gsub, sub + 4);
        int lookahead = u16(gsub, sub + 6 + 2 * backtrack);
        int substitutes = sub + 8 + 2 * backtrack + 2 * lookahead;
        forEachCovered(coverage, glyphs, (glyph, index) -> glyphs.set(u16(gsub, substitutes + 2 + 2 * index)));
    }

    private interface Covered {
        void accept(int glyph, int coverageIndex);
    }

    /** Calls {@code action} for each glyph of the coverage table that is in {@code glyphs}. */
    private void forEachCovered(int coverage, BitSet glyphs, Covered action) {
        int format = u16(gsub, coverage);
        int count = u16(gsub, coverage + 2);
        if (format == 1) {
            for (int i = 0; i < count; i++) {
                int glyph = u16(gsub, coverage + 4 + 2 * i);
                if (glyphs.get(glyph)) {
                    action.accept(glyph, i);
                }
            }
        } else {
            for (int r = 0; r < count; r++) {
                int range = coverage + 4 + 6 * r;
                int start = u16(gsub, range);
                int end = u16(gsub, range + 2);
                int first = u16(gsub, range + 4);
                for (int glyph = glyphs.nextSetBit(start);
                        glyph >= 0 && glyph <= end;
                        glyph = glyphs.nextSetBit(glyph + 1)) {
                    action.accept(glyph, first + glyph - start);
                }
            }
        }
    }
}

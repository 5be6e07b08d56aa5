package io.mirsad.fonts.internal;

import static io.mirsad.fonts.internal.CharacterMap.u16;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Cuts {@code GSUB} subtables: single, multiple, alternate and ligature substitutions keep the records
 * that turn kept glyphs into kept glyphs (a ligature only if all its components are kept), chained
 * contexts by coverage keep the rules that can still match. A record whose result was not kept is one
 * the subset's text never reaches (the glyphs kept hold everything the applied features make of it),
 * and dropping it leaves no rule that would draw an emptied glyph. Other formats are not read.
 */
final class SubstitutionPruner implements SubtablePruner {
    private final ByteBuffer gsub;
    private final BitSet kept;

    SubstitutionPruner(ByteBuffer gsub, BitSet kept) {
        this.gsub = gsub;
        this.kept = kept;
    }

    @Override
    public Block prune(int type, int at) {
        return switch (type) {
            case 1 -> single(at);
            case 2, 3 -> sequences(at);
            case 4 -> ligatures(at);
            case 6 -> ChainedContext.prune(gsub, at, kept);
            default -> throw new UnsupportedLayout("GSUB lookup type " + type);
        };
    }

    private Block single(int at) {
        int format = u16(gsub, at);
        if (format != 1 && format != 2) {
            throw new UnsupportedLayout("single substitution format " + format);
        }
        int[] glyphs = Coverage.read(gsub, at + u16(gsub, at + 2));
        int[] indices = Arrays.stream(Coverage.keptIndices(glyphs, kept))
                .filter(i -> kept.get(
                        format == 1 ? (glyphs[i] + gsub.getShort(at + 4)) & 0xFFFF : u16(gsub, at + 6 + 2 * i)))
                .toArray();
        if (indices.length == 0) {
            return null;
        }
        Block b = new Block().u16(format).offset16(Coverage.write(Coverage.at(glyphs, indices)));
        if (format == 1) {
            return b.u16(u16(gsub, at + 4));
        }
        b.u16(indices.length);
        for (int i : indices) {
            b.u16(u16(gsub, at + 6 + 2 * i));
        }
        return b;
    }

    /** Multiple (type 2) and alternate (type 3) substitutions: a glyph array per covered glyph. */
    private Block sequences(int at) {
        requireFormat1(at);
        int[] glyphs = Coverage.read(gsub, at + u16(gsub, at + 2));
        int[] indices = Arrays.stream(Coverage.keptIndices(glyphs, kept))
                .filter(i -> allKept(at + u16(gsub, at + 6 + 2 * i)))
                .toArray();
        if (indices.length == 0) {
            return null;
        }
        Block b = new Block().u16(1).offset16(Coverage.write(Coverage.at(glyphs, indices)));
        b.u16(indices.length);
        for (int i : indices) {
            int sequence = at + u16(gsub, at + 6 + 2 * i);
            b.offset16(new Block().copy(gsub, sequence, 2 + 2 * u16(gsub, sequence)));
        }
        return b;
    }

    private Block ligatures(int at) {
        requireFormat1(at);
        int[] glyphs = Coverage.read(gsub, at + u16(gsub, at + 2));
        List<Integer> first = new ArrayList<>();
        List<Block> sets = new ArrayList<>();
        for (int i : Coverage.keptIndices(glyphs, kept)) {
            int set = at + u16(gsub, at + 6 + 2 * i);
            List<Block> ligatures = new ArrayList<>();
            for (int l = 0; l < u16(gsub, set); l++) {
                int ligature = set + u16(gsub, set + 2 + 2 * l);
                int components = u16(gsub, ligature + 2);
                boolean all = kept.get(u16(gsub, ligature));
                for (int c = 1; c < components && all; c++) {
                    all = kept.get(u16(gsub, ligature + 2 + 2 * c));
                }
                if (all) {
                    ligatures.add(new Block().copy(gsub, ligature, 2 + 2 * components));
                }
            }
            if (!ligatures.isEmpty()) {
                Block s = new Block().u16(ligatures.size());
                ligatures.forEach(s::offset16);
                first.add(glyphs[i]);
                sets.add(s);
            }
        }
        if (sets.isEmpty()) {
            return null;
        }
        Block b = new Block()
                .u16(1)
                .offset16(Coverage.write(
                        first.stream().mapToInt(Integer::intValue).toArray()))
                .u16(sets.size());
        sets.forEach(b::offset16);
        return b;
    }

    /** Whether every glyph of the glyph array at {@code at} (a sequence or an alternate set) is kept. */
    private boolean allKept(int at) {
        for (int i = 0; i < u16(gsub, at); i++) {
            if (!kept.get(u16(gsub, at + 2 + 2 * i))) {
                return false;
            }
        }
        return true;
    }

    private void requireFormat1(int at) {
        if (u16(gsub, at) != 1) {
            throw new UnsupportedLayout("GSUB subtable format " + u16(gsub, at));
        }
    }
}

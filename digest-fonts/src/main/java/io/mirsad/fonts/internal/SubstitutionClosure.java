package io.mirsad.fonts.internal;

import static io.mirsad.fonts.internal.CharacterMap.u16;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Every glyph the font's {@code GSUB} lookups can produce from a set of glyphs: single, multiple,
 * alternate, ligature and reverse-chaining substitutions (through extension lookups too) applied
 * until nothing new appears. The lookups of the features asked for apply to every glyph; a lookup that
 * only chained contexts by coverage call applies only when one of those rules can match the glyphs, and
 * then, if the rule calls it alone, only to the glyphs the rule allows where it calls it. Other
 * contextual formats are not read: when a font has one, every lookup applies to every glyph. The
 * closure may hold more glyphs than a text needs, never fewer. Its steps, one rule each, also give the
 * glyphs that lie between some glyphs and others ({@link #paths}).
 */
final class SubstitutionClosure {
    private static final int EXTENSION = 7;
    /** The result of a multiple substitution to no glyph. */
    private static final int DELETED = -1;

    private final ByteBuffer gsub;
    private final int lookupList;
    private final int lookupCount;
    /**
     * The lookups that apply to every glyph: those of the features asked for, or all if the contexts
     * cannot be read.
     */
    private final BitSet everywhere;

    /** The closure over the lookups of the features whose tags {@code features} accepts. */
    SubstitutionClosure(ByteBuffer gsub, Predicate<String> features) {
        this.gsub = gsub;
        this.lookupList = u16(gsub, 8);
        this.lookupCount = u16(gsub, lookupList);
        this.everywhere = new BitSet(lookupCount);
        boolean featureVariations = u16(gsub, 2) != 0 && gsub.getInt(10) != 0;
        if (featureVariations || !contextsReadable()) {
            everywhere.set(0, lookupCount);
        } else {
            LayoutPruner.featureLookups(gsub, features, everywhere::set);
        }
    }

    /** Adds to {@code glyphs} every glyph reachable from them. */
    void close(BitSet glyphs) {
        close(glyphs, (from, to) -> {});
    }

    /**
     * Adds to {@code glyphs} every glyph reachable from them and passes on each step taken on the way,
     * some more than once. A step once possible stays so as glyphs are added, so the steps passed on are
     * those of the glyphs reached.
     */
    private void close(BitSet glyphs, Step step) {
        int before;
        do {
            before = glyphs.cardinality();
            substitutions(glyphs, (from, to) -> {
                if (to != DELETED) {
                    glyphs.set(to);
                }
                step.take(from, to);
            });
        } while (glyphs.cardinality() != before);
    }

    /**
     * The glyphs on some path of substitutions from {@code sources} to {@code targets}: every glyph
     * reachable from the sources from which a target can be reached, the sources and targets themselves
     * included where they are so joined. A path may also end where a rule deletes the glyph. Each step
     * is one rule of one lookup, a ligature being a step from each of its components.
     */
    BitSet paths(BitSet sources, BitSet targets) {
        BitSet reachable = (BitSet) sources.clone();
        Map<Integer, BitSet> producers = new HashMap<>();
        BitSet ends = (BitSet) targets.clone();
        close(reachable, (from, to) -> {
            if (to == DELETED) {
                ends.set(from);
            } else {
                producers.computeIfAbsent(to, g -> new BitSet()).set(from);
            }
        });
        ends.and(reachable);
        BitSet onPath = (BitSet) ends.clone();
        Deque<Integer> pending = new ArrayDeque<>();
        ends.stream().forEach(pending::add);
        while (!pending.isEmpty()) {
            BitSet from = producers.get(pending.poll());
            for (int g = from == null ? -1 : from.nextSetBit(0); g >= 0; g = from.nextSetBit(g + 1)) {
                if (!onPath.get(g)) {
                    onPath.set(g);
                    pending.add(g);
                }
            }
        }
        return onPath;
    }

    /** Passes on the substitutions the lookups can make of {@code glyphs}, in one pass over the lookups. */
    private void substitutions(BitSet glyphs, Step step) {
        BitSet[] inputs = inputs(glyphs);
        for (int i = 0; i < lookupCount; i++) {
            if (inputs[i] != null) {
                BitSet input = (BitSet) inputs[i].clone();
                for (Subtable sub : subtables(i)) {
                    apply(sub.type(), sub.at(), input, glyphs, step);
                }
            }
        }
    }

    /** One substitution step: a rule can turn {@code from} into {@code to} (or into part of it), or delete it. */
    private interface Step {
        void take(int from, int to);
    }

    /**
     * For each lookup, the glyphs it can be applied to, or null if nothing applies it: all the glyphs
     * for the features' lookups, and for those that chained contexts call, what the matching rules
     * allow.
     */
    private BitSet[] inputs(BitSet glyphs) {
        BitSet[] inputs = new BitSet[lookupCount];
        BitSet unrestricted = new BitSet();
        Deque<Integer> pending = new ArrayDeque<>();
        everywhere.stream().filter(i -> i < lookupCount).forEach(i -> {
            inputs[i] = glyphs;
            unrestricted.set(i);
            pending.add(i);
        });
        while (!pending.isEmpty()) {
            for (Subtable sub : subtables(pending.poll())) {
                if (sub.type() == 6) {
                    calls(sub.at(), glyphs, inputs, unrestricted, pending);
                }
            }
        }
        return inputs;
    }

    /** Adds to {@code inputs} what a chained context by coverage lets the lookups it calls act on. */
    private void calls(int sub, BitSet glyphs, BitSet[] inputs, BitSet unrestricted, Deque<Integer> pending) {
        int position = sub + 2;
        int[] inputCoverages = null;
        for (int sequence = 0; sequence < 3; sequence++) {
            int count = u16(gsub, position);
            int[] coverages = new int[count];
            for (int c = 0; c < count; c++) {
                coverages[c] = sub + u16(gsub, position + 2 + 2 * c);
                if (!intersects(coverages[c], glyphs)) {
                    return;
                }
            }
            if (sequence == 1) {
                inputCoverages = coverages;
            }
            position += 2 + 2 * count;
        }
        int records = u16(gsub, position);
        for (int r = 0; r < records; r++) {
            int sequenceIndex = u16(gsub, position + 2 + 4 * r);
            int called = u16(gsub, position + 4 + 4 * r);
            if (called >= lookupCount || unrestricted.get(called)) {
                continue;
            }
            if (records == 1 && sequenceIndex < inputCoverages.length) {
                BitSet before = inputs[called];
                BitSet allowed = before == null ? new BitSet() : (BitSet) before.clone();
                forEachCovered(inputCoverages[sequenceIndex], glyphs, (glyph, index) -> allowed.set(glyph));
                inputs[called] = allowed;
                if (!allowed.equals(before)) {
                    pending.add(called);
                }
            } else {
                // An earlier call of the same rule may have changed the glyph there, or moved it.
                inputs[called] = glyphs;
                unrestricted.set(called);
                pending.add(called);
            }
        }
    }

    /** Whether every contextual subtable of the font is a chained context by coverage, the one read here. */
    private boolean contextsReadable() {
        for (int i = 0; i < lookupCount; i++) {
            for (Subtable sub : subtables(i)) {
                if (sub.type() == 5 || sub.type() == 6 && u16(gsub, sub.at()) != 3) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A subtable of a lookup: its lookup type and where it starts. */
    private record Subtable(int type, int at) {}

    /** The subtables of lookup {@code index}, an extension's replaced by the subtable it points to. */
    private List<Subtable> subtables(int index) {
        int lookup = lookup(index);
        int type = u16(gsub, lookup);
        List<Subtable> subtables = new ArrayList<>();
        for (int s = 0; s < u16(gsub, lookup + 4); s++) {
            int sub = lookup + u16(gsub, lookup + 6 + 2 * s);
            subtables.add(
                    type == EXTENSION
                            ? new Subtable(u16(gsub, sub + 2), sub + gsub.getInt(sub + 4))
                            : new Subtable(type, sub));
        }
        return subtables;
    }

    private int lookup(int index) {
        return lookupList + u16(gsub, lookupList + 2 + 2 * index);
    }

    private boolean intersects(int coverage, BitSet glyphs) {
        boolean[] found = {false};
        forEachCovered(coverage, glyphs, (glyph, index) -> found[0] = true);
        return found[0];
    }

    private void apply(int type, int sub, BitSet input, BitSet glyphs, Step step) {
        switch (type) {
            case 1 -> single(sub, input, step);
            case 2, 3 -> sequences(sub, input, step);
            case 4 -> ligatures(sub, input, glyphs, step);
            case 8 -> reverseChaining(sub, input, step);
            default -> {
                // contextual (5, 6): the lookups they call are applied on their own
            }
        }
    }

    private void single(int sub, BitSet input, Step step) {
        int format = u16(gsub, sub);
        int coverage = sub + u16(gsub, sub + 2);
        forEachCovered(
                coverage,
                input,
                (glyph, index) -> step.take(
                        glyph,
                        format == 1 ? (glyph + gsub.getShort(sub + 4)) & 0xFFFF : u16(gsub, sub + 6 + 2 * index)));
    }

    /** Multiple (type 2) and alternate (type 3) substitutions share one layout: a glyph array per covered glyph. */
    private void sequences(int sub, BitSet input, Step step) {
        int coverage = sub + u16(gsub, sub + 2);
        forEachCovered(coverage, input, (glyph, index) -> {
            int sequence = sub + u16(gsub, sub + 6 + 2 * index);
            int count = u16(gsub, sequence);
            if (count == 0) {
                step.take(glyph, DELETED);
            }
            for (int i = 0; i < count; i++) {
                step.take(glyph, u16(gsub, sequence + 2 + 2 * i));
            }
        });
    }

    /** A ligature whose components are all among {@code glyphs} is a step from each of them. */
    private void ligatures(int sub, BitSet input, BitSet glyphs, Step step) {
        int coverage = sub + u16(gsub, sub + 2);
        forEachCovered(coverage, input, (glyph, index) -> {
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
                    int result = u16(gsub, ligature);
                    step.take(glyph, result);
                    for (int c = 1; c < components; c++) {
                        step.take(u16(gsub, ligature + 2 + 2 * c), result);
                    }
                }
            }
        });
    }

    private void reverseChaining(int sub, BitSet input, Step step) {
        int coverage = sub + u16(gsub, sub + 2);
        int backtrack = u16(gsub, sub + 4);
        int lookahead = u16(gsub, sub + 6 + 2 * backtrack);
        int substitutes = sub + 8 + 2 * backtrack + 2 * lookahead;
        forEachCovered(coverage, input, (glyph, index) -> step.take(glyph, u16(gsub, substitutes + 2 + 2 * index)));
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

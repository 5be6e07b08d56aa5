package io.mirsad.fonts.internal;

import static io.mirsad.fonts.internal.CharacterMap.u16;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.function.Predicate;

/**
 * Cuts a {@code GSUB} or {@code GPOS} table down to the glyphs a subset keeps and the features shaping
 * engines apply by default ({@link ShapingFeatures}), glyph ids unchanged: a feature not applied keeps
 * no lookups, a lookup that neither an applied feature nor a context it reaches calls keeps no
 * subtables, a lookup subtable that can only act on glyphs no longer there is dropped, and the others
 * lose their records for such glyphs. The scripts, language systems, feature records and the numbering
 * of the lookups stay as they are (a lookup may end with no subtables, which does nothing, as before
 * for this text), so a shaping engine applies the same rules to the text and gets the same glyphs and
 * positions.
 */
final class LayoutPruner {
    /** Lookup flag: a mark filtering set index follows the subtable offsets. */
    private static final int USE_MARK_FILTERING_SET = 0x0010;

    private final ByteBuffer table;
    private final SubtablePruner subtables;
    private final int contextType;
    private final int extensionType;

    private LayoutPruner(ByteBuffer table, SubtablePruner subtables, int contextType, int extensionType) {
        this.table = table;
        this.subtables = subtables;
        this.contextType = contextType;
        this.extensionType = extensionType;
    }

    /** The {@code GSUB} table cut to {@code kept}, or nothing if it holds what cannot be cut. */
    static Optional<ByteBuffer> substitutions(ByteBuffer gsub, BitSet kept) {
        return new LayoutPruner(gsub, new SubstitutionPruner(gsub, kept), 6, 7).tryPrune();
    }

    /** The {@code GPOS} table cut to {@code kept}, or nothing if it holds what cannot be cut. */
    static Optional<ByteBuffer> positions(ByteBuffer gpos, BitSet kept) {
        return new LayoutPruner(gpos, new PositioningPruner(gpos, kept), 8, 9).tryPrune();
    }

    private Optional<ByteBuffer> tryPrune() {
        try {
            return Optional.of(prune());
        } catch (UnsupportedLayout e) {
            return Optional.empty();
        }
    }

    private ByteBuffer prune() {
        int minor = u16(table, 2);
        if (u16(table, 0) != 1 || minor > 1 || minor == 1 && table.getInt(10) != 0) {
            throw new UnsupportedLayout("a layout table version other than 1.0, or feature variations");
        }
        int lookupList = u16(table, 8);
        int lookupCount = u16(table, lookupList);
        List<Block> lookups = new ArrayList<>();
        BitSet applied = applied(lookupList, lookupCount);
        BitSet emptied = new BitSet();
        for (int i = 0; i < lookupCount; i++) {
            Block lookup = lookup(lookupList + u16(table, lookupList + 2 + 2 * i), i, applied.get(i), emptied);
            lookups.add(lookup);
        }
        Block lookupBlock = new Block().u16(lookupCount);
        lookups.forEach(lookupBlock::offset16);
        return new Block()
                .u32(0x00010000)
                .offset16(scripts(u16(table, 4)))
                .offset16(features(u16(table, 6), emptied))
                .offset16(lookupBlock)
                .pack();
    }

    /** Passes on the lookup indices of every feature of a GSUB or GPOS table whose tag {@code features} accepts. */
    static void featureLookups(ByteBuffer table, Predicate<String> features, IntConsumer lookup) {
        int list = u16(table, 6);
        for (int f = 0; f < u16(table, list); f++) {
            int record = list + 2 + 6 * f;
            if (features.test(SfntFile.tag(table.getInt(record)))) {
                int feature = list + u16(table, record + 4);
                for (int l = 0; l < u16(table, feature + 2); l++) {
                    lookup.accept(u16(table, feature + 4 + 2 * l));
                }
            }
        }
    }

    /**
     * The lookups shaping applies: those of the applied features, and those their chained contexts
     * call, and so on.
     */
    private BitSet applied(int lookupList, int lookupCount) {
        BitSet applied = new BitSet(lookupCount);
        Deque<Integer> pending = new ArrayDeque<>();
        IntConsumer apply = i -> {
            if (i < lookupCount && !applied.get(i)) {
                applied.set(i);
                pending.add(i);
            }
        };
        featureLookups(table, ShapingFeatures::applied, apply);
        while (!pending.isEmpty()) {
            int at = lookupList + u16(table, lookupList + 2 + 2 * pending.poll());
            int type = u16(table, at);
            for (int s = 0; s < u16(table, at + 4); s++) {
                int sub = at + u16(table, at + 6 + 2 * s);
                if (type == extensionType && u16(table, sub + 2) == contextType) {
                    ChainedContext.calls(table, sub + table.getInt(sub + 4)).forEach(apply);
                } else if (type == contextType) {
                    ChainedContext.calls(table, sub).forEach(apply);
                }
            }
        }
        return applied;
    }

    /**
     * A lookup with its subtables cut, or with none if shaping does not apply it; marks it in {@code
     * emptied} if none is left.
     */
    private Block lookup(int at, int index, boolean applied, BitSet emptied) {
        int type = u16(table, at);
        int flag = u16(table, at + 2);
        int count = u16(table, at + 4);
        List<Block> kept = new ArrayList<>();
        for (int s = 0; applied && s < count; s++) {
            int sub = at + u16(table, at + 6 + 2 * s);
            Block cut;
            if (type == extensionType) {
                Block inner = subtables.prune(u16(table, sub + 2), sub + table.getInt(sub + 4));
                cut = inner == null
                        ? null
                        : new Block().u16(1).u16(u16(table, sub + 2)).offset32(inner);
            } else {
                cut = subtables.prune(type, sub);
            }
            if (cut != null) {
                kept.add(cut);
            }
        }
        if (kept.isEmpty()) {
            emptied.set(index);
        }
        Block lookup = new Block().u16(type).u16(flag).u16(kept.size());
        kept.forEach(lookup::offset16);
        if ((flag & USE_MARK_FILTERING_SET) != 0) {
            lookup.u16(u16(table, at + 6 + 2 * count));
        }
        return lookup;
    }

    /** The ScriptList as it is: every script and language system keeps its features. */
    private Block scripts(int at) {
        int count = u16(table, at);
        Block list = new Block().u16(count);
        for (int i = 0; i < count; i++) {
            int record = at + 2 + 6 * i;
            int script = at + u16(table, record + 4);
            int defaultLangSys = u16(table, script);
            int langSysCount = u16(table, script + 2);
            Block s = new Block().offset16(defaultLangSys == 0 ? null : langSys(script + defaultLangSys));
            s.u16(langSysCount);
            for (int l = 0; l < langSysCount; l++) {
                int langRecord = script + 4 + 6 * l;
                s.copy(table, langRecord, 4).offset16(langSys(script + u16(table, langRecord + 4)));
            }
            list.copy(table, record, 4).offset16(s);
        }
        return list;
    }

    private Block langSys(int at) {
        return new Block().copy(table, at, 6 + 2 * u16(table, at + 4));
    }

    /**
     * A copy of the parameters of a stylistic set ({@code ssNN}: the name of the set) or character
     * variant ({@code cvNN}: names and the characters it applies to), or null if the feature has none.
     */
    private Block featureParameters(String tag, int feature) {
        int offset = u16(table, feature);
        if (offset == 0) {
            return null;
        }
        int at = feature + offset;
        if (tag.startsWith("ss")) {
            return new Block().copy(table, at, 4);
        }
        if (tag.startsWith("cv")) {
            return new Block().copy(table, at, 14 + 3 * u16(table, at + 12));
        }
        throw new UnsupportedLayout("parameters of feature " + tag);
    }

    /**
     * The FeatureList, each feature without the lookups that lost all their subtables, and a feature
     * shaping does not apply without any.
     */
    private Block features(int at, BitSet emptied) {
        int count = u16(table, at);
        Block list = new Block().u16(count);
        for (int i = 0; i < count; i++) {
            int record = at + 2 + 6 * i;
            int feature = at + u16(table, record + 4);
            String tag = SfntFile.tag(table.getInt(record));
            List<Integer> lookups = new ArrayList<>();
            for (int l = 0; ShapingFeatures.applied(tag) && l < u16(table, feature + 2); l++) {
                int lookup = u16(table, feature + 4 + 2 * l);
                if (!emptied.get(lookup)) {
                    lookups.add(lookup);
                }
            }
            Block f = new Block().offset16(featureParameters(tag, feature)).u16(lookups.size());
            lookups.forEach(f::u16);
            list.copy(table, record, 4).offset16(f);
        }
        return list;
    }
}

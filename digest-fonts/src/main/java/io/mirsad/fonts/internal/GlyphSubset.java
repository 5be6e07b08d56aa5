package io.mirsad.fonts.internal;

import static io.mirsad.fonts.internal.CharacterMap.u16;

import com.ibm.icu.lang.UCharacter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.Locale;
import java.util.Optional;

/**
 * Cuts a TrueType font down to the glyphs a text needs while keeping every glyph id: the outlines of
 * the other glyphs are emptied and their metrics zeroed, glyph names dropped ({@code post} version 3),
 * {@code GSUB} and {@code GPOS} cut to the rules of the features shaping engines apply by default
 * that can still apply to the kept glyphs ({@link LayoutPruner}), and everything else — {@code cmap},
 * {@code GDEF}, the scripts and feature records — kept as it is. A reading system then shapes the
 * text with the subset's layout tables exactly as with the whole font; the glyphs kept are those of
 * the text's characters, their mirrored forms and the characters Unicode normalization can turn them
 * into, of the characters layout engines insert (dotted circle, tatweel, space), everything the
 * substitutions of those features can make of them, and the parts of composite glyphs. Given the glyphs
 * shaping a fixed text drew, it keeps instead of "everything" only those, the glyphs substitutions pass
 * through to reach them, and what the features no ligature setting turns off can make of the
 * characters. Optional features (stylistic sets, swashes…) are left without lookups, their glyphs
 * being for a style sheet that asks for them. A face that has none of the text's characters keeps only {@code .notdef}, without
 * its hints, no layout or hinting tables and a character map that maps nothing. The outlines are
 * addressed with 16-bit offsets when they fit.
 */
public final class GlyphSubset {
    private static final int ARG_1_AND_2_ARE_WORDS = 0x0001;
    private static final int WE_HAVE_A_SCALE = 0x0008;
    private static final int MORE_COMPONENTS = 0x0020;
    private static final int WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
    private static final int WE_HAVE_A_TWO_BY_TWO = 0x0080;
    /**
     * Characters layout engines add to a text themselves: the dotted circle HarfBuzz puts under a mark
     * without a base, the tatweel word processors stretch Arabic words with when they justify, and the
     * space HarfBuzz draws for spaces and invisible characters the font lacks.
     */
    private static final int[] ADDED_BY_LAYOUT = {0x25CC, 0x0640, 0x0020};
    /**
     * Characters whose outlines rasterizers measure to hint a font that carries no hints of its own
     * (FreeType's auto-hinter, which Chromium uses, takes its blue zones and standard widths from these
     * Latin and Arabic letters): with their outlines kept, a subset is hinted, and so drawn, exactly
     * like the whole face.
     */
    private static final String MEASURED_BY_RASTERIZERS = "THEZOCQSHEZLOCUSfijkdbhxzroescpqgjyoO0اإلكطظتثحـ";
    /** The TrueType hinting tables: programs, control values and the device metrics they give. */
    private static final String[] HINTING_TABLES = {"fpgm", "prep", "cvt ", "hdmx", "LTSH", "VDMX"};
    /** A character map that maps no character: one Windows Unicode subtable, format 4, with only the final segment. */
    private static final ByteBuffer EMPTY_CHARACTER_MAP = ByteBuffer.wrap(new byte[] {
                0,
                0,
                0,
                1,
                0,
                3,
                0,
                1,
                0,
                0,
                0,
                12, // version 0, one subtable: platform 3, encoding 1, at 12
                0,
                4,
                0,
                24,
                0,
                0,
                0,
                2,
                0,
                2,
                0,
                0,
                0,
                0, // format 4, length 24, language 0, one segment
                (byte) 0xFF,
                (byte) 0xFF,
                0,
                0,
                (byte) 0xFF,
                (byte) 0xFF,
                0,
                1,
                0,
                0 // end, pad, start, delta 1, range 0
            })
            .asReadOnlyBuffer();
    /** The OpenType and legacy layout tables, dropped from a face that draws none of the text. */
    private static final String[] LAYOUT_TABLES = {"GSUB", "GPOS", "GDEF", "BASE", "JSTF", "kern", "morx", "kerx"};

    private GlyphSubset() {}

    /**
     * The subset font file, or null if this font may not or cannot be subset: outlines that are not
     * TrueType, or a name the licence reserves (SIL OFL "Reserved Font Name": a subset is a Modified
     * Version, which may not carry that name).
     *
     * @param drawn null to keep every glyph the default features can make of the text's characters in
     *     any context; else the glyphs shaping the text with the whole face drew, to keep besides those
     *     substitutions pass through to reach them and what the required features make of the text
     *     ({@link ShapingFeatures#required}); glyph ids past the font's are ignored
     */
    public static byte[] subset(byte[] font, CharSequence text, BitSet drawn) {
        SfntFile sfnt = SfntFile.read(font);
        if (!sfnt.hasGlyphOutlines() || sfnt.table("cmap") == null || reservesItsName(sfnt.table("name"))) {
            return null;
        }
        int glyphCount = u16(sfnt.table("maxp"), 4);
        BitSet kept = new BitSet(glyphCount);
        kept.set(0);
        CharacterMap cmap = CharacterMap.of(sfnt.table("cmap"));
        NormalForms.of(text, cmap).forEach(cp -> {
            kept.set(cmap.glyph(cp));
            kept.set(cmap.glyph(UCharacter.getMirror(cp)));
        });
        boolean drawsText = kept.cardinality() > 1;
        if (!drawsText) {
            // The face draws none of the text (a fallback the text never falls back to): no reading
            // system shapes with it, so its layout tables, the bulk of such a file, have nothing to do.
            for (String table : LAYOUT_TABLES) {
                sfnt.remove(table);
            }
            // Nor does any rasterizer draw it: no hints, no characters; .notdef keeps its outline, as
            // Chromium's font sanitizer refuses a font whose glyf table is empty.
            for (String table : HINTING_TABLES) {
                sfnt.remove(table);
            }
            sfnt.put("cmap", EMPTY_CHARACTER_MAP.duplicate());
        } else {
            for (int cp : ADDED_BY_LAYOUT) {
                kept.set(cmap.glyph(cp));
            }
            ByteBuffer gsub = sfnt.table("GSUB");
            if (gsub != null) {
                SubstitutionClosure closure = new SubstitutionClosure(gsub, ShapingFeatures::applied);
                if (drawn == null) {
                    closure.close(kept);
                } else {
                    // Why the cut face shapes the text as the whole face does: HarfBuzz starts from the
                    // cmap glyphs of the characters (the sources) and each rule that fires turns glyphs of
                    // its buffer into others, so every glyph the buffer holds at any stage lies on a path
                    // of substitutions from a source to a glyph of the output (or to a rule deleting it),
                    // and the paths keep it. A rule that fired matched and made glyphs of the buffer, all
                    // kept, so the pruner keeps it; a rule the pruner drops names a glyph no buffer held,
                    // so it neither fired nor, by matching, kept a later subtable from firing. Rules stay
                    // only if all their glyphs are kept, so whatever features a reader sets, no emptied
                    // glyph is drawn; the required features' closure gives any text of these characters
                    // the forms of the whole face with ligatures and contextual alternates off.
                    BitSet sources = (BitSet) kept.clone();
                    BitSet output = drawn.get(0, glyphCount);
                    kept.or(output);
                    kept.or(closure.paths(sources, output));
                    new SubstitutionClosure(gsub, ShapingFeatures::required).close(kept);
                }
                kept.clear(glyphCount, Math.max(glyphCount, kept.length()));
                Optional<ByteBuffer> cut = LayoutPruner.substitutions(gsub, kept);
                if (cut.isPresent()) {
                    sfnt.put("GSUB", cut.get());
                } else {
                    // Kept whole, the table's optional features still reach their glyphs: keep those too.
                    new SubstitutionClosure(gsub, tag -> true).close(kept);
                }
            }
        }
        kept.clear(glyphCount, Math.max(glyphCount, kept.length()));
        ByteBuffer gpos = sfnt.table("GPOS");
        if (gpos != null) {
            LayoutPruner.positions(gpos, kept).ifPresent(cut -> sfnt.put("GPOS", cut));
        }
        if (drawsText) {
            // Outlines only: no text reaches these glyphs, so no layout rule needs to either.
            MEASURED_BY_RASTERIZERS.codePoints().forEach(cp -> kept.set(cmap.glyph(cp)));
        }

        ByteBuffer head = sfnt.table("head");
        boolean longOffsets = head.getShort(50) != 0;
        int[] offsets = offsets(sfnt.table("loca"), glyphCount, longOffsets);
        ByteBuffer glyf = sfnt.table("glyf");
        addComponents(glyf, offsets, kept);

        ByteBuffer[] outlines = new ByteBuffer[glyphCount];
        int size = 0;
        for (int g = kept.nextSetBit(0); g >= 0; g = kept.nextSetBit(g + 1)) {
            ByteBuffer outline =
                    glyf.duplicate().position(offsets[g]).limit(offsets[g + 1]).slice();
            outlines[g] = drawsText ? outline : withoutInstructions(outline);
            size += (outlines[g].remaining() + 3) & ~3;
        }
        ByteBuffer newGlyf = ByteBuffer.allocate(size);
        // Offsets halved in 16 bits when the outlines fit (they are 4-byte aligned): half the table.
        boolean shortOffsets = size <= 2 * 0xFFFF;
        ByteBuffer newLoca = ByteBuffer.allocate((shortOffsets ? 2 : 4) * (glyphCount + 1));
        for (int g = 0; g < glyphCount; g++) {
            putOffset(newLoca, newGlyf.position(), shortOffsets);
            if (outlines[g] != null) {
                newGlyf.put(outlines[g]);
                newGlyf.position((newGlyf.position() + 3) & ~3);
            }
        }
        putOffset(newLoca, newGlyf.position(), shortOffsets);

        ByteBuffer hmtx = sfnt.table("hmtx");
        if (hmtx != null) {
            sfnt.put("hmtx", clearMetrics(hmtx, u16(sfnt.table("hhea"), 34), kept));
        }
        ByteBuffer newHead = copy(head);
        newHead.putShort(50, (short) (shortOffsets ? 0 : 1));
        ByteBuffer post = sfnt.table("post");
        if (post != null) {
            ByteBuffer newPost = copy(post.limit(Math.min(post.limit(), 32)));
            newPost.putInt(0, 0x00030000);
            sfnt.put("post", newPost);
        }
        sfnt.put("head", newHead);
        sfnt.put("glyf", newGlyf.flip());
        sfnt.put("loca", newLoca.flip());
        sfnt.remove("DSIG");
        return sfnt.toBytes();
    }

    private static void putOffset(ByteBuffer loca, int offset, boolean halved) {
        if (halved) {
            loca.putShort((short) (offset / 2));
        } else {
            loca.putInt(offset);
        }
    }

    /** A simple glyph without its hinting instructions, whose functions live in the dropped {@code fpgm}. */
    private static ByteBuffer withoutInstructions(ByteBuffer outline) {
        if (outline.remaining() < 12 || outline.getShort(0) < 0) {
            return outline;
        }
        int at = 10 + 2 * outline.getShort(0);
        int instructions = u16(outline, at);
        ByteBuffer stripped = ByteBuffer.allocate(outline.remaining() - instructions);
        stripped.put(outline.duplicate().limit(at)).putShort((short) 0);
        stripped.put(outline.duplicate().position(at + 2 + instructions));
        return stripped.flip();
    }

    /** Adds the glyphs that kept composite glyphs are built from, and theirs in turn. */
    private static void addComponents(ByteBuffer glyf, int[] offsets, BitSet kept) {
        BitSet pending = (BitSet) kept.clone();
        while (!pending.isEmpty()) {
            int g = pending.nextSetBit(0);
            pending.clear(g);
            int at = offsets[g];
            if (offsets[g + 1] - at < 10 || glyf.getShort(at) >= 0) {
                continue;
            }
            at += 10;
            int flags;
            do {
                flags = u16(glyf, at);
                int component = u16(glyf, at + 2);
                if (component < offsets.length - 1 && !kept.get(component)) {
                    kept.set(component);
                    pending.set(component);
                }
                at += 4 + ((flags & ARG_1_AND_2_ARE_WORDS) != 0 ? 4 : 2);
                if ((flags & WE_HAVE_A_SCALE) != 0) {
                    at += 2;
                } else if ((flags & WE_HAVE_AN_X_AND_Y_SCALE) != 0) {
                    at += 4;
                } else if ((flags & WE_HAVE_A_TWO_BY_TWO) != 0) {
                    at += 8;
                }
            } while ((flags & MORE_COMPONENTS) != 0);
        }
    }

    /** Zero metrics for the emptied glyphs: nothing draws them, and runs of zeros compress to nothing. */
    private static ByteBuffer clearMetrics(ByteBuffer hmtx, int longMetrics, BitSet kept) {
        ByteBuffer metrics = copy(hmtx);
        for (int g = 0; g < longMetrics && 4 * g + 4 <= metrics.limit(); g++) {
            if (!kept.get(g)) {
                metrics.putInt(4 * g, 0);
            }
        }
        return metrics;
    }

    private static int[] offsets(ByteBuffer loca, int glyphCount, boolean longOffsets) {
        int[] offsets = new int[glyphCount + 1];
        for (int g = 0; g <= glyphCount; g++) {
            offsets[g] = longOffsets ? loca.getInt(4 * g) : 2 * u16(loca, 2 * g);
        }
        return offsets;
    }

    /** Whether the copyright or licence strings declare a Reserved Font Name. */
    static boolean reservesItsName(ByteBuffer name) {
        if (name == null) {
            return false;
        }
        int count = u16(name, 2);
        int strings = u16(name, 4);
        for (int i = 0; i < count; i++) {
            int record = 6 + 12 * i;
            int platform = u16(name, record);
            int nameId = u16(name, record + 6);
            if (nameId != 0 && nameId != 13) {
                continue;
            }
            byte[] bytes = new byte[u16(name, record + 8)];
            name.get(strings + u16(name, record + 10), bytes);
            String value = new String(bytes, platform == 1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_16BE);
            if (value.toLowerCase(Locale.ROOT).contains("reserved font name")) {
                return true;
            }
        }
        return false;
    }

    private static ByteBuffer copy(ByteBuffer table) {
        ByteBuffer copy = ByteBuffer.allocate(table.remaining());
        copy.put(table.duplicate()).flip();
        return copy;
    }
}

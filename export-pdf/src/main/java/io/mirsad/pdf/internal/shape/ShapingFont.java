package io.mirsad.pdf.internal.shape;

import io.mirsad.fonts.FontFace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.GlyphTable;
import org.apache.fontbox.ttf.HeaderTable;
import org.apache.fontbox.ttf.HorizontalHeaderTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * One font face ready for shaping ({@link FontFace#shape}) and embedding: the metrics the PDF needs, read
 * once so the object stays immutable and can be shared between threads.
 */
public final class ShapingFont {
    private final FontFace face;
    private final int unitsPerEm;
    private final int[] advances;
    private final int zeroWidthGlyph;
    private final int[] blankGlyphs;
    private final CmapLookup cmap;
    private final String postScriptName;
    private final float ascent;
    private final float descent;
    private final float capHeight;
    private final float[] boundingBox;
    private final TrueTypeFont fontFile;

    private ShapingFont(FontFace face) throws IOException {
        this.face = face;
        // Parsed once: the metrics come from it now, the subset later (withFontFile).
        TrueTypeFont ttf = parse();
        fontFile = ttf;
        HeaderTable head = ttf.getHeader();
        HorizontalHeaderTable hhea = ttf.getHorizontalHeader();
        unitsPerEm = head.getUnitsPerEm();
        advances = new int[ttf.getNumberOfGlyphs()];
        for (int gid = 0; gid < advances.length; gid++) {
            advances[gid] = ttf.getAdvanceWidth(gid);
        }
        cmap = ttf.getUnicodeCmapLookup();
        zeroWidthGlyph = findZeroWidthGlyph(ttf, cmap);
        blankGlyphs = findBlankGlyphs(ttf, cmap);
        postScriptName = ttf.getName() == null ? face.family() : ttf.getName().replace(' ', '-');
        float scale = 1000f / unitsPerEm;
        ascent = hhea.getAscender() * scale;
        descent = hhea.getDescender() * scale;
        OS2WindowsMetricsTable os2 = ttf.getOS2Windows();
        capHeight = os2 != null && os2.getVersion() >= 2 ? os2.getCapHeight() * scale : ascent;
        boundingBox = new float[] {
            head.getXMin() * scale, head.getYMin() * scale, head.getXMax() * scale, head.getYMax() * scale
        };
        // The JDK parses the face for shaping now, so that a file it cannot read fails here, named.
        face.canDisplay(' ');
    }

    /** Loads a face; fails with a message naming it if the bytes are not a usable TrueType font. */
    public static ShapingFont load(FontFace face) {
        try {
            return new ShapingFont(face);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + face, e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a usable TrueType font: " + face + ": " + e.getMessage(), e);
        }
    }

    private TrueTypeFont parse() throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(face.open()));
    }

    /**
     * Runs {@code work} on the parsed font file, one caller at a time: fontbox reads tables lazily and is
     * not thread-safe, and parsing once keeps repeated exports from re-reading Amiri's large tables.
     */
    public synchronized <T> T withFontFile(FontFileWork<T> work) throws IOException {
        return work.apply(fontFile);
    }

    /** Work on a parsed font file. */
    @FunctionalInterface
    public interface FontFileWork<T> {
        T apply(TrueTypeFont font) throws IOException;
    }

    /**
     * An empty glyph with no advance, drawn at the left edge of left-to-right runs and mapped to U+200F so
     * that text extractors see the run's direction. The directional marks themselves are no use: Amiri,
     * like many fonts, draws them as visible symbols; the zero-width space and its kin are blank.
     */
    private static int findZeroWidthGlyph(TrueTypeFont ttf, CmapLookup cmap) throws IOException {
        GlyphTable glyphs = ttf.getGlyph();
        for (int cp : new int[] {0x200B, 0xFEFF, 0x061C, 0x2060, 0x200F}) {
            int gid = cmap.getGlyphId(cp);
            if (gid > 0 && ttf.getAdvanceWidth(gid) == 0) {
                GlyphData data = glyphs.getGlyph(gid);
                if (data == null || data.getNumberOfContours() == 0) {
                    return gid;
                }
            }
        }
        return 0;
    }

    /**
     * The font's blank spacing glyphs (the space and the spaces of U+2000–U+200A and U+202F that have no
     * outline), one per advance, narrowest first.
     */
    private static int[] findBlankGlyphs(TrueTypeFont ttf, CmapLookup cmap) throws IOException {
        GlyphTable glyphs = ttf.getGlyph();
        Map<Integer, Integer> byAdvance = new TreeMap<>();
        IntStream.concat(IntStream.of(0x20, 0x202F), IntStream.rangeClosed(0x2000, 0x200A))
                .forEach(cp -> {
                    int gid = cmap.getGlyphId(cp);
                    try {
                        GlyphData data = gid > 0 ? glyphs.getGlyph(gid) : null;
                        if (gid > 0
                                && ttf.getAdvanceWidth(gid) > 0
                                && (data == null || data.getNumberOfContours() == 0)) {
                            byAdvance.putIfAbsent(ttf.getAdvanceWidth(gid), gid);
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        return byAdvance.values().stream().mapToInt(Integer::intValue).toArray();
    }

    public FontFace face() {
        return face;
    }

    /** Whether the face has a glyph for the code point. */
    public boolean canDisplay(int codePoint) {
        return face.canDisplay(codePoint);
    }

    /** The glyph the font's cmap gives a code point, or 0. */
    public int glyphFor(int codePoint) {
        return cmap.getGlyphId(codePoint);
    }

    public int unitsPerEm() {
        return unitsPerEm;
    }

    public int glyphCount() {
        return advances.length;
    }

    /** The advance of a glyph in font units, as the font's {@code hmtx} table gives it. */
    public int advance(int glyphId) {
        return glyphId >= 0 && glyphId < advances.length ? advances[glyphId] : 0;
    }

    /** Glyphs with an advance and no outline, narrowest first; the result must not be modified. */
    public int[] blankGlyphs() {
        return blankGlyphs;
    }

    /** A zero-advance glyph, or 0 if the font has none. */
    public int zeroWidthGlyph() {
        return zeroWidthGlyph;
    }

    public String postScriptName() {
        return postScriptName;
    }

    /** Ascender in thousandths of an em. */
    public float ascent() {
        return ascent;
    }

    /** Descender (negative) in thousandths of an em. */
    public float descent() {
        return descent;
    }

    public float capHeight() {
        return capHeight;
    }

    /** The font's bounding box in thousandths of an em: xMin, yMin, xMax, yMax. */
    public float[] boundingBox() {
        return boundingBox.clone();
    }

    @Override
    public String toString() {
        return face.toString();
    }
}

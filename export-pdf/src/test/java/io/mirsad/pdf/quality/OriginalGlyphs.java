package io.mirsad.pdf.quality;

import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Says which glyphs of an original TrueType font a glyph of an embedded copy is. Subsetting renumbers
 * glyphs and drops the glyph names, and an exporter may give one glyph several CIDs, so neither GIDs nor
 * CIDs can be compared with the original's glyph ids directly. The outline and the advance can: a
 * subset keeps both. Glyphs of the original that look the same and advance the same are
 * indistinguishable on paper; all of them are returned.
 */
final class OriginalGlyphs {
    private final Map<String, Set<Integer>> byShape = new HashMap<>();
    private final Map<TrueTypeFont, Map<Integer, Set<Integer>>> resolved = new HashMap<>();

    /** Indexes every glyph of the original font program. */
    OriginalGlyphs(byte[] originalFont) throws IOException {
        TrueTypeFont original = new TTFParser().parse(new RandomAccessReadBuffer(originalFont));
        for (int gid = 0; gid < original.getNumberOfGlyphs(); gid++) {
            byShape.computeIfAbsent(shape(original, gid), k -> new TreeSet<>()).add(gid);
        }
    }

    /**
     * The original glyph ids that look like the glyph a PDF glyph draws; empty if the font is not an
     * embedded TrueType CID font or none matches. (PDFBox would stand in an installed font for one that
     * is not embedded; such glyphs must not count.)
     */
    Set<Integer> of(PdfGlyphReader.PlacedGlyph glyph) throws IOException {
        PDFont font = glyph.font();
        if (!font.isEmbedded()
                || !(font instanceof PDType0Font)
                || !(((PDType0Font) font).getDescendantFont() instanceof PDCIDFontType2)
                || glyph.gid() < 0) {
            return Set.of();
        }
        TrueTypeFont embedded = ((PDCIDFontType2) ((PDType0Font) font).getDescendantFont()).getTrueTypeFont();
        Map<Integer, Set<Integer>> cache = resolved.computeIfAbsent(embedded, k -> new HashMap<>());
        Set<Integer> found = cache.get(glyph.gid());
        if (found == null) {
            found = byShape.getOrDefault(shape(embedded, glyph.gid()), Set.of());
            cache.put(glyph.gid(), found);
        }
        return found;
    }

    /** The outline's segments and the advance, as text. */
    private static String shape(TrueTypeFont font, int gid) throws IOException {
        StringBuilder key =
                new StringBuilder().append(font.getAdvanceWidth(gid)).append(':');
        GlyphData data = font.getGlyph().getGlyph(gid);
        if (data == null) {
            return key.toString();
        }
        GeneralPath path = data.getPath();
        double[] coords = new double[6];
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(coords);
            key.append(type);
            for (int i = 0; i < pointsOf(type) * 2; i++) {
                key.append(',').append(Math.round(coords[i] * 100) / 100.0);
            }
            key.append(';');
        }
        return key.toString();
    }

    private static int pointsOf(int segmentType) {
        return List.of(1, 1, 2, 3, 0).get(segmentType);
    }
}

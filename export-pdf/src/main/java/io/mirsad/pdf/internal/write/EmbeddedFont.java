package io.mirsad.pdf.internal.write;

import io.mirsad.pdf.internal.shape.ShapingFont;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * A font embedded as a Type 0 / CIDFontType2 subset whose CIDs are chosen here: a glyph's first text gets
 * CID = glyph id; when the same glyph must read as another text elsewhere it gets a further CID beyond the
 * font's glyph count, mapped to the same glyph through {@code /CIDToGIDMap}. The ToUnicode CMap then gives
 * every CID exactly the text it was drawn for. Widths are the font's own advances.
 *
 * <p>PDFBox's {@code PDType0Font} subsets only when the document is saved and rebuilds its own ToUnicode
 * from the cmap there, with no hook to add CIDs afterwards; so this class runs fontbox's
 * {@link TTFSubsetter} itself, as {@code PDType0Font} does, and writes the dictionaries.
 */
final class EmbeddedFont {
    /** The tables a PDF renderer needs, as PDFBox keeps them: no cmap, no layout tables. */
    private static final List<String> TABLES =
            List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp");

    private final ShapingFont font;
    private final String resourceName;
    private final COSDictionary type0 = new COSDictionary();
    private final Map<Integer, Map<String, Integer>> cidsByGlyph = new HashMap<>();
    private final SortedMap<Integer, Integer> glyphByCid = new TreeMap<>();
    private final SortedMap<Integer, String> textByCid = new TreeMap<>();
    private int nextCid;

    EmbeddedFont(ShapingFont font, String resourceName) {
        this.font = font;
        this.resourceName = resourceName;
        this.nextCid = Math.max(font.glyphCount(), 1);
    }

    ShapingFont font() {
        return font;
    }

    String resourceName() {
        return resourceName;
    }

    /** The dictionary pages refer to; filled in by {@link #finish}. */
    COSDictionary dictionary() {
        return type0;
    }

    /**
     * The CID that draws {@code glyph} and extracts as {@code text}. PDF/A-3 (6.2.11.7.2) and PDF/UA-1
     * (7.21.7) want a Unicode value for every code drawn, so the text is never empty.
     */
    int cid(int glyph, String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("glyph " + glyph + " drawn for no text");
        }
        Map<String, Integer> byText = cidsByGlyph.computeIfAbsent(glyph, g -> new HashMap<>());
        Integer cid = byText.get(text);
        if (cid == null) {
            cid = byText.isEmpty() ? glyph : nextCid++;
            if (cid > 0xFFFF) {
                throw new IllegalStateException("more than 65536 glyph/text pairs in " + font);
            }
            byText.put(text, cid);
            glyphByCid.put(cid, glyph);
            textByCid.put(cid, text);
        }
        return cid;
    }

    /** Subsets the font and writes the Type 0 font, its CIDFont, descriptor, widths and ToUnicode. */
    void finish(PDDocument doc) throws IOException {
        Set<Integer> glyphs = new TreeSet<>(glyphByCid.values());
        glyphs.add(0);
        Map<Integer, Integer> newByOld = new HashMap<>();
        String tag = tag(glyphs);
        byte[] subset = font.withFontFile(ttf -> {
            TTFSubsetter subsetter = new TTFSubsetter(ttf, TABLES);
            subsetter.addGlyphIds(glyphs);
            subsetter.getGIDMap().forEach((newGid, oldGid) -> newByOld.put(oldGid, newGid));
            subsetter.setPrefix(tag);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return out.toByteArray();
        });
        String baseFont = tag + font.postScriptName();

        PDStream fontFile = new PDStream(doc, new ByteArrayInputStream(subset), COSName.FLATE_DECODE);
        fontFile.getCOSObject().setInt(COSName.LENGTH1, subset.length);

        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, baseFont);
        descriptor.setInt(COSName.FLAGS, 4);
        COSArray bbox = new COSArray();
        for (float v : font.boundingBox()) {
            bbox.add(number(v));
        }
        descriptor.setItem(COSName.FONT_BBOX, bbox);
        descriptor.setInt(COSName.ITALIC_ANGLE, 0);
        descriptor.setItem(COSName.ASCENT, number(font.ascent()));
        descriptor.setItem(COSName.DESCENT, number(font.descent()));
        descriptor.setItem(COSName.CAP_HEIGHT, number(font.capHeight()));
        descriptor.setInt(COSName.STEM_V, 80);
        descriptor.setItem(COSName.FONT_FILE2, fontFile);

        COSDictionary systemInfo = new COSDictionary();
        systemInfo.setString(COSName.REGISTRY, "Adobe");
        systemInfo.setString(COSName.ORDERING, "Identity");
        systemInfo.setInt(COSName.SUPPLEMENT, 0);

        COSDictionary cidFont = new COSDictionary();
        cidFont.setItem(COSName.TYPE, COSName.FONT);
        cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
        cidFont.setName(COSName.BASE_FONT, baseFont);
        cidFont.setItem(COSName.CIDSYSTEMINFO, systemInfo);
        cidFont.setItem(COSName.FONT_DESC, descriptor);
        cidFont.setItem(COSName.W, widths());
        cidFont.setItem(
                COSName.CID_TO_GID_MAP,
                new PDStream(doc, new ByteArrayInputStream(cidToGidMap(newByOld)), COSName.FLATE_DECODE));

        COSArray descendants = new COSArray();
        descendants.add(cidFont);
        type0.setItem(COSName.TYPE, COSName.FONT);
        type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
        type0.setName(COSName.BASE_FONT, baseFont);
        type0.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        type0.setItem(COSName.DESCENDANT_FONTS, descendants);
        type0.setItem(
                COSName.TO_UNICODE,
                new PDStream(doc, new ByteArrayInputStream(ToUnicodeCMap.write(textByCid)), COSName.FLATE_DECODE));
    }

    /** The width PDF readers use for a glyph: its advance in thousandths of an em. */
    float width(int glyph) {
        return font.advance(glyph) * 1000f / font.unitsPerEm();
    }

    private COSArray widths() {
        COSArray w = new COSArray();
        COSArray group = null;
        int previous = -2;
        for (Map.Entry<Integer, Integer> e : glyphByCid.entrySet()) {
            int cid = e.getKey();
            if (cid != previous + 1) {
                w.add(COSInteger.get(cid));
                group = new COSArray();
                w.add(group);
            }
            group.add(number(width(e.getValue())));
            previous = cid;
        }
        return w;
    }

    private byte[] cidToGidMap(Map<Integer, Integer> newByOld) {
        int maxCid = glyphByCid.isEmpty() ? 0 : glyphByCid.lastKey();
        byte[] map = new byte[2 * (maxCid + 1)];
        glyphByCid.forEach((cid, glyph) -> {
            int gid = newByOld.getOrDefault(glyph, 0);
            map[2 * cid] = (byte) (gid >> 8);
            map[2 * cid + 1] = (byte) gid;
        });
        return map;
    }

    private static COSBase number(float v) {
        return v == Math.rint(v) ? COSInteger.get((long) v) : new COSFloat(v);
    }

    /** Six capital letters from the glyph set, so the same subset always has the same name. */
    private static String tag(Set<Integer> glyphs) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(glyphs.toString().getBytes(StandardCharsets.US_ASCII));
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 6; i++) {
                sb.append((char) ('A' + (hash[i] & 0xFF) % 26));
            }
            return sb.append('+').toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package io.mirsad.pdf.html.internal;

import com.ibm.icu.text.Normalizer2;
import io.mirsad.pdf.internal.write.ToUnicodeCMap;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * OpenHTMLtoPDF shapes Arabic by replacing letters with Unicode presentation forms (U+FB50–U+FDFF,
 * U+FE70–U+FEFF) and its fonts' ToUnicode maps give those forms back, which no search index matches
 * ("ﻣﺮﺻﺪ" is not "مرصد"; PDFBox folds them, poppler does not). This rewrites each font's map so that a
 * form reads as the letters it stands for: its compatibility decomposition (NFKC), without the space or
 * tatweel that decomposition puts before an isolated or medial harakah. The glyphs drawn do not change.
 * PDFBox writes the maps when it subsets the fonts, on saving, so this works on the saved file.
 */
final class PresentationForms {
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    private PresentationForms() {}

    /** The edition {@code pdf} with its ToUnicode maps folded. */
    static byte[] foldToUnicode(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            fold(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void fold(PDDocument doc) throws IOException {
        Set<Object> done = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PDPage page : doc.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                if (font instanceof PDType0Font type0
                        && done.add(type0.getCOSObject())
                        && type0.getCOSObject().getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream) {
                    fold(doc, type0);
                }
            }
        }
    }

    private static void fold(PDDocument doc, PDType0Font font) throws IOException {
        SortedMap<Integer, String> text = new TreeMap<>();
        boolean changed = false;
        for (int code = 0; code <= 0xFFFF; code++) {
            String unicode = font.toUnicode(code);
            if (unicode != null) {
                String folded = fold(unicode);
                changed |= !folded.equals(unicode);
                text.put(code, folded);
            }
        }
        if (changed) {
            font.getCOSObject()
                    .setItem(
                            COSName.TO_UNICODE,
                            new PDStream(
                                    doc, new ByteArrayInputStream(ToUnicodeCMap.write(text)), COSName.FLATE_DECODE));
        }
    }

    static String fold(String unicode) {
        StringBuilder sb = new StringBuilder(unicode.length());
        unicode.codePoints().forEach(cp -> {
            boolean form = cp >= 0xFB50 && cp <= 0xFDFF || cp >= 0xFE70 && cp <= 0xFEFF;
            if (!form) {
                sb.appendCodePoint(cp);
                return;
            }
            String letters = NFKC.normalize(new String(Character.toChars(cp)));
            if (cp >= 0xFE70 && cp <= 0xFE7F) {
                letters = letters.replace(" ", "").replace("\u0640", "");
            }
            // The glyphs stand in visual order, and extractors reverse a right-to-left line as a whole,
            // the letters of a ligature included: a lam-alef must read alef-lam to come out lam-alef.
            sb.append(new StringBuilder(letters).reverse());
        });
        return sb.toString();
    }
}

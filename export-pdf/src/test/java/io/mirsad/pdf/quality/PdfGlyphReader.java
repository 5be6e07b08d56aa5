package io.mirsad.pdf.quality;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.contentstream.operator.text.BeginText;
import org.apache.pdfbox.contentstream.operator.text.EndText;
import org.apache.pdfbox.contentstream.operator.text.MoveText;
import org.apache.pdfbox.contentstream.operator.text.MoveTextSetLeading;
import org.apache.pdfbox.contentstream.operator.text.NextLine;
import org.apache.pdfbox.contentstream.operator.text.SetCharSpacing;
import org.apache.pdfbox.contentstream.operator.text.SetFontAndSize;
import org.apache.pdfbox.contentstream.operator.text.SetTextHorizontalScaling;
import org.apache.pdfbox.contentstream.operator.text.SetTextLeading;
import org.apache.pdfbox.contentstream.operator.text.SetTextRenderingMode;
import org.apache.pdfbox.contentstream.operator.text.SetTextRise;
import org.apache.pdfbox.contentstream.operator.text.SetWordSpacing;
import org.apache.pdfbox.contentstream.operator.text.ShowText;
import org.apache.pdfbox.contentstream.operator.text.ShowTextAdjusted;
import org.apache.pdfbox.contentstream.operator.text.ShowTextLine;
import org.apache.pdfbox.contentstream.operator.text.ShowTextLineAndSpace;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDTrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Reads back the glyphs a PDF actually draws, in content-stream order, by running PDFBox's content
 * stream engine: it applies the text matrix, {@code Td}/{@code Tm}, {@code TJ} adjustments, rise and
 * the CTM, so each glyph comes with the position it is drawn at. Codes are resolved through the font:
 * code → CID (the CMap) → GID of the embedded font (the {@code /CIDToGIDMap}).
 */
final class PdfGlyphReader extends PDFStreamEngine {

    /**
     * One glyph as drawn.
     *
     * @param page    zero-based page index
     * @param font    the PDF font it is drawn with
     * @param code    the character code in the content stream
     * @param cid     the CID ({@code code} for simple fonts)
     * @param gid     the glyph id in the embedded font program, or -1 if the font is not embedded (a
     *                reader would then draw with whatever font it finds, so the glyph is unknown)
     * @param unicode the text the font's ToUnicode gives the code, or {@code null}
     * @param x       origin x in user space (points)
     * @param y       origin y in user space (points)
     * @param size    the effective font size in user space (points)
     * @param width   the glyph's width as the PDF declares it ({@code /W}), in 1/1000 of the size
     */
    record PlacedGlyph(
            int page,
            PDFont font,
            int code,
            int cid,
            int gid,
            String unicode,
            double x,
            double y,
            double size,
            double width) {
        /**
         * Whether the glyph puts ink on the page: true unless it is a glyph of an embedded TrueType CID
         * font with no outline (a glyph that cannot be identified counts as inked).
         */
        boolean inked() throws IOException {
            if (!(font instanceof PDType0Font)
                    || !(((PDType0Font) font).getDescendantFont() instanceof PDCIDFontType2)
                    || gid < 0) {
                return true;
            }
            GlyphData data = ((PDCIDFontType2) ((PDType0Font) font).getDescendantFont())
                    .getTrueTypeFont()
                    .getGlyph()
                    .getGlyph(gid);
            return data != null && !data.getPath().getBounds2D().isEmpty();
        }
    }

    private final List<PlacedGlyph> glyphs = new ArrayList<>();
    private int page;

    private PdfGlyphReader() {
        addOperator(new BeginText(this));
        addOperator(new EndText(this));
        addOperator(new Concatenate(this));
        addOperator(new DrawObject(this));
        addOperator(new SetGraphicsStateParameters(this));
        addOperator(new Save(this));
        addOperator(new Restore(this));
        addOperator(new SetMatrix(this));
        addOperator(new NextLine(this));
        addOperator(new MoveText(this));
        addOperator(new MoveTextSetLeading(this));
        addOperator(new SetCharSpacing(this));
        addOperator(new SetWordSpacing(this));
        addOperator(new SetTextLeading(this));
        addOperator(new SetTextRise(this));
        addOperator(new SetTextRenderingMode(this));
        addOperator(new SetTextHorizontalScaling(this));
        addOperator(new SetFontAndSize(this));
        addOperator(new ShowText(this));
        addOperator(new ShowTextAdjusted(this));
        addOperator(new ShowTextLine(this));
        addOperator(new ShowTextLineAndSpace(this));
    }

    /** Every glyph of every page, page by page, each page in content-stream order. */
    static List<PlacedGlyph> read(PDDocument document) throws IOException {
        PdfGlyphReader reader = new PdfGlyphReader();
        for (PDPage p : document.getPages()) {
            reader.processPage(p);
            reader.page++;
        }
        return List.copyOf(reader.glyphs);
    }

    @Override
    protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
        int cid = code;
        int gid = -1;
        if (!font.isEmbedded()) {
            cid = font instanceof PDType0Font ? ((PDType0Font) font).codeToCID(code) : code;
        } else if (font instanceof PDType0Font) {
            PDType0Font type0 = (PDType0Font) font;
            cid = type0.codeToCID(code);
            gid = type0.codeToGID(code);
        } else if (font instanceof PDTrueTypeFont) {
            gid = ((PDTrueTypeFont) font).codeToGID(code);
        }
        glyphs.add(new PlacedGlyph(
                page,
                font,
                code,
                cid,
                gid,
                font.toUnicode(code),
                trm.getTranslateX(),
                trm.getTranslateY(),
                trm.getScalingFactorX(),
                font.getWidth(code)));
    }
}

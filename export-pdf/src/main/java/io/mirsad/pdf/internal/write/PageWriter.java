package io.mirsad.pdf.internal.write;

import io.mirsad.pdf.internal.justify.Line;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * One page being drawn. Its content stream is built in memory and handed to the document, compressed, when
 * the page is {@linkplain #finish() finished}; after that only the page dictionary stays referenced.
 */
public final class PageWriter {
    private final PdfWriter document;
    private final PDPage page;
    private final ContentStream out = new ContentStream();
    private final LinePainter lines;
    private final float width;
    private final float height;
    private float bleed;
    private boolean cropMarks;
    private int markColor;

    PageWriter(PdfWriter document, float width, float height) {
        this.document = document;
        this.page = new PDPage(new PDRectangle(width, height));
        this.width = width;
        this.height = height;
        this.lines = new LinePainter(out, document::font);
    }

    /** Draws a set line with its left edge at {@code x} and baseline at {@code y} (points from the bottom left). */
    public void line(Line line, float x, float y) {
        lines.paint(line, x, y);
    }

    /** Fills a rectangle. */
    public void rectangle(float x, float y, float width, float height, int rgb) {
        out.fillColor(rgb);
        out.num(x).num(y).num(width).num(height).op("re").op("f");
    }

    /** Draws an image into a box. */
    public void image(ImageRef image, float x, float y, float width, float height) {
        String name = image.name();
        out.op("q").num(width).num(0).num(0).num(height).num(x).num(y).op("cm").name(name).op("Do").op("Q");
    }

    /**
     * Grows the page for a print shop: the MediaBox by {@code bleed} points on every side (and by room for
     * crop marks, drawn in {@code markColor} when the page is finished), a BleedBox at the bleed and a
     * TrimBox at the page size. Coordinates keep their origin at the trim's lower-left corner, so nothing
     * drawn moves relative to the TrimBox.
     */
    public void bleed(float bleed, boolean cropMarks, int markColor) {
        this.bleed = bleed;
        this.cropMarks = cropMarks;
        this.markColor = markColor;
        float media = cropMarks ? CropMarks.offset(bleed) + CropMarks.LENGTH + 1 : bleed;
        page.setMediaBox(grown(media));
        page.setBleedBox(grown(bleed));
        page.setTrimBox(new PDRectangle(width, height));
    }

    private PDRectangle grown(float by) {
        return new PDRectangle(-by, -by, width + 2 * by, height + 2 * by);
    }

    /** The page as PDFBox holds it, for bookmarks. */
    PDPage page() {
        return page;
    }

    /** Writes the content stream and adds the page to the document. */
    public void finish() throws IOException {
        if (cropMarks) {
            CropMarks.draw(out, width, height, bleed, markColor);
        }
        PDStream stream = new PDStream(document.document());
        try (OutputStream os = stream.createOutputStream(COSName.FLATE_DECODE)) {
            os.write(out.bytes());
        }
        page.setContents(stream);
        page.setResources(document.resources());
        document.document().addPage(page);
    }
}

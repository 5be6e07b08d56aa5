package io.mirsad.pdf.internal.write;

import io.mirsad.pdf.internal.justify.Line;
import java.io.IOException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * One page being drawn. Its content stream is built in memory and handed to the document's {@link
 * StreamStore}, compressed, when the page is {@linkplain #finish() finished}; after that only the page
 * dictionary stays referenced. Text and pictures are tagged as content of the structure element they were
 * placed in; running heads, folios, rules and crop marks are marked as artifacts.
 */
public final class PageWriter {
    private static final COSName TABS = COSName.getPDFName("Tabs");

    private final PdfWriter document;
    private final PDPage page;
    private final ContentStream out = new ContentStream();
    private final LinePainter lines;
    private final float width;
    private final float height;
    private float bleed;
    private boolean cropMarks;
    private int markColor;
    private final StructureTree.PageTags tags;

    PageWriter(PdfWriter document, float width, float height) {
        this.document = document;
        this.page = new PDPage(new PDRectangle(width, height));
        this.width = width;
        this.height = height;
        this.lines = new LinePainter(out, document::font);
        this.tags = document.structure().page(page);
        // its annotations and parent tree key come as it is drawn
        document.objects().hold(page.getCOSObject());
    }

    /** Draws a set line, the content of {@code tag}, with its left edge at {@code x} and baseline at {@code y} (points from the bottom left). */
    public void line(Line line, float x, float y, StructureTree.Tag tag) {
        lines.paint(line, x, y, new LineTagger(line, out, document.structure(), tag, tags, document::link));
    }

    /** Draws a line that is not part of the text, such as a running head or a folio. */
    public void artifact(Line line, float x, float y) {
        out.raw("/Artifact <</Type /Pagination>> BDC\n");
        lines.paint(line, x, y, LinePainter.Marks.NONE);
        out.op("EMC");
    }

    /** Fills a rectangle: a rule or other ornament, marked as an artifact. */
    public void rectangle(float x, float y, float width, float height, int rgb) {
        out.raw("/Artifact <</Type /Layout>> BDC\n");
        out.fillColor(rgb);
        out.num(x).num(y).num(width).num(height).op("re").op("f");
        out.op("EMC");
    }

    /** Draws an image into a box, as content of {@code tag} (a figure). */
    public void image(ImageRef image, float x, float y, float width, float height, StructureTree.Tag tag) {
        int mcid = tags.mcid();
        out.raw("/Figure <</MCID " + mcid + ">> BDC\n");
        out.op("q")
                .num(width)
                .num(0)
                .num(0)
                .num(height)
                .num(x)
                .num(y)
                .op("cm")
                .name(image.name())
                .op("Do")
                .op("Q");
        out.op("EMC");
        document.structure().attach(tag, tags, mcid, null, false, y + height);
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
            out.raw("/Artifact <</Type /Page>> BDC\n");
            CropMarks.draw(out, width, height, bleed, markColor);
            out.op("EMC");
        }
        page.setContents(new PDStream(document.streams().flate(out::writeTo)));
        page.setResources(document.resources());
        page.getCOSObject().setName(TABS, "S");
        tags.finish();
        document.objects().release(page.getCOSObject());
        document.addPage(page);
    }
}

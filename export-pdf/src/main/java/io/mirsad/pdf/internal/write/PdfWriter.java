package io.mirsad.pdf.internal.write;

import io.mirsad.digest.Metadata;
import io.mirsad.pdf.internal.shape.ShapingFont;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The PDF being written: pages as the layout finishes them, the fonts they use, bookmarks, and at the end
 * the metadata. Stream data above a few megabytes goes to a scratch file, so long editions do not grow
 * the heap.
 */
public final class PdfWriter implements Closeable {
    private static final long IN_MEMORY = 8L << 20;

    private final PDDocument document = new PDDocument(MemoryUsageSetting.setupMixed(IN_MEMORY).streamCache);
    private final PDResources resources = new PDResources();
    private final COSDictionary fontDictionary = new COSDictionary();
    private final Map<ShapingFont, EmbeddedFont> fonts = new LinkedHashMap<>();
    private final List<Bookmark> bookmarks = new ArrayList<>();
    private int images;

    public PdfWriter() {
        resources.getCOSObject().setItem(COSName.FONT, fontDictionary);
    }

    /** Starts a page of the given size in points. */
    public PageWriter newPage(float width, float height) {
        return new PageWriter(this, width, height);
    }

    /** Adds a bookmark to a page already started, pointing at {@code top} points from the bottom. */
    public void bookmark(String title, PageWriter page, float top) {
        bookmark(title, page, top, 0);
    }

    /** Adds a bookmark nested {@code level} deep under the previous shallower one. */
    public void bookmark(String title, PageWriter page, float top, int level) {
        bookmarks.add(new Bookmark(title, page.page(), top, level));
    }

    /**
     * Moves the last {@code count} pages written so that they follow page {@code after} (1-based): front
     * matter such as a table of contents, written once the pages it lists are numbered.
     */
    public void moveLastPages(int count, int after) {
        org.apache.pdfbox.pdmodel.PDPageTree pages = document.getPages();
        int total = pages.getCount();
        PDPage anchor = pages.get(after - 1);
        for (int i = total - count; i < total; i++) {
            PDPage moved = pages.get(i);
            pages.remove(moved);
            pages.insertAfter(moved, anchor);
            anchor = moved;
        }
    }

    /** Completes the fonts and metadata and writes the PDF. */
    public void save(Metadata metadata, OutputStream out) throws IOException {
        for (EmbeddedFont f : fonts.values()) {
            f.finish(document);
        }
        Outline.write(document, bookmarks);
        DocumentMetadata.write(document, metadata);
        document.save(out);
    }

    PDDocument document() {
        return document;
    }

    PDResources resources() {
        return resources;
    }

    EmbeddedFont font(ShapingFont font) {
        return fonts.computeIfAbsent(font, f -> {
            EmbeddedFont ef = new EmbeddedFont(f, "F" + (fonts.size() + 1));
            fontDictionary.setItem(COSName.getPDFName(ef.resourceName()), ef.dictionary());
            return ef;
        });
    }

    /** Adds a PNG or JPEG image to the document, for pages to draw. */
    public ImageRef image(byte[] data) throws IOException {
        String name = "Im" + (++images);
        PDImageXObject image = PDImageXObject.createFromByteArray(document, data, name);
        COSDictionary xobjects = resources.getCOSObject().getCOSDictionary(COSName.XOBJECT);
        if (xobjects == null) {
            xobjects = new COSDictionary();
            resources.getCOSObject().setItem(COSName.XOBJECT, xobjects);
        }
        xobjects.setItem(COSName.getPDFName(name), image);
        return new ImageRef(name, image.getWidth(), image.getHeight());
    }

    @Override
    public void close() throws IOException {
        document.close();
    }

    /** A bookmark waiting for the outline. */
    record Bookmark(String title, PDPage page, float top, int level) {
    }
}

package io.mirsad.pdf.internal.write;

import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/** The document outline: one bookmark per section, in reading order. */
final class Outline {
    private Outline() {
    }

    static void write(PDDocument document, List<PdfWriter.Bookmark> bookmarks) {
        if (bookmarks.isEmpty()) {
            return;
        }
        PDDocumentOutline outline = new PDDocumentOutline();
        for (PdfWriter.Bookmark b : bookmarks) {
            PDPageXYZDestination destination = new PDPageXYZDestination();
            destination.setPage(b.page());
            destination.setTop(Math.round(b.top()));
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(b.title());
            item.setDestination(destination);
            outline.addLast(item);
        }
        outline.openNode();
        document.getDocumentCatalog().setDocumentOutline(outline);
        document.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
    }
}

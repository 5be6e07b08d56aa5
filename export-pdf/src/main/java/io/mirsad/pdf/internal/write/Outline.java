package io.mirsad.pdf.internal.write;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * The document outline: one bookmark per section, in reading order, each nested under the last bookmark
 * of a shallower level (volume, then digest, then section).
 */
final class Outline {
    private Outline() {}

    static void write(PDDocument document, List<PdfWriter.Bookmark> bookmarks) {
        if (bookmarks.isEmpty()) {
            return;
        }
        PDDocumentOutline outline = new PDDocumentOutline();
        List<PDOutlineItem> open = new ArrayList<>();
        for (PdfWriter.Bookmark b : bookmarks) {
            PDPageXYZDestination destination = new PDPageXYZDestination();
            destination.setPage(b.page());
            destination.setTop(Math.round(b.top()));
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(b.title());
            item.setDestination(destination);
            int level = Math.min(b.level(), open.size());
            open.subList(level, open.size()).clear();
            if (level == 0) {
                outline.addLast(item);
            } else {
                open.get(level - 1).addLast(item);
            }
            open.add(item);
        }
        // A volume shows its digests; their sections stay folded until the reader opens one.
        for (PDOutlineItem top : outline.children()) {
            if (top.hasChildren()) {
                top.openNode();
            }
        }
        outline.openNode();
        document.getDocumentCatalog().setDocumentOutline(outline);
        document.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
    }
}

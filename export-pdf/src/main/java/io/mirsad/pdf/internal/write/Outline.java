package io.mirsad.pdf.internal.write;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;

/**
 * The document outline: one bookmark per section, in reading order, each nested under the last bookmark
 * of a shallower level (volume, then digest, then section). The top level's items that have children are
 * open, deeper ones closed (ISO 32000-1, 12.3.3: an open item's {@code /Count} is the number of its visible
 * descendants, a closed one's the negative of its children's). Every item is numbered first, then made and
 * written one at a time, so that a volume's thousands of bookmarks are never all objects at once.
 */
final class Outline {
    private Outline() {}

    static void write(PDDocument document, ObjectWriter objects, List<PdfWriter.Bookmark> bookmarks)
            throws IOException {
        int n = bookmarks.size();
        if (n == 0) {
            return;
        }
        // the tree, by index; -1 for none (the outline's root is parent -1)
        int[] parent = new int[n];
        int[] previous = new int[n];
        int[] next = new int[n];
        int[] first = new int[n];
        int[] last = new int[n];
        int[] children = new int[n];
        int rootFirst = -1;
        int rootLast = -1;
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int level = Math.min(bookmarks.get(i).level(), open.size());
            open.subList(level, open.size()).clear();
            int p = level == 0 ? -1 : open.get(level - 1);
            parent[i] = p;
            first[i] = -1;
            last[i] = -1;
            next[i] = -1;
            int before = p == -1 ? rootLast : last[p];
            previous[i] = before;
            if (before != -1) {
                next[before] = i;
            }
            if (p == -1) {
                rootFirst = rootFirst == -1 ? i : rootFirst;
                rootLast = i;
            } else {
                first[p] = first[p] == -1 ? i : first[p];
                last[p] = i;
                children[p]++;
            }
            open.add(i);
        }
        COSObjectKey root = objects.reserve();
        COSObjectKey[] keys = new COSObjectKey[n];
        for (int i = 0; i < n; i++) {
            keys[i] = objects.reserve();
        }
        // a volume shows its digests; their sections stay folded until the reader opens one
        int visible = 0;
        for (int i = 0; i < n; i++) {
            PdfWriter.Bookmark b = bookmarks.get(i);
            COSDictionary item = new COSDictionary();
            item.setString(COSName.TITLE, b.title());
            PDPageXYZDestination destination = new PDPageXYZDestination();
            destination.setTop(Math.round(b.top()));
            destination.getCOSObject().set(0, ObjectWriter.reference(b.page()));
            item.setItem(COSName.DEST, destination);
            item.setItem(
                    COSName.PARENT, ObjectWriter.reference((parent[i] == -1 ? root : keys[parent[i]]).getNumber()));
            set(item, COSName.PREV, previous[i], keys);
            set(item, COSName.NEXT, next[i], keys);
            set(item, COSName.FIRST, first[i], keys);
            set(item, COSName.LAST, last[i], keys);
            if (children[i] > 0) {
                item.setInt(COSName.COUNT, parent[i] == -1 ? children[i] : -children[i]);
            }
            if (parent[i] == -1) {
                visible += 1 + children[i];
            }
            objects.write(keys[i], item);
        }
        COSDictionary outline = new COSDictionary();
        outline.setItem(COSName.TYPE, COSName.OUTLINES);
        outline.setItem(COSName.FIRST, ObjectWriter.reference(keys[rootFirst].getNumber()));
        outline.setItem(COSName.LAST, ObjectWriter.reference(keys[rootLast].getNumber()));
        outline.setInt(COSName.COUNT, visible);
        objects.write(root, outline);
        document.getDocumentCatalog()
                .getCOSObject()
                .setItem(COSName.OUTLINES, ObjectWriter.reference(root.getNumber()));
        document.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
    }

    private static void set(COSDictionary item, COSName key, int index, COSObjectKey[] keys) {
        if (index != -1) {
            item.setItem(key, ObjectWriter.reference(keys[index].getNumber()));
        }
    }
}

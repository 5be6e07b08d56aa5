package io.mirsad.pdf.internal.write;

import io.mirsad.pdf.internal.itemize.TextRole;
import io.mirsad.pdf.internal.linebreak.Box;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;

/**
 * Marks one line's content as it is painted: each stretch of visually adjacent boxes with the same role
 * (plain text, a link, a list label) becomes one marked-content sequence. Latin words get no sequence of
 * their own: pdf.js ends a text item at every marked-content boundary, which cost it exact words. The line's sequences join the structure tree in logical order once it is
 * drawn, so that a right-to-left line reads from its right end; a stretch that leads somewhere gets a
 * link annotation over it.
 */
final class LineTagger implements LinePainter.Marks {
    /** How far a link's box reaches below and above the baseline, in ems. */
    private static final float BELOW = 0.35f;

    private static final float ABOVE = 0.95f;

    private final ContentStream out;
    private final StructureTree tree;
    private final StructureTree.Tag tag;
    private final StructureTree.PageTags page;
    private final Links links;
    private final List<Segment> segments = new ArrayList<>();
    private Segment current;

    LineTagger(ContentStream out, StructureTree tree, StructureTree.Tag tag, StructureTree.PageTags page, Links links) {
        this.out = out;
        this.tree = tree;
        this.tag = tag;
        this.page = page;
        this.links = links;
    }

    @Override
    public void box(Box box, int logicalIndex, float x, float baseline) {
        TextRole role = box.style().role();
        if (current == null || !Objects.equals(current.role, role)) {
            close();
            current = new Segment(page.mcid(), role, baseline);
            out.name(tag.contentType(role)).raw("<</MCID " + current.mcid + ">> BDC\n");
        }
        current.add(logicalIndex, x, x + box.width(), box.style().size());
    }

    @Override
    public void end() {
        close();
        segments.sort(Comparator.comparingInt(s -> s.first));
        for (Segment s : segments) {
            PDStructureElement e = tree.attach(tag, page, s.mcid, s.role, s.baseline + s.size * ABOVE);
            if (s.role != null && s.role.leads()) {
                links.link(
                        s.role,
                        e,
                        page.page(),
                        new PDRectangle(
                                s.left, s.baseline - s.size * BELOW, s.right - s.left, s.size * (BELOW + ABOVE)));
            }
        }
    }

    private void close() {
        if (current != null) {
            out.op("EMC");
            segments.add(current);
            current = null;
        }
    }

    /** Where links go once their place on the page is known. */
    interface Links {
        void link(TextRole role, PDStructureElement element, PDPage page, PDRectangle rect);
    }

    /** One marked-content sequence of the line. */
    private static final class Segment {
        final int mcid;
        final TextRole role;
        final float baseline;
        int first = Integer.MAX_VALUE;
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float size;

        Segment(int mcid, TextRole role, float baseline) {
            this.mcid = mcid;
            this.role = role;
            this.baseline = baseline;
        }

        void add(int logicalIndex, float from, float to, float boxSize) {
            first = Math.min(first, logicalIndex);
            left = Math.min(left, from);
            right = Math.max(right, to);
            size = Math.max(size, boxSize);
        }
    }
}

package io.mirsad.pdf.internal.write;

import com.ibm.icu.lang.UScript;
import io.mirsad.digest.text.BidiText;
import io.mirsad.pdf.internal.itemize.TextRole;
import io.mirsad.pdf.internal.justify.Line;
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
 * (plain text, a link, a list label) and language becomes one marked-content sequence. In a right-to-left
 * line, Latin words are a stretch of their own, which the structure tree tags as a {@code Span} in English;
 * the stretch takes in the brackets and punctuation beside the words, up to the spaces around them. A space
 * never opens a sequence: it ends the one on its left. pdf.js ends a text item at every marked-content
 * boundary and joins its items in drawing order; a space drawn last in one item, it carries to the start of
 * the next, where it keeps that item's words from running into the one drawn after it. The line's sequences join the structure tree in logical order once it
 * is drawn, so that a right-to-left line reads from its right end; a stretch that leads somewhere gets a
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
    /** By logical index, whether a box belongs to a stretch of Latin words. */
    private final boolean[] latin;

    private final List<Segment> segments = new ArrayList<>();
    private Segment current;

    LineTagger(
            Line line,
            ContentStream out,
            StructureTree tree,
            StructureTree.Tag tag,
            StructureTree.PageTags page,
            Links links) {
        this.out = out;
        this.tree = tree;
        this.tag = tag;
        this.page = page;
        this.links = links;
        this.latin = latinStretches(line);
    }

    @Override
    public void box(Box box, int logicalIndex, float x, float baseline) {
        TextRole role = box.style().role();
        boolean inLatin = latin[logicalIndex];
        if (current == null || opens(box, logicalIndex)) {
            close();
            current = new Segment(page.mcid(), role, inLatin, baseline);
            out.name(tag.contentType(role, inLatin)).raw("<</MCID " + current.mcid + ">> BDC\n");
        }
        if (box.space()) {
            current.first = Math.min(current.first, logicalIndex);
        } else {
            current.add(logicalIndex, x, x + box.width(), box.style().size());
        }
    }

    private boolean opens(Box box, int logicalIndex) {
        return !box.space()
                && (!Objects.equals(current.role, box.style().role()) || current.latin != latin[logicalIndex]);
    }

    @Override
    public void end() {
        close();
        segments.sort(Comparator.comparingInt(s -> s.first));
        for (Segment s : segments) {
            PDStructureElement e = tree.attach(tag, page, s.mcid, s.role, s.latin, s.baseline + s.size * ABOVE);
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

    /**
     * The boxes of a right-to-left line, by logical index, that belong to a stretch of Latin words: each
     * left-to-right run with a Latin letter in it, widened over the boxes beside it that hold neither a space
     * nor a right-to-left letter (brackets, a comma, a percent sign), in the order the line is drawn.
     */
    private static boolean[] latinStretches(Line line) {
        List<Box> boxes = line.boxes();
        boolean[] latin = new boolean[boxes.size()];
        if (!line.rightToLeft() || boxes.stream().noneMatch(LineTagger::hasLatin)) {
            return latin;
        }
        int[] visual = line.visualOrder();
        for (int start = 0; start < visual.length; ) {
            int end = start;
            boolean hasLatin = false;
            while (end < visual.length && !boxes.get(visual[end]).rightToLeft()) {
                hasLatin |= hasLatin(boxes.get(visual[end]));
                end++;
            }
            if (hasLatin) {
                int from = start;
                int to = end;
                while (from > 0 && goesWithLatin(boxes.get(visual[from - 1]))) {
                    from--;
                }
                while (to < visual.length && goesWithLatin(boxes.get(visual[to]))) {
                    to++;
                }
                for (int k = from; k < to; k++) {
                    latin[visual[k]] = true;
                }
            }
            start = Math.max(end, start + 1);
        }
        return latin;
    }

    private static boolean hasLatin(Box box) {
        return CodePoints.any(box.glyphs().text(), c -> UScript.getScript(c) == UScript.LATIN);
    }

    /** Whether a box beside Latin words is tagged with them: no space, no right-to-left letter. */
    private static boolean goesWithLatin(Box box) {
        return !box.space() && !CodePoints.any(box.glyphs().text(), BidiText::isRightToLeft);
    }

    /** Where links go once their place on the page is known. */
    interface Links {
        void link(TextRole role, PDStructureElement element, PDPage page, PDRectangle rect);
    }

    /** One marked-content sequence of the line. */
    private static final class Segment {
        final int mcid;
        final TextRole role;
        final boolean latin;
        final float baseline;
        int first = Integer.MAX_VALUE;
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float size;

        Segment(int mcid, TextRole role, boolean latin, float baseline) {
            this.mcid = mcid;
            this.role = role;
            this.latin = latin;
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

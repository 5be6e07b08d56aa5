package io.mirsad.pdf.internal.layout;

import io.mirsad.pdf.PdfLayout;
import io.mirsad.pdf.internal.justify.Line;
import io.mirsad.pdf.internal.write.ImageRef;
import io.mirsad.pdf.internal.write.PageWriter;
import io.mirsad.pdf.internal.write.PdfWriter;
import io.mirsad.pdf.internal.write.StructureTree;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Pours set paragraphs into columns and pages. Lines wait in a galley until they overflow the page, which is
 * then broken into columns by the {@link ColumnBreaker}, drawn and let go, so only about one page of content
 * is held at a time. Where a stretch of columns ends (before text across the whole text block, a new page,
 * the end) its columns are balanced. Columns run right to left in a right-to-left edition. Pages after the
 * first carry the running header; every page its folio.
 */
final class PageFlow {
    static final float COLUMN_GAP = 20;
    /** Pictures are not enlarged beyond this many points per pixel (two pixels per point at 96 dpi). */
    private static final float MAX_POINTS_PER_PIXEL = 1.5f;

    private static final float RULE_THICKNESS = 0.6f;
    /** How much the space between paragraphs may grow, in its own size, to bring columns to one depth. */
    private static final float MAX_FEATHER = 1;

    private final PdfWriter writer;
    private final PdfLayout layout;
    private final boolean rightToLeft;
    private Line header;
    private final IntFunction<Line> folio;
    private final float bodyLeading;
    private final Consumer<PageLayout> observer;

    /** Lines of the current stretch not yet placed. */
    private final List<FlowLine> galley = new ArrayList<>();
    /** What is placed on the current page. */
    private final List<Placement> placed = new ArrayList<>();

    private int pageNumber;
    private boolean pageOpen;
    private float regionTop;
    private boolean spanning;
    private float pendingSpace;
    private boolean keptByPrevious;
    private int blocks;
    /** The outline depth of the bookmarks on pages finished from now on. */
    private int outlineLevel;
    /** A bookmark for the next line added, or {@code null}. */
    private String pendingBookmark;

    /** The structure tree of the document the flow writes into. */
    StructureTree structure() {
        return writer.structure();
    }

    PageFlow(
            PdfWriter writer,
            PdfLayout layout,
            boolean rightToLeft,
            Line header,
            IntFunction<Line> folio,
            float bodyLeading,
            Consumer<PageLayout> observer) {
        this.writer = writer;
        this.layout = layout;
        this.rightToLeft = rightToLeft;
        this.header = header;
        this.folio = folio;
        this.bodyLeading = bodyLeading;
        this.observer = observer;
    }

    /** Whether text goes across the whole text block (title, sources) rather than into columns. */
    void span(boolean across) throws IOException {
        if (across != spanning) {
            closeRegion();
            spanning = across;
        }
    }

    /** The width lines are set to. */
    float measure() {
        float text = layout.paper().width()
                - layout.margins().left()
                - layout.margins().right();
        return columns() == 1 ? text : (text - COLUMN_GAP) / 2;
    }

    /** Adds a paragraph to the flow. */
    void place(SetText text) throws IOException {
        List<Line> lines = text.lines();
        if (lines.isEmpty()) {
            pendingSpace += text.spaceBefore() + text.spaceAfter();
            return;
        }
        int block = blocks++;
        Role role = text.role();
        for (int i = 0; i < lines.size(); i++) {
            boolean breakBefore = i == 0
                    ? !keptByPrevious && !role.keepWithPrevious()
                    : role.splits() && i >= 2 && lines.size() - i >= 2;
            add(new FlowLine(
                    new Content.Text(lines.get(i), text.alignment(), text.indent()),
                    role,
                    block,
                    i,
                    lines.size(),
                    text.lineHeight(),
                    i == 0 ? pendingSpace + text.spaceBefore() : 0,
                    breakBefore,
                    i == 0 ? text.bookmark() : null,
                    writer.structure().current()));
        }
        pendingSpace = text.spaceAfter();
        keptByPrevious = role.keepWithNext();
        settle();
    }

    /** Adds a picture scaled to the measure, never enlarged much, no taller than half the text block. */
    void image(byte[] data) throws IOException {
        ImageRef image = writer.image(data);
        float width = Math.min(measure(), image.width() * MAX_POINTS_PER_PIXEL);
        float height = width * image.height() / image.width();
        float maxHeight = (top() - bottom()) / 2;
        if (height > maxHeight) {
            width *= maxHeight / height;
            height = maxHeight;
        }
        add(new FlowLine(
                new Content.Picture(image, width, height),
                Role.FIGURE,
                blocks++,
                0,
                1,
                height,
                pendingSpace + bodyLeading / 2,
                !keptByPrevious,
                null,
                writer.structure().current()));
        pendingSpace = bodyLeading / 3;
        keptByPrevious = false;
        settle();
    }

    /** Adds a short centred rule that closes the title block and keeps with it. */
    void rule(float width, float before, float after) throws IOException {
        add(new FlowLine(
                new Content.Rule(width, RULE_THICKNESS),
                Role.TITLE,
                blocks++,
                0,
                1,
                RULE_THICKNESS,
                pendingSpace + before,
                false,
                null,
                null));
        pendingSpace = after;
        settle();
    }

    /** Ends the current page; what follows starts a new one. */
    void newPage() throws IOException {
        closeRegion();
        if (pageOpen) {
            finishPage();
        }
    }

    /** Places what is left and finishes the last page. */
    void finish() throws IOException {
        newPage();
    }

    private void add(FlowLine line) {
        if (!pageOpen) {
            openPage();
        }
        if (pendingBookmark != null && line.bookmark() == null) {
            line = new FlowLine(
                    line.content(),
                    line.role(),
                    line.block(),
                    line.index(),
                    line.count(),
                    line.height(),
                    line.spaceBefore(),
                    line.breakBefore(),
                    pendingBookmark,
                    line.tag());
        }
        pendingBookmark = null;
        galley.add(line);
    }

    // What a volume needs: parts on pages of their own, each under its own running header and outline level.
    // Each is changed only between pages (after finish()), so it holds for every line added until the next.

    /** The running header of the pages from here on (call after {@link #finish()}); {@code null} for none. */
    void header(Line header) {
        this.header = header;
    }

    /** The outline depth of bookmarks from here on (call after {@link #finish()}): 0 at the top. */
    void outlineLevel(int level) {
        this.outlineLevel = level;
    }

    /** Puts an outline entry on the next line added. */
    void bookmark(String title) {
        pendingBookmark = title;
    }

    /** Numbers the next page {@code number}, leaving room for pages written elsewhere (call after finish()). */
    void skipTo(int number) {
        pageNumber = number - 1;
    }

    /** The number of the page open, or of the last one finished. */
    int pageNumber() {
        return pageNumber;
    }

    /** Starts a title page's text a quarter of the way down the text block, as books set their title pages. */
    void lowerTitle() {
        if (!pageOpen) {
            openPage();
        }
        regionTop -= (top() - bottom()) / 4;
    }

    /**
     * Adds a table-of-contents entry: its text at the start side, {@code number} on the end side of its last
     * line; the entry is never split.
     */
    void entry(SetText text, Line number) throws IOException {
        List<Line> lines = text.lines();
        int block = blocks++;
        for (int i = 0; i < lines.size(); i++) {
            Content content = i == lines.size() - 1
                    ? new Content.Entry(lines.get(i), number)
                    : new Content.Text(lines.get(i), text.alignment(), 0);
            add(new FlowLine(
                    content,
                    Role.TITLE,
                    block,
                    i,
                    lines.size(),
                    text.lineHeight(),
                    i == 0 ? pendingSpace + text.spaceBefore() : 0,
                    i == 0,
                    i == 0 ? text.bookmark() : null,
                    writer.structure().current()));
        }
        pendingSpace = text.spaceAfter();
        keptByPrevious = false;
        settle();
    }

    /** Breaks off and finishes pages while the galley overflows the current one. */
    private void settle() throws IOException {
        while (!galley.isEmpty()) {
            float height = regionTop - bottom();
            int[] ends = ColumnBreaker.fill(galley, height, columns(), atPageTop());
            if (ends[ends.length - 1] == galley.size()) {
                return;
            }
            placeColumns(ends, height);
            finishPage();
            openPage();
        }
    }

    /** Places the galley in balanced columns; what follows starts below the longest one. */
    private void closeRegion() throws IOException {
        settle();
        if (galley.isEmpty()) {
            return;
        }
        float full = regionTop - bottom();
        float height = ColumnBreaker.balancedHeight(galley, full, columns());
        int[] ends = ColumnBreaker.fill(galley, height, columns(), height == full && atPageTop());
        float longest = 0;
        for (int c = 0, start = 0; c < ends.length; start = ends[c++]) {
            longest = Math.max(longest, ColumnBreaker.height(galley.subList(start, ends[c])));
        }
        placeColumns(ends, longest);
        regionTop -= longest + pendingSpace;
        pendingSpace = 0;
    }

    /**
     * Places the galley's lines up to {@code ends} into the columns. Side by side, columns are brought to the
     * same depth, {@code depth}, as newspapers do: the spaces between paragraphs of a shorter column grow in
     * proportion to their size, by at most {@link #MAX_FEATHER} times their size (never between a headline and
     * its text, nor above a source line).
     */
    private void placeColumns(int[] ends, float depth) {
        int start = 0;
        for (int c = 0; c < ends.length; c++) {
            List<FlowLine> column = galley.subList(start, ends[c]);
            float gaps = 0;
            for (int i = 1; i < column.size(); i++) {
                gaps += feathers(column.get(i)) ? column.get(i).spaceBefore() : 0;
            }
            float feather = ends.length == 1 || gaps == 0
                    ? 0
                    : Math.max(0, Math.min(MAX_FEATHER, (depth - ColumnBreaker.height(column)) / gaps));
            float y = regionTop;
            for (int i = 0; i < column.size(); i++) {
                FlowLine line = column.get(i);
                if (i > 0) {
                    y -= line.spaceBefore() * (feathers(line) ? 1 + feather : 1);
                }
                placed.add(new Placement(line, c, ends.length, columnLeft(c), measure(), y));
                y -= line.height();
            }
            start = ends[c];
        }
        galley.subList(0, start).clear();
    }

    /** Whether the space above a line may grow: between paragraphs that do not keep together. */
    private static boolean feathers(FlowLine line) {
        return line.index() == 0 && line.breakBefore() && line.spaceBefore() > 0;
    }

    private boolean atPageTop() {
        return placed.isEmpty() && regionTop == top();
    }

    private void openPage() {
        pageNumber++;
        pageOpen = true;
        regionTop = top();
    }

    private void finishPage() throws IOException {
        float width = layout.paper().width();
        float height = layout.paper().height();
        PageWriter page = writer.newPage(width, height);
        if (layout.bleed().any()) {
            page.bleed(layout.bleed().points(), layout.bleed().cropMarks(), Palette.REGISTRATION.rgb());
        }
        for (Placement p : placed) {
            if (p.line().bookmark() != null) {
                writer.bookmark(p.line().bookmark(), page, p.top(), outlineLevel);
            }
            draw(page, p);
        }
        if (pageNumber > 1 && header != null) {
            float baseline = height - layout.margins().top() * 0.55f;
            page.artifact(header, (width - header.width()) / 2, baseline);
            page.rectangle(
                    layout.margins().left(),
                    baseline - header.size() * 0.9f,
                    width - layout.margins().left() - layout.margins().right(),
                    0.4f,
                    Palette.RULE.rgb());
        }
        Line number = folio.apply(pageNumber);
        page.artifact(number, (width - number.width()) / 2, layout.margins().bottom() * 0.45f);
        page.finish();
        if (observer != null) {
            observer.accept(new PageLayout(pageNumber, top(), bottom(), placed));
        }
        placed.clear();
        pageOpen = false;
    }

    private void draw(PageWriter page, Placement p) {
        float left = p.left();
        float right = left + p.width();
        if (p.line().content() instanceof Content.Text t) {
            Line line = t.line();
            float baseline = p.top() - p.line().height() / 2 - line.size() * 0.25f;
            if (rightToLeft) {
                right -= t.indent();
            } else {
                left += t.indent();
            }
            float x;
            if (t.alignment() == Alignment.CENTER) {
                x = (left + right - line.width()) / 2;
            } else if (line.rightToLeft()) {
                x = right - line.width();
            } else {
                x = left;
            }
            page.line(line, x, baseline, p.line().tag());
        } else if (p.line().content() instanceof Content.Entry e) {
            float baseline = p.top() - p.line().height() / 2 - e.text().size() * 0.25f;
            page.line(
                    e.text(),
                    rightToLeft ? right - e.text().width() : left,
                    baseline,
                    p.line().tag());
            page.line(
                    e.number(),
                    rightToLeft ? left : right - e.number().width(),
                    baseline,
                    p.line().tag());
        } else if (p.line().content() instanceof Content.Picture pic) {
            page.image(
                    pic.image(),
                    (left + right - pic.width()) / 2,
                    p.bottom(),
                    pic.width(),
                    pic.height(),
                    p.line().tag());
        } else if (p.line().content() instanceof Content.Rule rule) {
            page.rectangle(
                    (left + right - rule.width()) / 2, p.bottom(), rule.width(), rule.thickness(), Palette.RULE.rgb());
        }
    }

    private int columns() {
        return spanning ? 1 : layout.columns();
    }

    private float top() {
        return layout.paper().height() - layout.margins().top();
    }

    private float bottom() {
        return layout.margins().bottom();
    }

    private float columnLeft(int column) {
        float left = layout.margins().left();
        if (columns() == 1) {
            return left;
        }
        boolean onRight = rightToLeft ? column == 0 : column == 1;
        return onRight ? left + measure() + COLUMN_GAP : left;
    }
}

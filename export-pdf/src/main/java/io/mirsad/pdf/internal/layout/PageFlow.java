package io.mirsad.pdf.internal.layout;

import io.mirsad.pdf.PdfLayout;
import io.mirsad.pdf.internal.justify.Line;
import io.mirsad.pdf.internal.write.ImageRef;
import io.mirsad.pdf.internal.write.PageWriter;
import io.mirsad.pdf.internal.write.PdfWriter;
import java.io.IOException;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Pours set paragraphs into columns and pages, top to bottom, and finishes each page as soon as it is full
 * so that only one page's content is held at a time. Headlines keep with the next lines; a paragraph never
 * leaves a single line alone at the foot (orphan) or head (widow) of a column. Columns run right to left
 * in a right-to-left edition. Pages after the first carry the running header; every page its folio.
 */
final class PageFlow {
    static final float COLUMN_GAP = 20;

    private final PdfWriter writer;
    private final PdfLayout layout;
    private final boolean rightToLeft;
    private final Line header;
    private final IntFunction<Line> folio;
    private final float bodyLeading;

    private PageWriter page;
    private int pageNumber;
    private float y;
    private float columnTop;
    private int column;
    private boolean spanning;
    private boolean fresh;

    PageFlow(PdfWriter writer, PdfLayout layout, boolean rightToLeft, Line header, IntFunction<Line> folio,
             float bodyLeading) {
        this.writer = writer;
        this.layout = layout;
        this.rightToLeft = rightToLeft;
        this.header = header;
        this.folio = folio;
        this.bodyLeading = bodyLeading;
    }

    /** Whether text goes across the whole text block (title, sources) rather than into columns. */
    void span(boolean across) throws IOException {
        if (page == null) {
            newPage();
        }
        if (spanning && !across) {
            columnTop = y;
            column = 0;
        }
        spanning = across;
    }

    /** The width lines are set to. */
    float measure() {
        float text = layout.paper().width() - layout.margins().left() - layout.margins().right();
        return spanning || layout.columns() == 1 ? text : (text - COLUMN_GAP) / 2;
    }

    /** Places a paragraph, moving to the next column or page as needed. */
    void place(SetText text) throws IOException {
        if (page == null) {
            newPage();
        }
        List<Line> lines = text.lines();
        if (!fresh) {
            y -= text.spaceBefore();
        }
        float lh = text.lineHeight();
        if (text.keepWithNext() && !fresh && y - bottom() < text.height() + 2 * bodyLeading) {
            nextColumn();
        }
        int next = 0;
        boolean marked = text.bookmark() == null;
        while (next < lines.size()) {
            int remaining = lines.size() - next;
            int fit = (int) Math.floor((y - bottom() + 0.01f) / lh);
            if (fit < remaining && !text.keepWithNext()) {
                if (remaining - fit < 2) {
                    fit = remaining - 2;
                }
                if (fit < 2) {
                    fit = 0;
                }
            }
            if (fit <= 0 && fresh) {
                fit = Math.max(1, Math.min(remaining, fit));
            }
            int count = Math.min(fit, remaining);
            if (count > 0 && !marked) {
                writer.bookmark(text.bookmark(), page, y);
                marked = true;
            }
            for (int i = 0; i < count; i++) {
                draw(lines.get(next + i), text, lh);
            }
            next += count;
            if (next < lines.size()) {
                nextColumn();
            }
        }
        y -= text.spaceAfter();
    }

    /** Pictures are not enlarged beyond this many points per pixel (two pixels per point at 96 dpi). */
    private static final float MAX_POINTS_PER_PIXEL = 1.5f;

    /** Places a picture scaled to the measure, never enlarged much, no taller than half the text block. */
    void image(byte[] data) throws IOException {
        if (page == null) {
            newPage();
        }
        ImageRef image = writer.image(data);
        float width = Math.min(measure(), image.width() * MAX_POINTS_PER_PIXEL);
        float height = width * image.height() / image.width();
        float maxHeight = (layout.paper().height() - layout.margins().top() - layout.margins().bottom()) / 2;
        if (height > maxHeight) {
            width *= maxHeight / height;
            height = maxHeight;
        }
        if (!fresh) {
            y -= bodyLeading / 2;
        }
        if (y - bottom() < height) {
            nextColumn();
        }
        float x = (columnLeft() + columnRight() - width) / 2;
        page.image(image, x, y - height, width, height);
        y -= height + bodyLeading / 3;
        fresh = false;
    }

    /** A short centred rule, to close the title block. */
    void rule(float width, float before, float after) throws IOException {
        if (page == null) {
            newPage();
        }
        y -= before;
        float mid = (columnLeft() + columnRight()) / 2;
        page.rectangle(mid - width / 2, y, width, 0.6f, TypeScale.RULE);
        y -= after;
        fresh = false;
    }

    /** Ends the current page; the next text starts a new one. */
    void newPage() throws IOException {
        finishPage();
        page = writer.newPage(layout.paper().width(), layout.paper().height());
        pageNumber++;
        y = top();
        columnTop = y;
        column = 0;
        fresh = true;
    }

    /** Finishes the last page. */
    void finish() throws IOException {
        finishPage();
    }

    private void draw(Line line, SetText text, float lh) {
        float size = line.size();
        float baseline = y - lh / 2 - size * 0.25f;
        float left = columnLeft();
        float right = columnRight();
        if (rightToLeft) {
            right -= text.indent();
        } else {
            left += text.indent();
        }
        float w = line.width();
        float x;
        if (text.alignment() == Alignment.CENTER) {
            x = (left + right - w) / 2;
        } else if (line.rightToLeft()) {
            x = right - w;
        } else {
            x = left;
        }
        page.line(line, x, baseline);
        y -= lh;
        fresh = false;
    }

    private void nextColumn() throws IOException {
        if (!spanning && column + 1 < layout.columns()) {
            column++;
            y = columnTop;
            fresh = true;
        } else {
            newPage();
        }
    }

    private void finishPage() throws IOException {
        if (page == null) {
            return;
        }
        float width = layout.paper().width();
        float height = layout.paper().height();
        if (pageNumber > 1 && header != null) {
            float baseline = height - layout.margins().top() * 0.55f;
            page.line(header, (width - header.width()) / 2, baseline);
            page.rectangle(layout.margins().left(), baseline - header.size() * 0.9f,
                    width - layout.margins().left() - layout.margins().right(), 0.4f, TypeScale.RULE);
        }
        Line number = folio.apply(pageNumber);
        page.line(number, (width - number.width()) / 2, layout.margins().bottom() * 0.45f);
        page.finish();
        page = null;
    }

    private float top() {
        return layout.paper().height() - layout.margins().top();
    }

    private float bottom() {
        return layout.margins().bottom();
    }

    private float columnLeft() {
        float left = layout.margins().left();
        if (spanning || layout.columns() == 1) {
            return left;
        }
        boolean onRight = rightToLeft ? column == 0 : column == 1;
        return onRight ? left + measure() + COLUMN_GAP : left;
    }

    private float columnRight() {
        return columnLeft() + measure();
    }
}

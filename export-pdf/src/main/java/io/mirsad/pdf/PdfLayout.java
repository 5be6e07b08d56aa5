package io.mirsad.pdf;

import io.mirsad.digest.text.DigitStyle;
import java.util.Objects;

/**
 * How the edition's pages are laid out.
 *
 * @param paper    the page size
 * @param margins  the page margins
 * @param columns  1, or 2 for a two-column body (the title block and sources page span both)
 * @param kashida  whether justified Arabic lines may be lengthened with kashida
 * @param digits   the digits of folios, dates and source numbers
 * @param bodySize the body text size in points; headings and notes scale with it. Narrow columns (two
 *                 columns on A5) set it smaller, down to 9 pt, so that lines keep enough words to justify.
 * @param bleed    bleed and crop marks around the page, for a print shop
 */
public record PdfLayout(
        PaperSize paper,
        Margins margins,
        int columns,
        boolean kashida,
        DigitStyle digits,
        float bodySize,
        Bleed bleed) {
    /** A4, default margins, one column, kashida on, Western digits, 12 pt body, no bleed. */
    public static final PdfLayout DEFAULT =
            new PdfLayout(PaperSize.A4, Margins.DEFAULT, 1, true, DigitStyle.WESTERN, 12);

    public PdfLayout {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(margins, "margins");
        Objects.requireNonNull(digits, "digits");
        Objects.requireNonNull(bleed, "bleed");
        if (columns != 1 && columns != 2) {
            throw new IllegalArgumentException("columns must be 1 or 2, got " + columns);
        }
        if (!(bodySize >= 6 && bodySize <= 36)) {
            throw new IllegalArgumentException("body size must be between 6 and 36 pt, got " + bodySize);
        }
        if (paper.width() - margins.left() - margins.right() < 10 * bodySize
                || paper.height() - margins.top() - margins.bottom() < 10 * bodySize) {
            throw new IllegalArgumentException("the margins leave too little room on " + paper.width() + " × "
                    + paper.height() + " pt paper for " + bodySize + " pt text");
        }
    }

    /** A layout without bleed or crop marks. */
    public PdfLayout(
            PaperSize paper, Margins margins, int columns, boolean kashida, DigitStyle digits, float bodySize) {
        this(paper, margins, columns, kashida, digits, bodySize, Bleed.NONE);
    }

    /** Another paper size; margins still at their default for the old size become the default for the new one. */
    public PdfLayout withPaper(PaperSize p) {
        Margins m = margins.equals(Margins.defaultFor(paper)) ? Margins.defaultFor(p) : margins;
        return new PdfLayout(p, m, columns, kashida, digits, bodySize, bleed);
    }

    public PdfLayout withMargins(Margins m) {
        return new PdfLayout(paper, m, columns, kashida, digits, bodySize, bleed);
    }

    public PdfLayout withColumns(int c) {
        return new PdfLayout(paper, margins, c, kashida, digits, bodySize, bleed);
    }

    public PdfLayout withKashida(boolean k) {
        return new PdfLayout(paper, margins, columns, k, digits, bodySize, bleed);
    }

    public PdfLayout withDigits(DigitStyle d) {
        return new PdfLayout(paper, margins, columns, kashida, d, bodySize, bleed);
    }

    public PdfLayout withBodySize(float size) {
        return new PdfLayout(paper, margins, columns, kashida, digits, size, bleed);
    }

    /** The same layout with bleed and crop marks for a print shop. */
    public PdfLayout withBleed(Bleed b) {
        return new PdfLayout(paper, margins, columns, kashida, digits, bodySize, b);
    }
}

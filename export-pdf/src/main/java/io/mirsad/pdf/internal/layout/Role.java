package io.mirsad.pdf.internal.layout;

/** What a piece of the flow is, which decides how it keeps with its neighbours across a column break. */
public enum Role {
    /** The title block: series, title, subtitle, byline, dates, closing rule. */
    TITLE(false, false, false),
    /** A section headline: never ends a column, and keeps with the first two lines of what follows. */
    HEADLINE(false, true, false),
    /** A body paragraph or list item: split only between its second and its second-to-last line. */
    BODY(true, false, false),
    /** A quotation, split like a body paragraph. */
    QUOTE(true, false, false),
    /** The attribution under a quotation: stays with it. */
    ATTRIBUTION(false, false, true),
    /** A picture. */
    FIGURE(false, false, false),
    /** A picture's caption: stays with the picture. */
    CAPTION(false, false, true),
    /** The «المصدر: …» line closing a section: stays with the paragraph above it. */
    SOURCE_LINE(false, false, true),
    /** The name of a source on the sources page: keeps with its details. */
    SOURCE_NAME(false, true, false),
    /** A source's Latin name or address, under its name. */
    SOURCE_DETAIL(false, false, true);

    private final boolean splits;
    private final boolean keepWithNext;
    private final boolean keepWithPrevious;

    Role(boolean splits, boolean keepWithNext, boolean keepWithPrevious) {
        this.splits = splits;
        this.keepWithNext = keepWithNext;
        this.keepWithPrevious = keepWithPrevious;
    }

    /** Whether a column may break inside it (at least two lines on each side). */
    public boolean splits() {
        return splits;
    }

    public boolean keepWithNext() {
        return keepWithNext;
    }

    public boolean keepWithPrevious() {
        return keepWithPrevious;
    }
}

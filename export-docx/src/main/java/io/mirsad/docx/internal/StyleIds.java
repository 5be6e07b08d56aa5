package io.mirsad.docx.internal;

/** The ids of the styles {@code styles.xml} defines and the writers refer to. */
public final class StyleIds {
    public static final String NORMAL = "Normal";
    public static final String TITLE = "Title";
    public static final String SUBTITLE = "Subtitle";
    public static final String BYLINE = "Byline";
    public static final String HEADING_1 = "Heading1";
    /** A digest's headlines when the digest is a part of a volume, under the part's heading 1. */
    public static final String HEADING_2 = "Heading2";

    public static final String BODY_TEXT = "BodyText";
    public static final String QUOTE = "Quote";
    public static final String SOURCE_NOTE = "SourceNote";
    public static final String QUOTE_SOURCE = "QuoteSource";
    public static final String LIST_PARAGRAPH = "ListParagraph";
    public static final String FIGURE = "Figure";
    public static final String CAPTION = "Caption";
    public static final String FOOTNOTE_TEXT = "FootnoteText";
    public static final String FOOTNOTE_REFERENCE = "FootnoteReference";
    public static final String HEADER = "Header";
    public static final String FOOTER = "Footer";
    public static final String TOC_HEADING = "TOCHeading";
    public static final String TOC_1 = "TOC1";
    public static final String HYPERLINK = "Hyperlink";
    public static final String STRONG = "Strong";
    public static final String EMPHASIS = "Emphasis";
    public static final String DEFAULT_PARAGRAPH_FONT = "DefaultParagraphFont";

    private StyleIds() {}
}

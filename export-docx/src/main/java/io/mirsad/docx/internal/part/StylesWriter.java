package io.mirsad.docx.internal.part;

import io.mirsad.docx.Kashida;
import io.mirsad.docx.internal.DocxConfig;
import io.mirsad.docx.internal.StyleIds;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabs;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline;

/**
 * Writes {@code word/styles.xml}: document defaults that carry the text face for Latin, complex-script
 * and East Asian text, the bidi language and right-to-left paragraphs; and every paragraph and
 * character style the body uses. Each size is given twice ({@code sz} and {@code szCs}) and each bold
 * twice ({@code b} and {@code bCs}): Word applies the complex-script half to Arabic runs.
 * Style names are Word's built-in ones where there is one ("heading 1", "footnote text"), so Word's
 * navigation pane, TOC and footnote commands recognise them.
 */
public final class StylesWriter {
    private static final String INK = "1A1A1A";
    private static final String NAVY = "1F3A5F";
    private static final String GREY = "5A5A5A";
    private static final String ACCENT = "8A2B0E";

    private final DocxConfig config;
    private final boolean rtl;
    private final CTStyles styles = CTStyles.Factory.newInstance();

    private StylesWriter(DocxConfig config, boolean rtl) {
        this.config = config;
        this.rtl = rtl;
    }

    /** Adds the styles part to {@code doc}; {@code rtl} makes right-to-left paragraphs the default. */
    public static void write(XWPFDocument doc, DocxConfig config, boolean rtl) {
        doc.createStyles().setStyles(new StylesWriter(config, rtl).build());
    }

    private CTStyles build() {
        defaults();
        int text = config.paper().textWidth();

        CTStyle normal = paragraph(StyleIds.NORMAL, "Normal", null, null);
        normal.setDefault(true);
        normal.addNewQFormat();
        if (rtl) {
            normal.getPPr().addNewBidi();
        }

        CTStyle defaultFont = character(StyleIds.DEFAULT_PARAGRAPH_FONT, "Default Paragraph Font", null);
        defaultFont.setDefault(true);
        defaultFont.addNewSemiHidden();

        CTStyle title = paragraph(StyleIds.TITLE, "Title", StyleIds.NORMAL, StyleIds.SUBTITLE);
        title.addNewQFormat();
        jc(title, STJc.CENTER);
        spacing(title, 0, 120, 240);
        bold(title);
        size(title, 26);
        color(title, NAVY);

        CTStyle subtitle = paragraph(StyleIds.SUBTITLE, "Subtitle", StyleIds.NORMAL, StyleIds.BYLINE);
        subtitle.addNewQFormat();
        jc(subtitle, STJc.CENTER);
        spacing(subtitle, 0, 200, 240);
        size(subtitle, 17);
        color(subtitle, GREY);

        CTStyle byline = paragraph(StyleIds.BYLINE, "Byline", StyleIds.NORMAL, StyleIds.BODY_TEXT);
        jc(byline, STJc.CENTER);
        spacing(byline, 0, 60, 240);
        size(byline, 12);
        color(byline, GREY);

        CTStyle heading = paragraph(StyleIds.HEADING_1, "heading 1", StyleIds.NORMAL, StyleIds.BODY_TEXT);
        heading.addNewQFormat();
        heading.getPPr().addNewKeepNext();
        heading.getPPr().addNewKeepLines();
        spacing(heading, 320, 100, 240);
        heading.getPPr().addNewOutlineLvl().setVal(BigInteger.ZERO);
        bold(heading);
        size(heading, 17);
        color(heading, NAVY);

        CTStyle heading2 = paragraph(StyleIds.HEADING_2, "heading 2", StyleIds.HEADING_1, StyleIds.BODY_TEXT);
        heading2.addNewQFormat();
        heading2.getPPr().addNewOutlineLvl().setVal(BigInteger.ONE);
        size(heading2, 15);

        CTStyle body = paragraph(StyleIds.BODY_TEXT, "Body Text", StyleIds.NORMAL, null);
        body.addNewQFormat();
        jc(body, justification(config.kashida()));
        spacing(body, 0, 140, 276);

        CTStyle quote = paragraph(StyleIds.QUOTE, "Quote", StyleIds.NORMAL, StyleIds.BODY_TEXT);
        quote.addNewQFormat();
        jc(quote, justification(config.kashida()));
        spacing(quote, 120, 80, 276);
        quote.getPPr().addNewInd().setStart(BigInteger.valueOf(680));
        quote.getPPr().getInd().setEnd(BigInteger.valueOf(680));
        size(quote, 14);
        color(quote, NAVY);

        CTStyle sourceNote = paragraph(StyleIds.SOURCE_NOTE, "Source Note", StyleIds.NORMAL, StyleIds.SOURCE_NOTE);
        sourceNote.addNewQFormat();
        spacing(sourceNote, 0, 100, 240);
        size(sourceNote, 11.5);
        color(sourceNote, GREY);

        CTStyle quoteSource =
                paragraph(StyleIds.QUOTE_SOURCE, "Quote Source", StyleIds.SOURCE_NOTE, StyleIds.BODY_TEXT);
        jc(quoteSource, STJc.END);
        spacing(quoteSource, 0, 200, 240);
        quoteSource.getPPr().addNewInd().setEnd(BigInteger.valueOf(680));

        CTStyle list = paragraph(StyleIds.LIST_PARAGRAPH, "List Paragraph", StyleIds.BODY_TEXT, null);
        list.addNewQFormat();
        spacing(list, 0, 60, 276);
        list.getPPr().addNewContextualSpacing();

        CTStyle figure = paragraph(StyleIds.FIGURE, "Figure", StyleIds.NORMAL, StyleIds.CAPTION);
        jc(figure, STJc.CENTER);
        figure.getPPr().addNewKeepNext();
        spacing(figure, 120, 60, 240);

        CTStyle caption = paragraph(StyleIds.CAPTION, "caption", StyleIds.NORMAL, StyleIds.BODY_TEXT);
        caption.addNewQFormat();
        jc(caption, STJc.CENTER);
        spacing(caption, 0, 200, 240);
        size(caption, 11);
        color(caption, GREY);

        CTStyle footnote = paragraph(StyleIds.FOOTNOTE_TEXT, "footnote text", StyleIds.NORMAL, null);
        footnote.addNewUiPriority().setVal(BigInteger.valueOf(99));
        footnote.addNewUnhideWhenUsed();
        spacing(footnote, 0, 40, 240);
        size(footnote, 10);

        CTStyle footnoteRef = character(StyleIds.FOOTNOTE_REFERENCE, "footnote reference", null);
        footnoteRef.addNewUiPriority().setVal(BigInteger.valueOf(99));
        footnoteRef.addNewUnhideWhenUsed();
        footnoteRef.getRPr().addNewVertAlign().setVal(STVerticalAlignRun.SUPERSCRIPT);

        CTStyle header = paragraph(StyleIds.HEADER, "header", StyleIds.NORMAL, null);
        header.addNewUiPriority().setVal(BigInteger.valueOf(99));
        header.addNewUnhideWhenUsed();
        tab(header, STTabJc.END, STTabTlc.NONE, text);
        spacing(header, 0, 0, 240);
        rule(header, false);
        size(header, 10);
        color(header, GREY);

        CTStyle footer = paragraph(StyleIds.FOOTER, "footer", StyleIds.NORMAL, null);
        footer.addNewUiPriority().setVal(BigInteger.valueOf(99));
        footer.addNewUnhideWhenUsed();
        jc(footer, STJc.CENTER);
        spacing(footer, 0, 0, 240);
        size(footer, 11);
        color(footer, GREY);

        CTStyle tocHeading = paragraph(StyleIds.TOC_HEADING, "TOC Heading", StyleIds.HEADING_1, StyleIds.BODY_TEXT);
        tocHeading.addNewUiPriority().setVal(BigInteger.valueOf(39));
        tocHeading.addNewUnhideWhenUsed();
        tocHeading.addNewQFormat();
        // Body level, so the contents do not list their own heading.
        tocHeading.getPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(9));
        spacing(tocHeading, 240, 80, 240);
        rule(tocHeading, true);
        size(tocHeading, 14);

        // Entries sit close together (contextual spacing) with room after the last; the rule below
        // is drawn once under the group, since consecutive paragraphs share identical borders.
        CTStyle toc1 = paragraph(StyleIds.TOC_1, "toc 1", StyleIds.NORMAL, StyleIds.NORMAL);
        toc1.addNewUiPriority().setVal(BigInteger.valueOf(39));
        toc1.addNewUnhideWhenUsed();
        spacing(toc1, 0, 360, 300);
        toc1.getPPr().addNewContextualSpacing();
        rule(toc1, false);
        color(toc1, NAVY);

        CTStyle hyperlink = character(StyleIds.HYPERLINK, "Hyperlink", null);
        hyperlink.addNewUiPriority().setVal(BigInteger.valueOf(99));
        hyperlink.addNewUnhideWhenUsed();
        hyperlink.getRPr().addNewColor().setVal(NAVY);
        // Underlined, not told apart by colour alone (Word's accessibility checker, WCAG 1.4.1).
        hyperlink.getRPr().addNewU().setVal(STUnderline.SINGLE);

        CTStyle strong = character(StyleIds.STRONG, "Strong", null);
        strong.addNewQFormat();
        strong.getRPr().addNewB();
        strong.getRPr().addNewBCs();

        // Amiri has no italic and slanted Arabic reads poorly: emphasis is set in the accent colour.
        CTStyle emphasis = character(StyleIds.EMPHASIS, "Emphasis", null);
        emphasis.addNewQFormat();
        emphasis.getRPr().addNewColor().setVal(ACCENT);
        return styles;
    }

    private void defaults() {
        CTRPr rPr = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        CTFonts fonts = rPr.addNewRFonts();
        String family = config.textFamily();
        fonts.setAscii(family);
        fonts.setHAnsi(family);
        fonts.setCs(family);
        fonts.setEastAsia(family);
        rPr.addNewColor().setVal(INK);
        rPr.addNewSz().setVal(BigInteger.valueOf(26));
        rPr.addNewSzCs().setVal(BigInteger.valueOf(26));
        CTLanguage lang = rPr.addNewLang();
        lang.setVal("en-US");
        lang.setEastAsia("en-US");
        lang.setBidi(config.bidiLanguage());
        CTPPrGeneral pPr = styles.getDocDefaults().addNewPPrDefault().addNewPPr();
        pPr.addNewWidowControl();
        if (rtl) {
            pPr.addNewBidi();
        }
        pPr.addNewSpacing().setAfter(BigInteger.ZERO);
    }

    private static STJc.Enum justification(Kashida kashida) {
        switch (kashida) {
            case LOW:
                return STJc.LOW_KASHIDA;
            case MEDIUM:
                return STJc.MEDIUM_KASHIDA;
            case HIGH:
                return STJc.HIGH_KASHIDA;
            default:
                return STJc.BOTH;
        }
    }

    private CTStyle paragraph(String id, String name, String basedOn, String next) {
        CTStyle s = style(id, name, STStyleType.PARAGRAPH, basedOn);
        if (next != null) {
            s.addNewNext().setVal(next);
        }
        s.addNewPPr();
        s.addNewRPr();
        return s;
    }

    private CTStyle character(String id, String name, String basedOn) {
        CTStyle s = style(id, name, STStyleType.CHARACTER, basedOn);
        s.addNewRPr();
        return s;
    }

    private CTStyle style(String id, String name, STStyleType.Enum type, String basedOn) {
        CTStyle s = styles.addNewStyle();
        s.setType(type);
        s.setStyleId(id);
        s.addNewName().setVal(name);
        if (basedOn != null) {
            s.addNewBasedOn().setVal(basedOn);
        }
        return s;
    }

    private static void jc(CTStyle s, STJc.Enum value) {
        s.getPPr().addNewJc().setVal(value);
    }

    /** Space before and after in twips; {@code line} in 240ths of single spacing. */
    private static void spacing(CTStyle s, int before, int after, int line) {
        CTSpacing sp = s.getPPr().addNewSpacing();
        sp.setBefore(BigInteger.valueOf(before));
        sp.setAfter(BigInteger.valueOf(after));
        sp.setLine(BigInteger.valueOf(line));
        sp.setLineRule(STLineSpacingRule.AUTO);
    }

    private static void tab(CTStyle s, STTabJc.Enum alignment, STTabTlc.Enum leader, int position) {
        CTTabs tabs = s.getPPr().addNewTabs();
        CTTabStop stop = tabs.addNewTab();
        stop.setVal(alignment);
        stop.setLeader(leader);
        stop.setPos(BigInteger.valueOf(position));
    }

    /** A thin rule above or below the paragraph. */
    private static void rule(CTStyle s, boolean above) {
        CTPBdr borders = s.getPPr().addNewPBdr();
        CTBorder rule = above ? borders.addNewTop() : borders.addNewBottom();
        rule.setVal(STBorder.SINGLE);
        rule.setSz(BigInteger.valueOf(4));
        rule.setSpace(BigInteger.valueOf(4));
        rule.setColor(NAVY);
    }

    private static void bold(CTStyle s) {
        s.getRPr().addNewB();
        s.getRPr().addNewBCs();
    }

    /** Sets the Latin and complex-script size, in points. */
    private static void size(CTStyle s, double points) {
        BigInteger halfPoints = BigInteger.valueOf(Math.round(points * 2));
        s.getRPr().addNewSz().setVal(halfPoints);
        s.getRPr().addNewSzCs().setVal(halfPoints);
    }

    private static void color(CTStyle s, String hex) {
        s.getRPr().addNewColor().setVal(hex);
    }
}

package io.mirsad.docx.internal.text;

import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;

/** Paragraph properties every writer sets the same way. */
public final class Paragraphs {
    private Paragraphs() {}

    /**
     * Gives {@code p} its style and, in a right-to-left edition, {@code w:bidi}. The style carries the
     * direction too; the paragraph says it again so that text pasted elsewhere keeps it.
     */
    public static CTPPr style(CTP p, String styleId, boolean rtl) {
        return style(p, styleId, rtl, rtl);
    }

    /**
     * Gives {@code p} its style and its direction where the document's styles give another: a
     * left-to-right part of a right-to-left volume turns off the {@code w:bidi} its styles carry.
     *
     * @param rtl         the paragraph's direction
     * @param documentRtl the direction the document's styles give every paragraph
     */
    public static CTPPr style(CTP p, String styleId, boolean rtl, boolean documentRtl) {
        CTPPr pPr = p.isSetPPr() ? p.getPPr() : p.addNewPPr();
        pPr.addNewPStyle().setVal(styleId);
        if (rtl) {
            pPr.addNewBidi();
        } else if (documentRtl) {
            pPr.addNewBidi().setVal(STOnOff1.OFF);
        }
        return pPr;
    }
}

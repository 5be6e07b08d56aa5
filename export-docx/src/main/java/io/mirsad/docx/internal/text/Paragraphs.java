package io.mirsad.docx.internal.text;

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
        CTPPr pPr = p.isSetPPr() ? p.getPPr() : p.addNewPPr();
        pPr.addNewPStyle().setVal(styleId);
        if (rtl) {
            pPr.addNewBidi();
        }
        return pPr;
    }
}

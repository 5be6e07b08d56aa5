package io.mirsad.docx.internal.text;

import java.util.function.Supplier;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;

/**
 * Writes runs ({@code w:r}). A right-to-left run carries {@code w:rtl} and the {@code w:lang w:bidi}
 * tag, so Word treats its characters as complex script: it takes the {@code cs} font, {@code szCs}
 * size and {@code bCs} weight the styles define next to the Latin ones. Fonts and sizes come from
 * styles, never from the run, so a user restyling the document restyles every run.
 */
public final class RunWriter {
    private final String bidiLanguage;

    public RunWriter(String bidiLanguage) {
        this.bidiLanguage = bidiLanguage;
    }

    /**
     * Writes {@code text} as one run per directional stretch.
     *
     * @param sink      makes a new run where it belongs (in a paragraph, a hyperlink…)
     * @param runs      the paragraph's resolved directions
     * @param start     where {@code text} starts in the paragraph
     * @param charStyle a character style id, or {@code null}
     */
    public void text(Supplier<CTR> sink, String text, DirectionalRuns runs, int start, String charStyle) {
        if (text.isEmpty()) {
            return;
        }
        for (DirectionalRuns.Stretch s : runs.stretches(start, start + text.length())) {
            CTR r = run(sink, s.rtl(), charStyle);
            CTText t = r.addNewT();
            t.setStringValue(s.text());
            t.setSpace(SpaceAttribute.Space.PRESERVE);
        }
    }

    /** Writes text that stands alone in its paragraph (a headline, a header line). */
    public void text(Supplier<CTR> sink, String text, boolean rtlParagraph, String charStyle) {
        text(sink, text, DirectionalRuns.of(text, rtlParagraph), 0, charStyle);
    }

    /** A new empty run with the direction and character style given; fields and note marks go in it. */
    public CTR run(Supplier<CTR> sink, boolean rtl, String charStyle) {
        CTR r = sink.get();
        if (charStyle == null && !rtl) {
            return r;
        }
        CTRPr pr = r.addNewRPr();
        if (charStyle != null) {
            pr.addNewRStyle().setVal(charStyle);
        }
        if (rtl) {
            pr.addNewRtl();
            pr.addNewLang().setBidi(bidiLanguage);
        }
        return r;
    }
}

package io.mirsad.docx.internal.text;

import io.mirsad.fonts.FaceRun;
import io.mirsad.fonts.FontFace;
import io.mirsad.fonts.FontRegistry;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;

/**
 * Writes runs ({@code w:r}). A right-to-left run carries {@code w:rtl} and the {@code w:lang w:bidi}
 * tag, so Word treats its characters as complex script: it takes the {@code cs} font, {@code szCs}
 * size and {@code bCs} weight the styles define next to the Latin ones. Fonts and sizes come from
 * styles, so a user restyling the document restyles every run — except for text the text face cannot
 * draw (Greek, Hebrew…): the edition's {@link FontRegistry#runs registry} cuts it into runs of the
 * fallback face that has it, as in every format, and each such run names that face in all four
 * {@code w:rFonts} slots. One writer serves one document and remembers the fallback faces it used.
 */
public final class RunWriter {
    private final String bidiLanguage;
    private final FontRegistry fonts;
    private final Set<FontFace> fallbacksUsed = new HashSet<>();

    public RunWriter(String bidiLanguage, FontRegistry fonts) {
        this.bidiLanguage = bidiLanguage;
        this.fonts = fonts;
    }

    /** The fallback faces the runs written so far are set in, in the registry's order. */
    public List<FontFace> fallbacksUsed() {
        return fonts.fallbacks().stream().filter(fallbacksUsed::contains).toList();
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
            for (FaceRun face : fonts.runs(s.text(), false)) {
                boolean fallback = face.face() != fonts.regular();
                CTR r = run(sink, s.rtl(), charStyle, fallback ? face.face() : null);
                CTText t = r.addNewT();
                t.setStringValue(s.text().substring(face.start(), face.end()));
                t.setSpace(SpaceAttribute.Space.PRESERVE);
            }
        }
    }

    /** Writes text that stands alone in its paragraph (a headline, a header line). */
    public void text(Supplier<CTR> sink, String text, boolean rtlParagraph, String charStyle) {
        text(sink, text, DirectionalRuns.of(text, rtlParagraph), 0, charStyle);
    }

    /** A new empty run with the direction and character style given; fields and note marks go in it. */
    public CTR run(Supplier<CTR> sink, boolean rtl, String charStyle) {
        return run(sink, rtl, charStyle, null);
    }

    /** A new run; one in a fallback face names it for every script Word may take its characters for. */
    private CTR run(Supplier<CTR> sink, boolean rtl, String charStyle, FontFace fallback) {
        CTR r = sink.get();
        if (charStyle == null && !rtl && fallback == null) {
            return r;
        }
        CTRPr pr = r.addNewRPr();
        if (charStyle != null) {
            pr.addNewRStyle().setVal(charStyle);
        }
        if (fallback != null) {
            fallbacksUsed.add(fallback);
            CTFonts f = pr.addNewRFonts();
            f.setAscii(fallback.family());
            f.setHAnsi(fallback.family());
            f.setCs(fallback.family());
            f.setEastAsia(fallback.family());
        }
        if (rtl) {
            pr.addNewRtl();
            pr.addNewLang().setBidi(bidiLanguage);
        }
        return r;
    }
}

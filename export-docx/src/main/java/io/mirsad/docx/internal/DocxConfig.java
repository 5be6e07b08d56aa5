package io.mirsad.docx.internal;

import io.mirsad.digest.text.DigitStyle;
import io.mirsad.docx.Kashida;
import io.mirsad.docx.Paper;
import io.mirsad.fonts.FontRegistry;
import java.util.Objects;

/**
 * Everything one export is set with: the exporter's configuration with the export's options applied.
 *
 * @param fonts        the regular and bold faces
 * @param bidiLanguage the BCP 47 tag written as {@code w:lang w:bidi} on right-to-left runs
 * @param kashida      how body text is justified
 * @param folios       the digits of page numbers, footnote marks and the header date
 * @param paper        the page size and margins
 * @param embedFonts   whether the faces are embedded
 * @param subsetFonts  whether embedded faces are cut to the glyphs the document uses
 */
public record DocxConfig(
        FontRegistry fonts,
        String bidiLanguage,
        Kashida kashida,
        DigitStyle folios,
        Paper paper,
        boolean embedFonts,
        boolean subsetFonts) {
    public DocxConfig {
        Objects.requireNonNull(fonts, "fonts");
        Objects.requireNonNull(bidiLanguage, "bidiLanguage");
        Objects.requireNonNull(kashida, "kashida");
        Objects.requireNonNull(folios, "folios");
        Objects.requireNonNull(paper, "paper");
    }

    /** The family body text is set in. */
    public String textFamily() {
        return fonts.regular().family();
    }
}

package io.mirsad.docx.internal.part;

import io.mirsad.digest.text.DigitStyle;
import io.mirsad.docx.Paper;
import io.mirsad.docx.internal.DocxConfig;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * Writes the section properties at the end of the body: page size and margins, the page and footnote
 * number format, and the right-to-left section ({@code w:bidi}) with its gutter on the right
 * ({@code w:rtlGutter}), so columns, page numbers and binding follow the script.
 */
public final class PageSetupWriter {
    private static final int HEADER_DISTANCE = 709;

    private PageSetupWriter() {}

    public static void write(XWPFDocument doc, DocxConfig config, boolean rtl) {
        CTBody body = doc.getDocument().getBody();
        write(body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr(), config, rtl);
    }

    /** Writes the page setup into one section's properties, such as a volume part's. */
    public static void write(CTSectPr sect, DocxConfig config, boolean rtl) {
        Paper paper = config.paper();
        STNumberFormat.Enum numbers =
                config.folios() == DigitStyle.ARABIC_INDIC ? STNumberFormat.HINDI_NUMBERS : STNumberFormat.DECIMAL;

        sect.addNewFootnotePr().addNewNumFmt().setVal(numbers);
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(paper.width()));
        size.setH(BigInteger.valueOf(paper.height()));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(paper.verticalMargin()));
        margins.setBottom(BigInteger.valueOf(paper.verticalMargin()));
        margins.setLeft(BigInteger.valueOf(paper.horizontalMargin()));
        margins.setRight(BigInteger.valueOf(paper.horizontalMargin()));
        margins.setHeader(BigInteger.valueOf(HEADER_DISTANCE));
        margins.setFooter(BigInteger.valueOf(HEADER_DISTANCE));
        margins.setGutter(BigInteger.ZERO);
        sect.addNewPgNumType().setFmt(numbers);
        sect.addNewCols().setSpace(BigInteger.valueOf(720));
        if (rtl) {
            sect.addNewBidi();
            sect.addNewRtlGutter();
        }
    }
}

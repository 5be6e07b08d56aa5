package io.mirsad.docx.internal.part;

import io.mirsad.digest.text.DigitStyle;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMultiLevelType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Writes {@code word/numbering.xml} once the first list needs it: one bulleted and one numbered list
 * definition, and a numbering instance per list so that every numbered list starts again at 1.
 * Numbers follow the folio digits (Arabic-Indic {@code hindiNumbers} or {@code decimal}).
 */
public final class NumberingWriter {
    private final XWPFDocument doc;
    private final DigitStyle digits;
    private BigInteger bullets;
    private BigInteger numbers;
    private XWPFNumbering numbering;

    public NumberingWriter(XWPFDocument doc, DigitStyle digits) {
        this.doc = doc;
        this.digits = digits;
    }

    /** A new numbering instance for one list; its id goes in each item's {@code w:numPr}. */
    public BigInteger newList(boolean ordered) {
        if (numbering == null) {
            numbering = doc.createNumbering();
            bullets = numbering.addAbstractNum(new XWPFAbstractNum(definition(BigInteger.ZERO, false), numbering));
            numbers = numbering.addAbstractNum(new XWPFAbstractNum(definition(BigInteger.ONE, true), numbering));
        }
        BigInteger numId = numbering.addNum(ordered ? numbers : bullets);
        if (ordered) {
            CTNumLvl restart = numbering.getNum(numId).getCTNum().addNewLvlOverride();
            restart.setIlvl(BigInteger.ZERO);
            restart.addNewStartOverride().setVal(BigInteger.ONE);
        }
        return numId;
    }

    private CTAbstractNum definition(BigInteger id, boolean ordered) {
        CTAbstractNum def = CTAbstractNum.Factory.newInstance();
        def.setAbstractNumId(id);
        def.addNewMultiLevelType().setVal(STMultiLevelType.SINGLE_LEVEL);
        CTLvl lvl = def.addNewLvl();
        lvl.setIlvl(BigInteger.ZERO);
        lvl.addNewStart().setVal(BigInteger.ONE);
        if (ordered) {
            lvl.addNewNumFmt()
                    .setVal(digits == DigitStyle.ARABIC_INDIC ? STNumberFormat.HINDI_NUMBERS : STNumberFormat.DECIMAL);
            lvl.addNewLvlText().setVal("%1.");
        } else {
            lvl.addNewNumFmt().setVal(STNumberFormat.BULLET);
            lvl.addNewLvlText().setVal("•");
        }
        lvl.addNewLvlJc().setVal(STJc.START);
        CTInd ind = lvl.addNewPPr().addNewInd();
        ind.setStart(BigInteger.valueOf(567));
        ind.setHanging(BigInteger.valueOf(340));
        return def;
    }
}

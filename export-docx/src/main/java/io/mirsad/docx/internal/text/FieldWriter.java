package io.mirsad.docx.internal.text;

import java.util.function.Supplier;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * Writes complex fields ({@code w:fldChar} begin, instruction, separate, cached result, end), the form
 * Word and LibreOffice both update: PAGE in the footer, TOC around the contents.
 */
public final class FieldWriter {
    private final RunWriter runs;

    public FieldWriter(RunWriter runs) {
        this.runs = runs;
    }

    /** A whole field in one paragraph, showing {@code cached} until it is updated. */
    public void field(Supplier<CTR> sink, String instruction, String cached, boolean rtl) {
        begin(sink, instruction, rtl);
        if (!cached.isEmpty()) {
            runs.text(sink, cached, rtl, null);
        }
        end(sink, rtl);
    }

    /** Opens a field and writes its instruction and separator; the cached result follows. */
    public void begin(Supplier<CTR> sink, String instruction, boolean rtl) {
        runs.run(sink, rtl, null).addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        CTText instr = runs.run(sink, rtl, null).addNewInstrText();
        instr.setStringValue(" " + instruction + " ");
        instr.setSpace(SpaceAttribute.Space.PRESERVE);
        runs.run(sink, rtl, null).addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    }

    /** Closes the innermost open field. */
    public void end(Supplier<CTR> sink, boolean rtl) {
        runs.run(sink, rtl, null).addNewFldChar().setFldCharType(STFldCharType.END);
    }
}

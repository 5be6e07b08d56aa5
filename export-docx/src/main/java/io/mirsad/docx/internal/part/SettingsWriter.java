package io.mirsad.docx.internal.part;

import io.mirsad.digest.text.DigitStyle;
import io.mirsad.docx.internal.DocxConfig;
import io.mirsad.docx.internal.body.FootnoteWriter;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTCompatSetting;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnDocProps;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSettings;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STCharacterSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Writes {@code word/settings.xml}: that the fonts are embedded, the footnote number format and the
 * separator notes, the bidi language of the theme fonts, and Word 2013+ layout rather than compatibility mode.
 */
public final class SettingsWriter {
    private SettingsWriter() {}

    public static void write(XWPFDocument doc, DocxConfig config) {
        CTSettings s = doc.getSettings().getCTSettings();
        if (config.embedFonts()) {
            s.addNewEmbedTrueTypeFonts();
            if (config.subsetFonts()) {
                // Word's own "embed only the characters used": it keeps the subset when it saves again.
                s.addNewSaveSubsetFonts();
            }
        }
        s.addNewDefaultTabStop().setVal(BigInteger.valueOf(720));
        s.addNewCharacterSpacingControl().setVal(STCharacterSpacing.DO_NOT_COMPRESS);
        CTFtnDocProps notes = s.addNewFootnotePr();
        notes.addNewNumFmt()
                .setVal(
                        config.folios() == DigitStyle.ARABIC_INDIC
                                ? STNumberFormat.HINDI_NUMBERS
                                : STNumberFormat.DECIMAL);
        notes.addNewFootnote().setId(FootnoteWriter.SEPARATOR_ID);
        notes.addNewFootnote().setId(FootnoteWriter.CONTINUATION_SEPARATOR_ID);
        CTCompatSetting mode = s.addNewCompat().addNewCompatSetting();
        mode.setName("compatibilityMode");
        mode.setUri("http://schemas.microsoft.com/office/word");
        mode.setVal("15");
        CTLanguage themeLang = s.addNewThemeFontLang();
        themeLang.setVal("en-US");
        themeLang.setBidi(config.bidiLanguage());
    }
}

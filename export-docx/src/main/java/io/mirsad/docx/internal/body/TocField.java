package io.mirsad.docx.internal.body;

import io.mirsad.docx.internal.StyleIds;
import io.mirsad.docx.internal.text.FieldWriter;
import io.mirsad.docx.internal.text.Paragraphs;
import io.mirsad.docx.internal.text.RunWriter;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

/**
 * Writes the table of contents ("in this issue"): a TOC field over the Heading 1 paragraphs, pre-filled
 * with one entry per headline that links to the headline's bookmark. The switches ask for outline
 * level 1, entries as hyperlinks, paragraph outline levels, and no page numbers: a digest runs to a few
 * pages, and page numbers would only be right after Word updated the field (LibreOffice shows the
 * cached result as it is), so the contents are complete and correct as written.
 */
final class TocField {
    static final String INSTRUCTION = "TOC \\o \"1-1\" \\h \\z \\u \\n";

    /** One line of the contents, in the direction of what it names. */
    record Entry(String bookmark, String text, boolean rtl) {}

    private TocField() {}

    static void write(
            XWPFDocument doc, String heading, List<Entry> entries, RunWriter runs, FieldWriter fields, boolean rtl) {
        CTP title = doc.createParagraph().getCTP();
        Paragraphs.style(title, StyleIds.TOC_HEADING, rtl);
        runs.text(title::addNewR, heading, rtl, null);
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            CTP p = doc.createParagraph().getCTP();
            Paragraphs.style(p, StyleIds.TOC_1, entry.rtl(), rtl);
            if (i == 0) {
                fields.begin(p::addNewR, INSTRUCTION, rtl);
            }
            CTHyperlink link = p.addNewHyperlink();
            link.setAnchor(entry.bookmark());
            link.setHistory(true);
            runs.text(link::addNewR, entry.text(), entry.rtl(), null);
            if (i == entries.size() - 1) {
                fields.end(p::addNewR, rtl);
            }
        }
    }
}

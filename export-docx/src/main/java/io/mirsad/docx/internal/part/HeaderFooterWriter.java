package io.mirsad.docx.internal.part;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

import io.mirsad.digest.Metadata;
import io.mirsad.digest.text.DigestDates;
import io.mirsad.docx.internal.DocxConfig;
import io.mirsad.docx.internal.StyleIds;
import io.mirsad.docx.internal.text.FieldWriter;
import io.mirsad.docx.internal.text.Paragraphs;
import io.mirsad.docx.internal.text.RunWriter;

/**
 * Writes the running header (the series name at the start, the date at the end, over a rule) and the
 * footer (a centred {@code PAGE} field, whose digits follow the section's page number format); for a
 * volume, a header naming the current digest.
 */
public final class HeaderFooterWriter {
    private HeaderFooterWriter() {
    }

    public static void write(XWPFDocument doc, Metadata m, DocxConfig config, RunWriter runs, boolean rtl) {
        CTP header = paragraph(doc.createHeader(HeaderFooterType.DEFAULT), StyleIds.HEADER, rtl);
        runs.text(header::addNewR, m.series() != null ? m.series() : m.title(), rtl, null);
        if (m.published() != null) {
            runs.run(header::addNewR, rtl, null).addNewTab();
            runs.text(header::addNewR, DigestDates.gregorian(m.published(), m.language(), config.folios()), rtl, null);
        }
        footer(doc, config, runs, rtl);
    }

    /**
     * The running header of a volume: a {@code STYLEREF} field showing the page's current heading 1, which
     * is the title of the digest the page belongs to; {@code first} is its text until the field is updated.
     */
    public static void writeRunning(XWPFDocument doc, String first, DocxConfig config, RunWriter runs, boolean rtl) {
        CTP header = paragraph(doc.createHeader(HeaderFooterType.DEFAULT), StyleIds.HEADER, rtl);
        new FieldWriter(runs).field(header::addNewR, "STYLEREF \"heading 1\"", first, rtl);
        footer(doc, config, runs, rtl);
    }

    private static void footer(XWPFDocument doc, DocxConfig config, RunWriter runs, boolean rtl) {
        CTP footer = paragraph(doc.createFooter(HeaderFooterType.DEFAULT), StyleIds.FOOTER, rtl);
        new FieldWriter(runs).field(footer::addNewR, "PAGE", config.folios().apply("1"), rtl);
    }

    private static CTP paragraph(XWPFHeaderFooter part, String style, boolean rtl) {
        CTP p = part.getParagraphs().isEmpty() ? part.createParagraph().getCTP() : part.getParagraphs().get(0).getCTP();
        Paragraphs.style(p, style, rtl);
        return p;
    }
}

package io.mirsad.docx.internal.part;

import io.mirsad.digest.Metadata;
import io.mirsad.digest.text.DigestDates;
import io.mirsad.docx.internal.DocxConfig;
import io.mirsad.docx.internal.StyleIds;
import io.mirsad.docx.internal.text.FieldWriter;
import io.mirsad.docx.internal.text.Paragraphs;
import io.mirsad.docx.internal.text.RunWriter;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * Writes the running header (the series name at the start, the date at the end, over a rule) and the
 * footer (a centred {@code PAGE} field, whose digits follow the section's page number format); in a
 * volume, each section's header names the digest it holds.
 */
public final class HeaderFooterWriter {
    private HeaderFooterWriter() {}

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
     * The running header and footer of one section of a volume, naming what the section holds (a digest,
     * the index): in {@code sect}, a section break's properties, or in the body's last section when
     * {@code sect} is {@code null}. Word and LibreOffice both show a section's own header on its pages.
     */
    public static void writeSection(
            XWPFDocument doc, CTSectPr sect, String title, DocxConfig config, RunWriter runs, boolean rtl) {
        if (sect == null) {
            CTP header = paragraph(doc.createHeader(HeaderFooterType.DEFAULT), StyleIds.HEADER, rtl);
            runs.text(header::addNewR, title, rtl, null);
            footer(doc, config, runs, rtl);
            return;
        }
        XWPFHeaderFooterPolicy policy = new XWPFHeaderFooterPolicy(doc, sect);
        CTP header = paragraph(policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT), StyleIds.HEADER, rtl);
        runs.text(header::addNewR, title, rtl, null);
        CTP footer = paragraph(policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT), StyleIds.FOOTER, rtl);
        new FieldWriter(runs).field(footer::addNewR, "PAGE", config.folios().apply("1"), rtl);
    }

    private static void footer(XWPFDocument doc, DocxConfig config, RunWriter runs, boolean rtl) {
        CTP footer = paragraph(doc.createFooter(HeaderFooterType.DEFAULT), StyleIds.FOOTER, rtl);
        new FieldWriter(runs).field(footer::addNewR, "PAGE", config.folios().apply("1"), rtl);
    }

    private static CTP paragraph(XWPFHeaderFooter part, String style, boolean rtl) {
        CTP p = part.getParagraphs().isEmpty()
                ? part.createParagraph().getCTP()
                : part.getParagraphs().get(0).getCTP();
        Paragraphs.style(p, style, rtl);
        return p;
    }
}

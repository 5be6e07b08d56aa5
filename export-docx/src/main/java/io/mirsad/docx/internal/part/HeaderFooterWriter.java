package io.mirsad.docx.internal.part;

import io.mirsad.digest.Metadata;
import io.mirsad.digest.text.DigestDates;
import io.mirsad.docx.internal.DocxConfig;
import io.mirsad.docx.internal.StyleIds;
import io.mirsad.docx.internal.text.FieldWriter;
import io.mirsad.docx.internal.text.Paragraphs;
import io.mirsad.docx.internal.text.RunWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import javax.xml.namespace.QName;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;

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
     * The running header and footer of section {@code number} (from 1) of a volume, naming what the
     * section holds (a digest, the index): in {@code sect}, a section break's properties, or in the body's
     * last section when {@code sect} is {@code null}. Word and LibreOffice both show a section's own
     * header on its pages. The header is set in its title's direction ({@code titleRtl}), a part's own in a
     * volume of several languages; {@code rtl} is the document's.
     *
     * <p>A volume has two such parts a section, a thousand for 500 digests: they go into the package as
     * XML at once, as POI would write them ({@code word/headerN.xml}, {@code word/footerN.xml}), instead
     * of staying in memory as POI's header objects until the document is written.
     */
    public static void writeSection(
            XWPFDocument doc,
            CTSectPr sect,
            int number,
            String title,
            boolean titleRtl,
            DocxConfig config,
            RunWriter runs,
            boolean rtl) {
        CTSectPr into = sect;
        if (into == null) {
            CTBody body = doc.getDocument().getBody();
            into = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        }
        CTHdrFtr header = CTHdrFtr.Factory.newInstance();
        CTP heading = header.addNewP();
        Paragraphs.style(heading, StyleIds.HEADER, titleRtl, rtl);
        runs.text(heading::addNewR, title, titleRtl, null);
        CTHdrFtrRef headerRef = into.addNewHeaderReference();
        headerRef.setType(STHdrFtr.DEFAULT);
        headerRef.setId(addPart(doc, XWPFRelation.HEADER, number, header, "hdr"));

        CTHdrFtr footer = CTHdrFtr.Factory.newInstance();
        CTP folio = footer.addNewP();
        Paragraphs.style(folio, StyleIds.FOOTER, rtl);
        new FieldWriter(runs).field(folio::addNewR, "PAGE", config.folios().apply("1"), rtl);
        CTHdrFtrRef footerRef = into.addNewFooterReference();
        footerRef.setType(STHdrFtr.DEFAULT);
        footerRef.setId(addPart(doc, XWPFRelation.FOOTER, number, footer, "ftr"));
    }

    /** Adds {@code content} as part {@code number} of its kind, related to the document; returns the relationship id. */
    private static String addPart(XWPFDocument doc, XWPFRelation kind, int number, CTHdrFtr content, String root) {
        try {
            PackagePartName name = PackagingURIHelper.createPartName(kind.getFileName(number));
            PackagePart part = doc.getPackage().createPart(name, kind.getContentType());
            XmlOptions options = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS)
                    .setSaveSyntheticDocumentElement(
                            new QName(CTHdrFtr.type.getName().getNamespaceURI(), root));
            try (OutputStream out = part.getOutputStream()) {
                content.save(out, options);
            }
            return doc.getPackagePart()
                    .addRelationship(name, TargetMode.INTERNAL, kind.getRelation())
                    .getId();
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("cannot add " + kind.getFileName(number), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + kind.getFileName(number), e);
        }
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

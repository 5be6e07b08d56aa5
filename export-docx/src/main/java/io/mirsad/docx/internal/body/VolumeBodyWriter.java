package io.mirsad.docx.internal.body;

import io.mirsad.digest.Digest;
import io.mirsad.digest.Direction;
import io.mirsad.digest.Metadata;
import io.mirsad.digest.Volume;
import io.mirsad.digest.text.EditionLabels;
import io.mirsad.docx.internal.DocxConfig;
import io.mirsad.docx.internal.StyleIds;
import io.mirsad.docx.internal.part.HeaderFooterWriter;
import io.mirsad.docx.internal.part.NumberingWriter;
import io.mirsad.docx.internal.part.PageSetupWriter;
import io.mirsad.docx.internal.text.FieldWriter;
import io.mirsad.docx.internal.text.Paragraphs;
import io.mirsad.docx.internal.text.RunWriter;
import io.mirsad.export.SourceIndex;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * Writes the body of a volume, in sections whose running headers name what they hold: its title and contents (a TOC field over the parts), each digest as a part
 * whose title is a heading 1 and whose headlines are heading 2 — so Word's navigation pane shows parts and
 * their sections — and a closing index of every digest's sources, each linked to the parts citing it.
 * Its labels are in the volume's language.
 */
public final class VolumeBodyWriter {
    private static final String INDEX_BOOKMARK = "_TocSourceIndex";

    private final XWPFDocument doc;
    private final DocxConfig config;
    private final RunWriter runs;
    private final FootnoteWriter footnotes;
    private final NumberingWriter numbering;
    private final BodySpool spool;
    private final boolean rtl;

    public VolumeBodyWriter(
            XWPFDocument doc,
            DocxConfig config,
            RunWriter runs,
            FootnoteWriter footnotes,
            NumberingWriter numbering,
            BodySpool spool,
            boolean rtl) {
        this.doc = doc;
        this.config = config;
        this.runs = runs;
        this.footnotes = footnotes;
        this.numbering = numbering;
        this.spool = spool;
        this.rtl = rtl;
    }

    /**
     * The number of the volume's last section, the index, whose running heads are the body's own: after
     * the front matter and one section a part.
     */
    public static int indexSection(Volume volume) {
        return volume.parts().size() + 2;
    }

    /** Writes the volume, fetching each part's digest in turn. */
    public void write(Volume volume) {
        Metadata m = volume.metadata();
        EditionLabels labels = EditionLabels.forLanguage(m.language());
        plain(StyleIds.TITLE, m.title());
        if (m.subtitle() != null) {
            plain(StyleIds.SUBTITLE, m.subtitle());
        }
        List<TocField.Entry> contents = new ArrayList<>();
        for (int i = 0; i < volume.parts().size(); i++) {
            Metadata part = volume.parts().get(i).metadata();
            contents.add(new TocField.Entry(BodyWriter.partBookmark(i), part.title(), isRtl(part)));
        }
        contents.add(new TocField.Entry(INDEX_BOOKMARK, labels.sourceIndex(), rtl));
        FieldWriter fields = new FieldWriter(runs);
        TocField.write(doc, labels.contents(), contents, runs, fields, rtl);
        int section = 1;
        endSection(section++, m.title(), rtl);

        AtomicLong bookmarkIds = new AtomicLong();
        SourceIndex index = new SourceIndex(m.language());
        Digest last = null;
        for (int i = 0; i < volume.parts().size(); i++) {
            Digest digest = volume.parts().get(i).digest();
            index.add(i, digest);
            boolean partRtl = isRtl(digest.metadata());
            BodyWriter.part(doc, digest, config, runs, footnotes, numbering, partRtl, rtl, i, bookmarkIds)
                    .writePart();
            endSection(section++, digest.metadata().title(), partRtl);
            last = digest;
        }
        // the index's source paragraphs in the volume's direction, whatever the last part's
        BodyWriter indexWriter = last == null
                ? null
                : BodyWriter.part(
                        doc,
                        last,
                        config,
                        runs,
                        footnotes,
                        numbering,
                        rtl,
                        rtl,
                        volume.parts().size() - 1,
                        bookmarkIds);
        sourceIndex(index, indexWriter, bookmarkIds, labels);
    }

    private void sourceIndex(SourceIndex index, BodyWriter writer, AtomicLong bookmarkIds, EditionLabels labels) {
        CTP heading = paragraph(StyleIds.HEADING_1);
        BigInteger id = BigInteger.valueOf(bookmarkIds.getAndIncrement());
        CTBookmark start = heading.addNewBookmarkStart();
        start.setId(id);
        start.setName(INDEX_BOOKMARK);
        runs.text(heading::addNewR, labels.sourceIndex(), rtl, null);
        heading.addNewBookmarkEnd().setId(id);
        if (index.isEmpty()) {
            plain(StyleIds.BODY_TEXT, labels.noSources());
        }
        for (SourceIndex.Entry e : index.entries()) {
            CTP p = writer.source(e.source());
            runs.run(p::addNewR, rtl, null).addNewBr();
            runs.text(p::addNewR, labels.citedIn(), rtl, null);
            for (int i = 0; i < e.parts().size(); i++) {
                int part = e.parts().get(i);
                if (i > 0) {
                    runs.text(p::addNewR, labels.listSeparator(), rtl, null);
                }
                CTHyperlink link = p.addNewHyperlink();
                link.setAnchor(BodyWriter.partBookmark(part));
                link.setHistory(true);
                runs.text(link::addNewR, config.folios().apply(Integer.toString(part + 1)), rtl, StyleIds.HYPERLINK);
            }
            // An entry links to every part citing the source: hundreds of links in a large volume.
            spool.flush();
        }
    }

    /**
     * Ends a section (the front matter, a part) with a page break, its own header naming {@code title} and
     * its own footer, and moves it out to the spool. The last section, the index, takes the body's header.
     */
    private void endSection(int number, String title, boolean titleRtl) {
        CTSectPr sect = doc.createParagraph().getCTP().addNewPPr().addNewSectPr();
        HeaderFooterWriter.writeSection(doc, sect, number, title, titleRtl, config, runs, rtl);
        PageSetupWriter.write(sect, config, rtl);
        spool.flush();
    }

    private void plain(String style, String text) {
        CTP p = paragraph(style);
        runs.text(p::addNewR, text, rtl, null);
    }

    private CTP paragraph(String style) {
        CTP p = doc.createParagraph().getCTP();
        Paragraphs.style(p, style, rtl);
        return p;
    }

    private static boolean isRtl(Metadata m) {
        return m.direction() == Direction.RTL;
    }
}

package io.mirsad.docx.internal.body;

import io.mirsad.digest.Block;
import io.mirsad.digest.Digest;
import io.mirsad.digest.Inline;
import io.mirsad.digest.Inlines;
import io.mirsad.digest.Metadata;
import io.mirsad.digest.Section;
import io.mirsad.digest.Source;
import io.mirsad.digest.Urls;
import io.mirsad.digest.text.DigestDates;
import io.mirsad.digest.text.EditionLabels;
import io.mirsad.docx.internal.DocxConfig;
import io.mirsad.docx.internal.StyleIds;
import io.mirsad.docx.internal.part.NumberingWriter;
import io.mirsad.docx.internal.text.DirectionalRuns;
import io.mirsad.docx.internal.text.FieldWriter;
import io.mirsad.docx.internal.text.Paragraphs;
import io.mirsad.docx.internal.text.RunWriter;
import io.mirsad.export.ExportException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

/**
 * Writes the body of {@code word/document.xml} in reading order: title block, contents, the sections
 * with their headlines, paragraphs, quotations, lists and figures, and the closing list of sources.
 * Every citation becomes a footnote at the point of attribution ({@link Inline.SourceRef}); a source a
 * section cites without mentioning it in its text is noted at the end of the section's first paragraph.
 */
public final class BodyWriter {
    private static final String SOURCES_BOOKMARK = "_TocSources";

    private final XWPFDocument doc;
    private final Digest digest;
    private final DocxConfig config;
    private final boolean rtl;
    /** The direction the document's styles give: a volume's, which a part in another language overrides. */
    private final boolean documentRtl;

    private final RunWriter runs;
    private final FieldWriter fields;
    private final FootnoteWriter footnotes;
    private final NumberingWriter numbering;
    private final FigureWriter figures;
    private final EditionLabels labels;
    private final Map<String, String> hyperlinkIds = new HashMap<>();
    /** Bookmark names start with this: {@code _Toc}, or {@code _TocPart3} in a volume's third part. */
    private final String bookmarkPrefix;

    private final String headlineStyle;
    private final AtomicLong bookmarkIds;

    public BodyWriter(
            XWPFDocument doc,
            Digest digest,
            DocxConfig config,
            RunWriter runs,
            FootnoteWriter footnotes,
            NumberingWriter numbering,
            boolean rtl) {
        this(doc, digest, config, runs, footnotes, numbering, rtl, rtl, "_Toc", StyleIds.HEADING_1, new AtomicLong());
    }

    private BodyWriter(
            XWPFDocument doc,
            Digest digest,
            DocxConfig config,
            RunWriter runs,
            FootnoteWriter footnotes,
            NumberingWriter numbering,
            boolean rtl,
            boolean documentRtl,
            String bookmarkPrefix,
            String headlineStyle,
            AtomicLong bookmarkIds) {
        this.bookmarkPrefix = bookmarkPrefix;
        this.headlineStyle = headlineStyle;
        this.bookmarkIds = bookmarkIds;
        this.doc = doc;
        this.digest = digest;
        this.config = config;
        this.rtl = rtl;
        this.documentRtl = documentRtl;
        this.runs = runs;
        this.fields = new FieldWriter(runs);
        this.footnotes = footnotes;
        this.numbering = numbering;
        this.figures = new FigureWriter(doc, config.paper().textWidth());
        this.labels = EditionLabels.forLanguage(digest.metadata().language());
    }

    /** Writes everything from the title to the list of sources. */
    public void write() {
        titleBlock(digest.metadata());
        List<TocField.Entry> contents = new ArrayList<>();
        List<Section> sections = digest.sections();
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).headline() != null) {
                contents.add(new TocField.Entry(bookmark(i), sections.get(i).headline(), rtl));
            }
        }
        if (!digest.sources().isEmpty()) {
            contents.add(new TocField.Entry(SOURCES_BOOKMARK, labels.sources(), rtl));
        }
        if (!contents.isEmpty()) {
            TocField.write(doc, labels.inThisIssue(), contents, runs, fields, rtl);
        }
        boolean storiesBegun = false;
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            // The title, the contents and the introduction make the front page; stories start a new one.
            boolean newPage = !storiesBegun && section.headline() != null;
            storiesBegun |= newPage;
            section(section, bookmark(i), newPage);
        }
        if (!digest.sources().isEmpty()) {
            sourceList();
        }
    }

    /**
     * A writer for part {@code part} (from 0) of a volume: its headlines are heading 2 under the part's
     * heading 1, its bookmarks named and numbered apart from the other parts'.
     *
     * @param rtl       the part's direction
     * @param volumeRtl the volume's, which its styles give every paragraph
     */
    static BodyWriter part(
            XWPFDocument doc,
            Digest digest,
            DocxConfig config,
            RunWriter runs,
            FootnoteWriter footnotes,
            NumberingWriter numbering,
            boolean rtl,
            boolean volumeRtl,
            int part,
            AtomicLong bookmarkIds) {
        return new BodyWriter(
                doc,
                digest,
                config,
                runs,
                footnotes,
                numbering,
                rtl,
                volumeRtl,
                partBookmark(part),
                StyleIds.HEADING_2,
                bookmarkIds);
    }

    /** The bookmark on the heading of part {@code part} of a volume. */
    static String partBookmark(int part) {
        return "_TocPart" + (part + 1);
    }

    /**
     * Writes the digest as a part of a volume: its title as heading 1, subtitle, byline and dates, then its
     * sections. The volume starts each part in a section of its own and lists the sources.
     */
    void writePart() {
        Metadata m = digest.metadata();
        CTP heading = paragraph(StyleIds.HEADING_1);
        bookmarked(heading, bookmarkPrefix, () -> runs.text(heading::addNewR, m.title(), rtl, null));
        byline(m);
        List<Section> sections = digest.sections();
        for (int i = 0; i < sections.size(); i++) {
            section(sections.get(i), bookmark(i), false);
        }
    }

    private String bookmark(int sectionIndex) {
        return bookmarkPrefix + "Section" + (sectionIndex + 1);
    }

    private void titleBlock(Metadata m) {
        plain(StyleIds.TITLE, m.title());
        byline(m);
    }

    /** Subtitle, authors and dates under a title. */
    private void byline(Metadata m) {
        if (m.subtitle() != null) {
            plain(StyleIds.SUBTITLE, m.subtitle());
        }
        if (!m.authors().isEmpty()) {
            plain(StyleIds.BYLINE, String.join(labels.listSeparator(), m.authors()));
        }
        if (m.published() != null) {
            String tag = m.language();
            String date = DigestDates.gregorian(m.published(), tag, config.folios());
            plain(
                    StyleIds.BYLINE,
                    labels.showsHijri()
                            ? date + " " + labels.hijriJoin() + " "
                                    + DigestDates.hijri(m.published(), tag, config.folios())
                            : date);
        }
    }

    private CTP plain(String style, String text) {
        CTP p = paragraph(style);
        runs.text(p::addNewR, text, rtl, null);
        return p;
    }

    private CTP paragraph(String style) {
        CTP p = doc.createParagraph().getCTP();
        Paragraphs.style(p, style, rtl, documentRtl);
        return p;
    }

    private void section(Section section, String bookmark, boolean newPage) {
        List<Source> unmentioned = unmentionedSources(section);
        if (section.headline() != null) {
            CTP heading = paragraph(headlineStyle);
            if (newPage) {
                heading.getPPr().addNewPageBreakBefore();
            }
            bookmarked(heading, bookmark, () -> runs.text(heading::addNewR, section.headline(), rtl, null));
        }
        for (Block block : section.blocks()) {
            CTP last = block(section, block);
            if (last != null && !unmentioned.isEmpty()) {
                cite(last, unmentioned);
                unmentioned = List.of();
            }
        }
        if (!unmentioned.isEmpty()) {
            // No paragraph to hang the notes on: a source line of their own.
            CTP p = plain(StyleIds.SOURCE_NOTE, labels.source());
            cite(p, unmentioned);
        }
    }

    private void cite(CTP p, List<Source> sources) {
        for (Source s : sources) {
            footnotes.cite(p::addNewR, s, rtl);
        }
    }

    /** Writes a block; returns its text paragraph, where pending notes may go, or {@code null}. */
    private CTP block(Section section, Block block) {
        if (block instanceof Block.Paragraph paragraph) {
            CTP p = paragraph(StyleIds.BODY_TEXT);
            inlines(p, paragraph.runs());
            return p;
        }
        if (block instanceof Block.Quote q) {
            CTP p = paragraph(StyleIds.QUOTE);
            inlines(p, q.runs());
            if (q.attribution() != null) {
                // The attribution line keeps with its quotation, as the PDF keeps it.
                p.getPPr().addNewKeepNext();
                plain(StyleIds.QUOTE_SOURCE, "— " + q.attribution());
            }
            return p;
        }
        if (block instanceof Block.ListBlock list) {
            BigInteger numId = numbering.newList(list.ordered());
            CTP first = null;
            for (Block.Paragraph item : list.items()) {
                CTP p = paragraph(StyleIds.LIST_PARAGRAPH);
                CTNumPr numPr = p.getPPr().addNewNumPr();
                numPr.addNewIlvl().setVal(BigInteger.ZERO);
                numPr.addNewNumId().setVal(numId);
                inlines(p, item.runs());
                first = first == null ? p : first;
            }
            return first;
        }
        if (block instanceof Block.Figure figure) {
            try {
                figures.write(figure, paragraph(StyleIds.FIGURE));
            } catch (IllegalArgumentException e) {
                throw new ExportException("section '" + section.id() + "': " + e.getMessage(), e);
            }
            if (figure.caption() != null) {
                return plain(StyleIds.CAPTION, figure.caption());
            }
            return null;
        }
        throw new IllegalStateException("unknown block " + block.getClass());
    }

    private void inlines(CTP p, List<Inline> inlines) {
        DirectionalRuns directions = DirectionalRuns.of(Inlines.plainText(inlines), rtl);
        int offset = 0;
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Emphasis) {
                runs.text(p::addNewR, inline.text(), directions, offset, StyleIds.EMPHASIS);
            } else if (inline instanceof Inline.Strong) {
                runs.text(p::addNewR, inline.text(), directions, offset, StyleIds.STRONG);
            } else if (inline instanceof Inline.Link l && Urls.isLinkable(l.url())) {
                CTHyperlink link = p.addNewHyperlink();
                link.setId(hyperlinkId(l.url()));
                runs.text(link::addNewR, inline.text(), directions, offset, StyleIds.HYPERLINK);
            } else if (inline instanceof Inline.SourceRef ref) {
                runs.text(p::addNewR, inline.text(), directions, offset, null);
                footnotes.cite(p::addNewR, source(ref.sourceId()), rtl);
            } else {
                runs.text(p::addNewR, inline.text(), directions, offset, null);
            }
            offset += inline.text().length();
        }
    }

    /** One paragraph per source: the name in bold, and below it the Latin name and the linked address. */
    private void sourceList() {
        CTP heading = paragraph(StyleIds.HEADING_1);
        bookmarked(heading, SOURCES_BOOKMARK, () -> runs.text(heading::addNewR, labels.sources(), rtl, null));
        for (Source s : digest.sources()) {
            source(s);
        }
    }

    /** A source's paragraph: the name in bold, and below it the Latin name and the linked address. */
    CTP source(Source s) {
        CTP p = paragraph(StyleIds.SOURCE_NOTE);
        runs.text(p::addNewR, s.name(), rtl, StyleIds.STRONG);
        if (s.nameLatin() != null || s.url() != null) {
            // A line of its own keeps the Latin stretch whole, whatever the paragraph's direction.
            runs.run(p::addNewR, rtl, null).addNewBr();
            String latin = s.nameLatin() == null ? "" : s.nameLatin() + (s.url() == null ? "" : " — ");
            String line = latin + (s.url() == null ? "" : s.url());
            DirectionalRuns directions = DirectionalRuns.of(line, rtl);
            runs.text(p::addNewR, latin, directions, 0, null);
            if (Urls.isLinkable(s.url())) {
                CTHyperlink link = p.addNewHyperlink();
                link.setId(hyperlinkId(s.url()));
                runs.text(link::addNewR, s.url(), directions, latin.length(), StyleIds.HYPERLINK);
            } else if (s.url() != null) {
                runs.text(p::addNewR, s.url(), directions, latin.length(), null);
            }
        }
        return p;
    }

    private void bookmarked(CTP p, String name, Runnable content) {
        BigInteger id = BigInteger.valueOf(bookmarkIds.getAndIncrement());
        CTBookmark start = p.addNewBookmarkStart();
        start.setId(id);
        start.setName(name);
        content.run();
        p.addNewBookmarkEnd().setId(id);
    }

    private String hyperlinkId(String url) {
        return hyperlinkIds.computeIfAbsent(
                url,
                u -> doc.getPackagePart()
                        .addExternalRelationship(u, XWPFRelation.HYPERLINK.getRelation())
                        .getId());
    }

    private Source source(String id) {
        return digest.source(id).orElseThrow(() -> new ExportException("unknown source '" + id + "'"));
    }

    /** Sources the section cites that no {@link Inline.SourceRef} in its text points at, in citation order. */
    private List<Source> unmentionedSources(Section section) {
        Set<String> mentioned = new LinkedHashSet<>();
        for (Block block : section.blocks()) {
            for (Inline inline : inlinesOf(block)) {
                if (inline instanceof Inline.SourceRef ref) {
                    mentioned.add(ref.sourceId());
                }
            }
        }
        List<Source> out = new ArrayList<>();
        for (String id : section.sources()) {
            if (!mentioned.contains(id)) {
                out.add(source(id));
            }
        }
        return out;
    }

    private static List<Inline> inlinesOf(Block block) {
        if (block instanceof Block.Paragraph paragraph) {
            return paragraph.runs();
        }
        if (block instanceof Block.Quote quote) {
            return quote.runs();
        }
        if (block instanceof Block.ListBlock list) {
            List<Inline> all = new ArrayList<>();
            list.items().forEach(item -> all.addAll(item.runs()));
            return all;
        }
        return List.of();
    }
}

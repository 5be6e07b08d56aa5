package io.mirsad.epub.internal.book;

import io.documentnode.epub4j.domain.Book;
import io.documentnode.epub4j.domain.MediaType;
import io.documentnode.epub4j.domain.MediaTypes;
import io.documentnode.epub4j.domain.Resource;
import io.documentnode.epub4j.domain.SpineReference;
import io.documentnode.epub4j.domain.TOCReference;
import io.mirsad.digest.Digest;
import io.mirsad.digest.Metadata;
import io.mirsad.digest.Section;
import io.mirsad.digest.Volume;
import io.mirsad.epub.internal.nav.CoverPageWriter;
import io.mirsad.epub.internal.nav.NavDocumentWriter;
import io.mirsad.epub.internal.nav.NavDocumentWriter.Landmark;
import io.mirsad.epub.internal.pack.ContainerWriter;
import io.mirsad.epub.internal.pack.EpubZipWriter;
import io.mirsad.epub.internal.pack.NcxWriter;
import io.mirsad.epub.internal.pack.PackageDocumentWriter;
import io.mirsad.epub.internal.style.EmbeddedFont;
import io.mirsad.export.ExportException;
import io.mirsad.export.SourceIndex;
import io.mirsad.xhtml.Chapter;
import io.mirsad.xhtml.ChapterWriter;
import io.mirsad.xhtml.Endnotes;
import io.mirsad.xhtml.EndnotesWriter;
import io.mirsad.xhtml.FigureImages;
import io.mirsad.xhtml.SourceIndexWriter;
import io.mirsad.xhtml.TitlePageWriter;
import io.mirsad.xhtml.XhtmlDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds one EPUB of a whole volume: the volume's cover, title page and navigation document (parts with
 * their sections nested), then each digest as a part — its title page, sections and notes, file names
 * prefixed with the part's number — and one merged index of sources at the end. Each document goes into
 * the container as soon as it is written and the book model keeps only its name, so memory holds one
 * digest at a time; the navigation document and package document, which list everything, come last.
 */
public final class VolumeAssembler {
    private static final String NAV = "nav.xhtml";
    private static final String INDEX = "index.xhtml";

    private final BookAssembler books;

    public VolumeAssembler(BookAssembler books) {
        this.books = books;
    }

    /** Writes the EPUB of {@code volume} to {@code out}. */
    public void write(Volume volume, Edition edition, OutputStream out) throws IOException {
        Metadata m = volume.metadata();
        if (m.published() == null) {
            throw new ExportException("the volume has no publication date (metadata.published): an EPUB needs"
                    + " dcterms:modified, which Mirsad never takes from the clock");
        }
        if (m.identifier() == null || m.identifier().isBlank()) {
            throw new ExportException("the volume has no identifier (metadata.identifier): an EPUB needs one");
        }
        XhtmlDocument doc = new XhtmlDocument(m.language(), m.direction(), BookAssembler.STYLE_SHEET);
        Book book = new Book();
        EpubZipWriter zip = new EpubZipWriter(out, m.published().atStartOfDay());
        zip.add(ContainerWriter.PATH, ContainerWriter.write(BookAssembler.PACKAGE_DOCUMENT));
        books.addFontsAndStyleSheet(book, edition.digits());
        Resource coverImage = books.addCoverImage(book, m, edition);
        Streamer streamer = new Streamer(book, zip, books.fontCut());
        List<String> fontFiles = books.fonts().stream().map(EmbeddedFont::href).toList();
        for (Resource r : book.getResources().getAll().stream()
                .sorted(Comparator.comparing(Resource::getHref))
                .toList()) {
            if (!fontFiles.contains(r.getHref())) {
                streamer.write(r.getHref(), r.getData(), r.getMediaType());
                r.setData(new byte[0]);
            }
        }

        Resource coverPage =
                streamer.add("cover", "cover.xhtml", new CoverPageWriter(doc).write(coverImage.getHref(), m.title()));
        Resource titlePage =
                streamer.add("titlepage", "title.xhtml", new TitlePageWriter(doc, edition.digits()).write(m));
        // Written last, once the table of contents is complete.
        Resource nav = book.addResource(new Resource("nav", new byte[0], NAV, MediaTypes.XHTML));
        book.getSpine().addSpineReference(new SpineReference(nav));

        SourceIndex index = new SourceIndex(m.language());
        List<String> partHrefs = new ArrayList<>();
        List<String> partTitles = new ArrayList<>();
        Map<TOCReference, Metadata> partEntries = new HashMap<>();
        int width = Math.max(3, Integer.toString(volume.parts().size()).length());
        for (int i = 0; i < volume.parts().size(); i++) {
            Digest digest = volume.parts().get(i).digest();
            index.add(i, digest);
            String prefix = String.format(Locale.ROOT, "part-%0" + width + "d-", i + 1);
            Resource partTitle = part(streamer, doc, edition, digest, prefix, m, partEntries);
            partHrefs.add(partTitle.getHref());
            partTitles.add(digest.metadata().title());
        }
        Resource indexPage = streamer.add(
                "index",
                INDEX,
                new SourceIndexWriter(doc, edition.digits()).write(index.entries(), partHrefs, partTitles));
        book.getTableOfContents().addTOCReference(new TOCReference(doc.labels().sourceIndex(), indexPage));

        List<Landmark> landmarks = List.of(
                new Landmark("cover", coverPage.getHref(), doc.labels().cover()),
                new Landmark("titlepage", titlePage.getHref(), doc.labels().titlePage()),
                new Landmark("toc", NAV + "#toc", doc.labels().contents()),
                new Landmark("bodymatter", partHrefs.get(0), doc.labels().start()),
                new Landmark("index", INDEX + "#index", doc.labels().sourceIndex()));
        streamer.write(
                NAV,
                new NavDocumentWriter(doc).write(book.getTableOfContents(), landmarks, partEntries),
                MediaTypes.XHTML);
        Resource ncx = book.addResource(new Resource("ncx", new byte[0], "toc.ncx", MediaTypes.NCX));
        streamer.write("toc.ncx", NcxWriter.write(book.getTableOfContents(), m, m.identifier()), MediaTypes.NCX);
        // The faces are cut to the text the book's documents show, known only now.
        for (EmbeddedFont font : books.fonts()) {
            zip.add(BookAssembler.ROOT + font.href(), streamer.cut().file(font.face()));
        }
        book.setNcxResource(ncx);
        book.getSpine().setTocResource(ncx);
        zip.add(
                BookAssembler.PACKAGE_DOCUMENT,
                PackageDocumentWriter.write(book, m, m.identifier(), m.published() + "T00:00:00Z", nav));
        zip.finish();
    }

    /**
     * One digest as a part: title page, sections and notes; returns the title page and notes in
     * {@code entries} its contents entry (the digest's metadata) and its notes entry, labelled in the
     * {@code volume}'s language.
     */
    private static Resource part(
            Streamer streamer,
            XhtmlDocument doc,
            Edition edition,
            Digest digest,
            String prefix,
            Metadata volume,
            Map<TOCReference, Metadata> entries)
            throws IOException {
        FigureImages figures = new FigureImages(digest, "images/" + prefix);
        for (FigureImages.Image image : figures.images()) {
            streamer.add(
                    prefix + image.id(),
                    image.href(),
                    image.figure().image(),
                    MediaTypes.getMediaTypeByName(image.figure().mediaType()),
                    false);
        }
        Resource title = streamer.add(
                prefix + "title",
                prefix + "title.xhtml",
                new TitlePageWriter(doc, edition.digits()).write(digest.metadata()));
        TOCReference part = new TOCReference(digest.metadata().title(), title);
        Endnotes endnotes = new Endnotes(prefix + "notes.xhtml");
        ChapterWriter writer = new ChapterWriter(doc, digest, endnotes, figures, edition.digits());
        for (Chapter c : BookAssembler.chapters(digest, edition.split())) {
            Chapter chapter = new Chapter(prefix + c.href(), prefix + c.id(), c.title(), c.sections());
            Resource resource = streamer.add(chapter.id(), chapter.href(), writer.write(chapter));
            if (chapter.sections().size() == 1) {
                part.addChildSection(new TOCReference(chapter.title(), resource));
            } else {
                for (int index : chapter.sections()) {
                    Section section = digest.sections().get(index);
                    part.addChildSection(new TOCReference(
                            BookAssembler.sectionTitle(
                                    section, digest.metadata().language()),
                            resource,
                            Chapter.anchor(section, index)));
                }
            }
        }
        if (!digest.sources().isEmpty()) {
            Resource notes = streamer.add(
                    prefix + "notes",
                    prefix + "notes.xhtml",
                    new EndnotesWriter(doc, digest, edition.digits()).write(endnotes));
            TOCReference notesEntry = new TOCReference(
                    endnotes.notes().isEmpty()
                            ? doc.labels().sources()
                            : doc.labels().notesAndSources(),
                    notes);
            part.addChildSection(notesEntry);
            // a label in the volume's language, not the part's
            entries.put(notesEntry, volume);
        }
        streamer.book.getTableOfContents().addTOCReference(part);
        entries.put(part, digest.metadata());
        return title;
    }

    /**
     * Puts documents into the container as they are made; the book keeps only their names for the manifest,
     * and the text the documents show goes to the font cut as it is written.
     */
    private static final class Streamer {
        private final Book book;
        private final EpubZipWriter zip;
        private final FontCut cut;

        Streamer(Book book, EpubZipWriter zip, FontCut cut) {
            this.book = book;
            this.zip = zip;
            this.cut = cut;
        }

        Resource add(String id, String href, byte[] xhtml) throws IOException {
            return add(id, href, xhtml, MediaTypes.XHTML, true);
        }

        Resource add(String id, String href, byte[] data, MediaType type, boolean spine) throws IOException {
            write(href, data, type);
            Resource r = book.addResource(new Resource(id, new byte[0], href, type));
            if (spine) {
                book.getSpine().addSpineReference(new SpineReference(r));
            }
            return r;
        }

        void write(String href, byte[] data, MediaType type) throws IOException {
            zip.add(BookAssembler.ROOT + href, data);
            cut.add(type, data);
        }

        /** What the embedded faces are cut to: what the documents written so far show their reader. */
        FontCut cut() {
            return cut;
        }
    }
}

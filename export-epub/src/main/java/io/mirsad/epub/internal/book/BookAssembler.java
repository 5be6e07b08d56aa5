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
import io.mirsad.digest.json.DigestJson;
import io.mirsad.digest.text.DigitStyle;
import io.mirsad.digest.text.EditionLabels;
import io.mirsad.epub.SplitMode;
import io.mirsad.epub.internal.cover.CoverGenerator;
import io.mirsad.epub.internal.cover.CoverImage;
import io.mirsad.epub.internal.nav.CoverPageWriter;
import io.mirsad.epub.internal.nav.NavDocumentWriter;
import io.mirsad.epub.internal.nav.NavDocumentWriter.Landmark;
import io.mirsad.epub.internal.pack.ContainerWriter;
import io.mirsad.epub.internal.pack.EpubZipWriter;
import io.mirsad.epub.internal.pack.NcxWriter;
import io.mirsad.epub.internal.pack.PackageDocumentWriter;
import io.mirsad.epub.internal.style.EmbeddedFont;
import io.mirsad.epub.internal.style.StyleSheet;
import io.mirsad.export.ExportException;
import io.mirsad.fonts.FontFace;
import io.mirsad.fonts.FontRegistry;
import io.mirsad.xhtml.Chapter;
import io.mirsad.xhtml.ChapterWriter;
import io.mirsad.xhtml.Endnotes;
import io.mirsad.xhtml.EndnotesWriter;
import io.mirsad.xhtml.FigureImages;
import io.mirsad.xhtml.TitlePageWriter;
import io.mirsad.xhtml.XhtmlDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Builds one edition: lays the digest out as an epub4j {@link Book} (resources, spine, table of
 * contents), fills each resource with the document its writer produces, then writes the EPUB 3 package
 * around it. Every file name and id is derived from positions in the digest, never from the clock or
 * randomness. Safe to share: each export works on its own book.
 */
public final class BookAssembler {
    /** The folder of the package inside the container. */
    static final String ROOT = "OEBPS/";

    static final String PACKAGE_DOCUMENT = ROOT + "package.opf";
    static final String STYLE_SHEET = "css/mirsad.css";
    private static final String NOTES = "notes.xhtml";
    private static final String FALLBACK_ID = "font-fallback-";
    private static final MediaType XHTML = MediaTypes.XHTML;

    private final FontRegistry fonts;
    private final List<EmbeddedFont> embeddedFonts;
    private volatile CoverGenerator coverGenerator;

    public BookAssembler(FontRegistry fonts) {
        this.fonts = fonts;
        this.embeddedFonts = embeddedFonts();
    }

    /** Writes the EPUB of {@code digest} to {@code out}. */
    public void write(Digest digest, Edition edition, OutputStream out) throws IOException {
        Metadata m = digest.metadata();
        if (m.published() == null) {
            throw new ExportException("metadata.published is missing: an EPUB needs dcterms:modified, which"
                    + " Mirsad takes from the digest's publication date, never from the clock");
        }
        String json = DigestJson.write(digest);
        String identifier = m.identifier() != null && !m.identifier().isBlank()
                ? m.identifier()
                : "urn:uuid:" + UUID.nameUUIDFromBytes(json.getBytes(StandardCharsets.UTF_8));
        XhtmlDocument doc = new XhtmlDocument(m.language(), m.direction(), STYLE_SHEET);
        Book book = new Book();

        addFontsAndStyleSheet(book, edition.digits());
        Resource coverImage = addCoverImage(book, m, edition);
        FigureImages figures = new FigureImages(digest, "images/");
        for (FigureImages.Image image : figures.images()) {
            book.addResource(new Resource(
                    image.id(),
                    image.figure().image(),
                    image.href(),
                    MediaTypes.getMediaTypeByName(image.figure().mediaType())));
        }

        Resource coverPage =
                xhtml(book, "cover", "cover.xhtml", new CoverPageWriter(doc).write(coverImage.getHref(), m.title()));
        Resource titlePage =
                xhtml(book, "titlepage", "title.xhtml", new TitlePageWriter(doc, edition.digits()).write(m));
        // Written last, once the table of contents is complete.
        Resource nav = xhtml(book, "nav", "nav.xhtml", null);
        List<Resource> front = List.of(coverPage, titlePage, nav);

        Endnotes endnotes = new Endnotes(NOTES);
        List<Resource> body =
                addChapters(book, digest, edition, new ChapterWriter(doc, digest, endnotes, figures, edition.digits()));
        List<Resource> back = new ArrayList<>();
        if (!digest.sources().isEmpty()) {
            Resource notes =
                    xhtml(book, "notes", NOTES, new EndnotesWriter(doc, digest, edition.digits()).write(endnotes));
            book.getTableOfContents()
                    .addTOCReference(new TOCReference(
                            endnotes.notes().isEmpty()
                                    ? doc.labels().sources()
                                    : doc.labels().notesAndSources(),
                            notes));
            back.add(notes);
        }

        List<Landmark> landmarks = new ArrayList<>(List.of(
                new Landmark("cover", coverPage.getHref(), doc.labels().cover()),
                new Landmark("titlepage", titlePage.getHref(), doc.labels().titlePage()),
                new Landmark("toc", nav.getHref() + "#toc", doc.labels().contents()),
                new Landmark("bodymatter", body.get(0).getHref(), doc.labels().start())));
        if (!endnotes.notes().isEmpty()) {
            landmarks.add(
                    new Landmark("endnotes", NOTES + "#notes", doc.labels().notes()));
        }
        nav.setData(new NavDocumentWriter(doc).write(book.getTableOfContents(), landmarks));

        Resource ncx = book.addResource(new Resource(
                "ncx", NcxWriter.write(book.getTableOfContents(), m, identifier), "toc.ncx", MediaTypes.NCX));
        book.setNcxResource(ncx);
        book.getSpine().setTocResource(ncx);
        for (List<Resource> part : List.of(front, body, back)) {
            part.forEach(r -> book.getSpine().addSpineReference(new SpineReference(r)));
        }

        LocalDate published = m.published();
        byte[] opf = PackageDocumentWriter.write(book, m, identifier, published + "T00:00:00Z", nav);
        pack(book, opf, published, out);
    }

    void addFontsAndStyleSheet(Book book, DigitStyle digits) {
        List<EmbeddedFont> embedded = embeddedFonts;
        for (EmbeddedFont font : embedded) {
            // The file itself is cut to the book's text when the container is written.
            book.addResource(new Resource(
                    font.id(),
                    new byte[0],
                    font.href(),
                    new MediaType(
                            font.mediaType(), font.href().substring(font.href().lastIndexOf('.')))));
        }
        book.addResource(new Resource("css", StyleSheet.write(embedded, "../", digits), STYLE_SHEET, MediaTypes.CSS));
    }

    Resource addCoverImage(Book book, Metadata m, Edition edition) {
        CoverImage cover = edition.cover() != null
                ? edition.cover()
                : new CoverImage(coverGenerator().svg(m, edition.digits()), "image/svg+xml");
        Resource coverImage = new Resource(
                "cover-image",
                cover.bytes(),
                "images/cover." + cover.extension(),
                MediaTypes.getMediaTypeByName(cover.mediaType()));
        book.setCoverImage(coverImage);
        return coverImage;
    }

    /** Writes the body documents and lists them in the table of contents: by document, or by section anchor. */
    private static List<Resource> addChapters(Book book, Digest digest, Edition edition, ChapterWriter writer) {
        List<Resource> resources = new ArrayList<>();
        for (Chapter chapter : chapters(digest, edition.split())) {
            Resource resource = xhtml(book, chapter.id(), chapter.href(), writer.write(chapter));
            resources.add(resource);
            if (chapter.sections().size() == 1) {
                book.getTableOfContents().addTOCReference(new TOCReference(chapter.title(), resource));
            } else {
                for (int index : chapter.sections()) {
                    Section section = digest.sections().get(index);
                    book.getTableOfContents()
                            .addTOCReference(new TOCReference(
                                    sectionTitle(section, digest.metadata().language()),
                                    resource,
                                    Chapter.anchor(section, index)));
                }
            }
        }
        return resources;
    }

    /** The container: mimetype, container file, package document, then every resource in href order. */
    private void pack(Book book, byte[] opf, LocalDate published, OutputStream out) throws IOException {
        EpubZipWriter zip = new EpubZipWriter(out, published.atStartOfDay());
        zip.add(ContainerWriter.PATH, ContainerWriter.write(PACKAGE_DOCUMENT));
        zip.add(PACKAGE_DOCUMENT, opf);
        List<Resource> resources = book.getResources().getAll().stream()
                .sorted(Comparator.comparing(Resource::getHref))
                .toList();
        Map<String, EmbeddedFont> fontFiles = new HashMap<>();
        for (EmbeddedFont font : embeddedFonts) {
            fontFiles.put(font.href(), font);
        }
        FontCut cut = fontCut();
        for (Resource r : resources) {
            cut.add(r.getMediaType(), r.getData());
        }
        for (Resource r : resources) {
            EmbeddedFont font = fontFiles.get(r.getHref());
            zip.add(ROOT + r.getHref(), font != null ? cut.file(font.face()) : r.getData());
        }
        zip.finish();
    }

    /** An empty gathering of what a book's embedded faces are cut to. */
    FontCut fontCut() {
        return new FontCut(fonts.regular(), fonts.bold());
    }

    /** The embedded faces, each to be cut to the book's text when the container is written. */
    List<EmbeddedFont> fonts() {
        return embeddedFonts;
    }

    private List<EmbeddedFont> embeddedFonts() {
        List<EmbeddedFont> embedded = new ArrayList<>();
        embedded.add(EmbeddedFont.of(fonts.regular(), "font-regular", "fonts/" + fileName(fonts.regular(), "Regular")));
        embedded.add(EmbeddedFont.of(fonts.bold(), "font-bold", "fonts/" + fileName(fonts.bold(), "Bold")));
        List<FontFace> fallbacks = fonts.fallbacks();
        for (int i = 0; i < fallbacks.size(); i++) {
            embedded.add(EmbeddedFont.of(fallbacks.get(i), FALLBACK_ID + (i + 1), "fonts/fallback-" + (i + 1)));
        }
        return embedded;
    }

    /** A file name from the family name, kept to characters every zip tool and URL accepts. */
    private static String fileName(FontFace face, String style) {
        String family = face.family().replaceAll("[^A-Za-z0-9]+", "");
        return (family.isEmpty() ? "Font" : family) + "-" + style;
    }

    static List<Chapter> chapters(Digest digest, SplitMode split) {
        List<Section> sections = digest.sections();
        if (split == SplitMode.SINGLE) {
            return List.of(new Chapter(
                    "digest.xhtml",
                    "digest",
                    digest.metadata().title(),
                    IntStream.range(0, sections.size()).boxed().toList()));
        }
        int width = Math.max(2, Integer.toString(sections.size()).length());
        List<Chapter> chapters = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            String name = String.format(Locale.ROOT, "section-%0" + width + "d", i + 1);
            chapters.add(new Chapter(
                    name + ".xhtml",
                    name,
                    sectionTitle(sections.get(i), digest.metadata().language()),
                    List.of(i)));
        }
        return chapters;
    }

    static String sectionTitle(Section section, String language) {
        return section.headline() != null && !section.headline().isBlank()
                ? section.headline()
                : EditionLabels.forLanguage(language).introduction();
    }

    private static Resource xhtml(Book book, String id, String href, byte[] data) {
        return book.addResource(new Resource(id, data == null ? new byte[0] : data, href, XHTML));
    }

    /** Loads the faces and the cover's drawing machinery ahead of a first export. */
    public void prepare() {
        coverGenerator();
    }

    /** Parsing the faces for drawing costs tens of milliseconds, so it waits for the first generated cover. */
    private CoverGenerator coverGenerator() {
        CoverGenerator g = coverGenerator;
        if (g == null) {
            synchronized (this) {
                g = coverGenerator;
                if (g == null) {
                    g = new CoverGenerator(fonts);
                    coverGenerator = g;
                }
            }
        }
        return g;
    }
}

package io.mirsad.pdf.internal.write;

import io.mirsad.digest.Digest;
import io.mirsad.digest.Metadata;
import io.mirsad.pdf.internal.itemize.TextRole;
import io.mirsad.pdf.internal.shape.ShapingFont;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessStreamCache;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;

/**
 * The PDF being written: pages as the layout finishes them, the fonts they use, the structure tree and
 * links, bookmarks, and at the end the metadata and the digest itself (or, in a volume, its digests). Page
 * contents and embedded digests go to a {@link StreamStore}, and the objects to an {@link ObjectWriter}: a
 * volume {@linkplain #flush writes out} each part's pages, structure elements, links and digest when the part
 * is finished, so that what stays in memory is the page order, bookmarks, link targets and the parent tree,
 * by number, whatever the volume's length.
 */
public final class PdfWriter implements Closeable {
    /**
     * Scratch data kept in memory, for all the buffers together: all of a single edition's, the first
     * megabytes of a volume's.
     */
    static final long IN_MEMORY = 2L << 20;

    /**
     * The scratch space of every buffer the file needs (the body, the page contents, PDFBox's own streams),
     * in memory up to {@value #IN_MEMORY} bytes and in one temporary file beyond; closing it closes them all.
     */
    private final RandomAccessStreamCache scratch;

    /** PDFBox's document, for the streams it makes (fonts, images, metadata) and the catalog and information. */
    private final PDDocument document;

    private final ObjectWriter objects;
    private final StreamStore streams;
    private final PDResources resources = new PDResources();
    private final COSDictionary fontDictionary = new COSDictionary();
    private final Map<ShapingFont, EmbeddedFont> fonts = new LinkedHashMap<>();
    private final List<Bookmark> bookmarks = new ArrayList<>();
    private final StructureTree structure;
    /** The page tree's root, and its pages in reading order, by number. */
    private final COSDictionary pageTree = new COSDictionary();

    private final List<Long> pages = new ArrayList<>();
    /** The destinations of links within the edition, by anchor: written once every place is laid out. */
    private final Map<String, COSArray> destinations = new LinkedHashMap<>();

    private final Map<String, COSObject> attachments = new LinkedHashMap<>();
    /** The border of every link, none: one array, written out in each. */
    private final COSArray noBorder = new COSArray(List.of(COSInteger.ZERO, COSInteger.ZERO, COSInteger.ZERO));

    private int images;

    public PdfWriter() throws IOException {
        scratch = scratch();
        try {
            document = new PDDocument(() -> scratch);
            objects = new ObjectWriter(scratch);
            streams = new StreamStore(scratch);
        } catch (IOException | RuntimeException e) {
            scratch.close();
            throw e;
        }
        structure = new StructureTree(objects);
        resources.getCOSObject().setItem(COSName.FONT, fontDictionary);
        pageTree.setItem(COSName.TYPE, COSName.PAGES);
        // pages refer to both; they are complete only when the last page is
        objects.hold(pageTree);
        objects.hold(resources.getCOSObject());
    }

    /** A new scratch space, in memory up to {@value #IN_MEMORY} bytes. */
    static RandomAccessStreamCache scratch() throws IOException {
        return MemoryUsageSetting.setupMixed(IN_MEMORY).streamCache.create();
    }

    /** Starts a page of the given size in points. */
    public PageWriter newPage(float width, float height) {
        return new PageWriter(this, width, height);
    }

    /** Adds a bookmark to a page already started, pointing at {@code top} points from the bottom. */
    public void bookmark(String title, PageWriter page, float top) {
        bookmark(title, page, top, 0);
    }

    /** Adds a bookmark nested {@code level} deep under the previous shallower one. */
    public void bookmark(String title, PageWriter page, float top, int level) {
        bookmarks.add(
                new Bookmark(title, objects.key(page.page().getCOSObject()).getNumber(), top, level));
    }

    /**
     * Moves the last {@code count} pages written so that they follow page {@code after} (1-based): front
     * matter such as a table of contents, written once the pages it lists are numbered.
     */
    public void moveLastPages(int count, int after) {
        List<Long> moved = new ArrayList<>(pages.subList(pages.size() - count, pages.size()));
        pages.subList(pages.size() - count, pages.size()).clear();
        pages.addAll(after, moved);
    }

    /** The logical structure the layout opens and closes elements of around what it places. */
    public StructureTree structure() {
        return structure;
    }

    /**
     * Embeds a digest's JSON as {@code fileName}, described by {@code description}, as an associated file of
     * the document and of the structure element open now: a volume embeds each digest as it sets its part.
     */
    public void attach(Digest digest, String fileName, String description) throws IOException {
        PDComplexFileSpecification spec = DigestAttachment.embed(streams, digest, fileName, description);
        attachments.put(fileName, objects.reference(spec.getCOSObject()));
        structure.associate(spec);
    }

    /**
     * Writes out what is finished: the pages finished so far and the structure elements closed, with their
     * links and embedded digests. A volume calls it when a part is done, so the part no longer takes memory.
     * Call it only when everything placed is drawn (its pages finished): content placed in an element is
     * attached to it when its page is drawn, after the element was closed.
     */
    public void flush() throws IOException {
        objects.flush();
    }

    /** How many objects are kept in memory for writing, held or waiting for the next flush. */
    int objectsInMemory() {
        return objects.inMemory();
    }

    /**
     * Completes the fonts, structure, links and metadata, embeds the digest's JSON, and writes the PDF.
     *
     * @param archival whether the file claims PDF/A-3a and PDF/UA-1
     * @throws IllegalStateException if a link leads to a place never laid out
     */
    public void save(Digest digest, boolean archival, OutputStream out) throws IOException {
        finish(digest.metadata(), archival);
        DigestAttachment.write(document, digest);
        write(out);
    }

    /**
     * Completes and writes a PDF that holds no single digest (a volume), with the digests {@linkplain #attach
     * attached} to it as its associated files.
     *
     * @param archival whether the file claims PDF/A-3a and PDF/UA-1
     * @throws IllegalStateException if a link leads to a place never laid out
     */
    public void save(Metadata metadata, boolean archival, OutputStream out) throws IOException {
        finish(metadata, archival);
        if (!attachments.isEmpty()) {
            DigestAttachment.attach(document, attachments);
        }
        write(out);
    }

    private void finish(Metadata metadata, boolean archival) throws IOException {
        for (EmbeddedFont f : fonts.values()) {
            f.finish(document);
        }
        for (Map.Entry<String, COSArray> d : destinations.entrySet()) {
            StructureTree.Anchor target = structure.anchor(d.getKey());
            if (target == null) {
                // The layout links only to places it lays out (the sources it lists). The links' actions
                // may be written already, naming this destination: there is no valid one to give them.
                throw new IllegalStateException("a link leads to #" + d.getKey() + ", which was never laid out");
            }
            COSArray destination = d.getValue();
            PDPageXYZDestination xyz = new PDPageXYZDestination();
            xyz.setTop(Math.round(target.top()));
            destination.addAll(xyz.getCOSObject());
            destination.set(0, target.page());
            objects.release(destination);
        }
        structure.finish(document.getDocumentCatalog());
        // the structure tree is complete: out with it before the outline is made
        objects.flush();
        Outline.write(document, objects, bookmarks);
        DocumentMetadata.write(document, metadata, archival);
    }

    private void write(OutputStream out) throws IOException {
        COSArray kids = new COSArray();
        pages.forEach(page -> kids.add(ObjectWriter.reference(page)));
        pageTree.setItem(COSName.KIDS, kids);
        pageTree.setInt(COSName.COUNT, pages.size());
        COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
        catalog.setItem(COSName.PAGES, pageTree);
        objects.finish(
                catalog,
                document.getDocumentInformation().getCOSObject(),
                document.getDocument().getTrailer().getCOSArray(COSName.ID),
                out);
    }

    /** Adds a finished page at the end. */
    void addPage(PDPage page) {
        page.getCOSObject().setItem(COSName.PARENT, pageTree);
        pages.add(objects.key(page.getCOSObject()).getNumber());
    }

    /** A link annotation over {@code rect}, leading where {@code role} says, reached from its structure element. */
    void link(TextRole role, PDStructureElement element, PDPage page, PDRectangle rect) {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(rect);
        link.setContents(role.description());
        link.setPrinted(true);
        link.setBorder(noBorder);
        if (role.target().startsWith("#")) {
            PDActionGoTo goTo = new PDActionGoTo();
            // the place may come later (a volume's index of sources): the action names it by number
            goTo.getCOSObject().setItem(COSName.D, destination(role.target().substring(1)));
            link.setAction(direct(goTo));
        } else {
            PDActionURI uri = new PDActionURI();
            uri.setURI(role.target());
            link.setAction(direct(uri));
        }
        COSArray annotations = page.getCOSObject().getCOSArray(COSName.ANNOTS);
        if (annotations == null) {
            annotations = new COSArray();
            page.getCOSObject().setItem(COSName.ANNOTS, annotations);
        }
        annotations.add(link);
        structure.attach(link, element, page);
    }

    /** A reference to the destination of links to {@code anchor}, one for all of them. */
    private COSObject destination(String anchor) {
        COSArray destination = destinations.computeIfAbsent(anchor, a -> {
            COSArray d = new COSArray();
            objects.hold(d);
            return d;
        });
        return objects.reference(destination);
    }

    /**
     * {@code object}, written inside the dictionary that holds it: every dictionary not marked direct is an
     * object of its own, with an entry in the cross-reference stream.
     */
    static <T extends COSObjectable> T direct(T object) {
        object.getCOSObject().setDirect(true);
        return object;
    }

    /** The writer of the file's objects, for holding what is not finished yet. */
    ObjectWriter objects() {
        return objects;
    }

    StreamStore streams() {
        return streams;
    }

    PDResources resources() {
        return resources;
    }

    EmbeddedFont font(ShapingFont font) {
        return fonts.computeIfAbsent(font, f -> {
            EmbeddedFont ef = new EmbeddedFont(f, "F" + (fonts.size() + 1));
            fontDictionary.setItem(COSName.getPDFName(ef.resourceName()), ef.dictionary());
            return ef;
        });
    }

    /** Adds a PNG or JPEG image to the document, for pages to draw. */
    public ImageRef image(byte[] data) throws IOException {
        String name = "Im" + ++images;
        PDImageXObject image = PDImageXObject.createFromByteArray(document, data, name);
        COSDictionary xobjects = resources.getCOSObject().getCOSDictionary(COSName.XOBJECT);
        if (xobjects == null) {
            xobjects = new COSDictionary();
            resources.getCOSObject().setItem(COSName.XOBJECT, xobjects);
        }
        xobjects.setItem(COSName.getPDFName(name), image);
        return new ImageRef(name, image.getWidth(), image.getHeight());
    }

    @Override
    public void close() throws IOException {
        // the document closes the scratch space too, but it is ours to close whatever the document does
        try (RandomAccessStreamCache s = scratch) {
            document.close();
        }
    }

    /** A bookmark waiting for the outline: the page by its object number. */
    record Bookmark(String title, long page, float top, int level) {}
}

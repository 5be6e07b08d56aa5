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
import org.apache.pdfbox.io.MemoryUsageSetting;
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
 * contents and embedded digests go to a {@link StreamStore}, and other stream data above a few megabytes to
 * a scratch file, so long editions do not grow the heap.
 */
public final class PdfWriter implements Closeable {
    private static final long IN_MEMORY = 8L << 20;

    private final PDDocument document = new PDDocument(MemoryUsageSetting.setupMixed(IN_MEMORY).streamCache);
    private final StreamStore streams = new StreamStore();
    private final PDResources resources = new PDResources();
    private final COSDictionary fontDictionary = new COSDictionary();
    private final Map<ShapingFont, EmbeddedFont> fonts = new LinkedHashMap<>();
    private final List<Bookmark> bookmarks = new ArrayList<>();
    private final StructureTree structure = new StructureTree();
    private final List<InternalLink> internalLinks = new ArrayList<>();
    private final Map<String, PDComplexFileSpecification> attachments = new LinkedHashMap<>();
    /** The border of every link, none: one array, written out in each. */
    private final COSArray noBorder = new COSArray(List.of(COSInteger.ZERO, COSInteger.ZERO, COSInteger.ZERO));

    private int images;

    public PdfWriter() throws IOException {
        resources.getCOSObject().setItem(COSName.FONT, fontDictionary);
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
        bookmarks.add(new Bookmark(title, page.page(), top, level));
    }

    /**
     * Moves the last {@code count} pages written so that they follow page {@code after} (1-based): front
     * matter such as a table of contents, written once the pages it lists are numbered.
     */
    public void moveLastPages(int count, int after) {
        org.apache.pdfbox.pdmodel.PDPageTree pages = document.getPages();
        int total = pages.getCount();
        PDPage anchor = pages.get(after - 1);
        for (int i = total - count; i < total; i++) {
            PDPage moved = pages.get(i);
            pages.remove(moved);
            pages.insertAfter(moved, anchor);
            anchor = moved;
        }
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
        attachments.put(fileName, spec);
        structure.associate(spec);
    }

    /**
     * Completes the fonts, structure, links and metadata, embeds the digest's JSON, and writes the PDF.
     *
     * @param archival whether the file claims PDF/A-3a and PDF/UA-1
     */
    public void save(Digest digest, boolean archival, OutputStream out) throws IOException {
        finish(digest.metadata(), archival);
        DigestAttachment.write(document, digest);
        document.save(out);
    }

    /**
     * Completes and writes a PDF that holds no single digest (a volume), with the digests {@linkplain #attach
     * attached} to it as its associated files.
     *
     * @param archival whether the file claims PDF/A-3a and PDF/UA-1
     */
    public void save(Metadata metadata, boolean archival, OutputStream out) throws IOException {
        finish(metadata, archival);
        if (!attachments.isEmpty()) {
            DigestAttachment.attach(document, attachments);
        }
        document.save(out);
    }

    private void finish(Metadata metadata, boolean archival) throws IOException {
        for (EmbeddedFont f : fonts.values()) {
            f.finish(document);
        }
        for (InternalLink internal : internalLinks) {
            StructureTree.Anchor target = structure.anchor(internal.anchor());
            if (target != null) {
                PDPageXYZDestination destination = new PDPageXYZDestination();
                destination.setPage(target.page());
                destination.setTop(Math.round(target.top()));
                PDActionGoTo goTo = new PDActionGoTo();
                goTo.setDestination(destination);
                internal.annotation().setAction(direct(goTo));
            }
        }
        structure.finish(document.getDocumentCatalog());
        Outline.write(document, bookmarks);
        DocumentMetadata.write(document, metadata, archival);
    }

    /** A link annotation over {@code rect}, leading where {@code role} says, reached from its structure element. */
    void link(TextRole role, PDStructureElement element, PDPage page, PDRectangle rect) {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(rect);
        link.setContents(role.description());
        link.setPrinted(true);
        link.setBorder(noBorder);
        if (role.target().startsWith("#")) {
            internalLinks.add(new InternalLink(link, role.target().substring(1)));
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

    /**
     * {@code object}, written inside the dictionary that holds it: PDFBox makes every dictionary not marked
     * direct an object of its own, which it keeps a key, an xref entry and map entries for while it saves.
     */
    static <T extends COSObjectable> T direct(T object) {
        object.getCOSObject().setDirect(true);
        return object;
    }

    PDDocument document() {
        return document;
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
        try {
            document.close();
        } finally {
            streams.close();
        }
    }

    /** A link to a place in the edition, waiting for that place to be laid out. */
    private record InternalLink(PDAnnotationLink annotation, String anchor) {}

    /** A bookmark waiting for the outline. */
    record Bookmark(String title, PDPage page, float top, int level) {}
}

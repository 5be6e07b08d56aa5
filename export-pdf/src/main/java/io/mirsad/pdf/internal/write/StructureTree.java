package io.mirsad.pdf.internal.write;

import io.mirsad.pdf.internal.itemize.TextRole;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * The edition's logical structure, which assistive technology and PDF/UA read in order: one
 * {@code Document} element holding the elements the layout {@linkplain #begin opens} around what it places
 * (headings, paragraphs, lists, quotes, figures), and under them the marked-content sequences of the pages
 * and the link annotations. Content belongs to the element innermost open when it was placed (its
 * {@link #current() tag}), though it is drawn later, with its page; inside a list item it goes
 * to the item's {@code LBody}, roled stretches of a paragraph ({@link TextRole}) get
 * elements of their own within it, and Latin words in a right-to-left line a {@code Span} in English.
 */
public final class StructureTree {
    /**
     * The language of Latin words in a right-to-left edition. A digest records one language, its own; the
     * Latin words in Arabic digests are the names and acronyms of institutions, in English, and the EPUB
     * marks them so too.
     */
    static final String LATIN_LANGUAGE = "en";

    /** Keys in a leaf of the parent tree. */
    private static final int PARENT_TREE_LEAF = 256;

    private final ObjectWriter objects;
    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final Deque<Tag> open = new ArrayDeque<>();
    /**
     * The parent tree by key, the elements by number: for a page, its marked-content sequences' elements
     * ({@code 0} for none); for a link annotation, its {@code Link} element alone.
     */
    private final List<long[]> parents = new ArrayList<>();

    private final BitSet annotationKeys = new BitSet();
    private final Map<String, Anchor> anchors = new HashMap<>();

    StructureTree(ObjectWriter objects) {
        this.objects = objects;
        PDStructureElement document = new PDStructureElement("Document", root);
        // its kids an array from the first, where written ones are replaced by their numbers
        document.getCOSObject().setItem(COSName.K, new COSArray());
        root.appendKid(document);
        open.push(new Tag(document, null));
        objects.hold(document.getCOSObject());
    }

    /** Opens an element of a standard structure type inside the current one; what is placed until {@link #end} belongs to it. */
    public void begin(String type) {
        push(type, null);
    }

    /** Opens an element whose content is in {@code language} (a BCP 47 tag), unlike the document's. */
    public void begin(String type, String language) {
        push(type, null).setLanguage(language);
    }

    /**
     * Makes an empty element of {@code type} inside the current one, in its place in reading order, to be
     * {@linkplain #reopen filled} later: a volume's table of contents, set once the pages it lists are known.
     */
    public Tag placeholder(String type) {
        Tag placeholder = new Tag(child(open.peek().element, type), null);
        objects.hold(placeholder.element.getCOSObject());
        return placeholder;
    }

    /** Opens a {@linkplain #placeholder placeholder} again; what is placed until {@link #end} goes into it. */
    public void reopen(Tag placeholder) {
        open.push(placeholder);
    }

    /** Opens an element that links in the edition can lead to, by {@code anchor}. */
    public void beginAnchored(String type, String anchor) {
        push(type, anchor);
    }

    /** Opens a {@code Figure} described by {@code alt} for readers who cannot see it. */
    public void beginFigure(String alt) {
        push("Figure", null).setAlternateDescription(alt);
    }

    /** Closes the innermost open element. */
    public void end() {
        if (open.size() == 1) {
            throw new IllegalStateException("no structure element is open");
        }
        Tag closed = open.pop();
        closed.open = false;
        // it and the elements made inside it for its content may be written once what was placed is drawn
        objects.release(closed.element.getCOSObject());
        if (closed.body != null) {
            objects.release(closed.body.getCOSObject());
        }
        closed.inline.values().forEach(e -> objects.release(e.getCOSObject()));
    }

    private PDStructureElement push(String type, String anchor) {
        PDStructureElement e = child(open.peek().element, type);
        objects.hold(e.getCOSObject());
        open.push(new Tag(e, anchor));
        return e;
    }

    private static PDStructureElement child(PDStructureElement parent, String type) {
        PDStructureElement e = new PDStructureElement(type, parent);
        parent.appendKid(e);
        return e;
    }

    /** The innermost open element, for content placed now and drawn later. */
    public Tag current() {
        return open.peek();
    }

    /**
     * Attaches marked content {@code mcid} of {@code page}, whose top is at {@code top} points, to the element
     * of {@code o} content of this kind belongs to, and returns that element; content that is
     * {@code latin} goes into a {@code Span} of its own within it, in {@value #LATIN_LANGUAGE}. An element's
     * page ({@code /Pg}) is the one its first content is on, and content there is a bare MCID in its
     * {@code /K}; only content on another page needs a marked-content reference naming that page (ISO
     * 32000-1, 14.7.4.2), and a volume holds one per line otherwise.
     */
    PDStructureElement attach(Tag o, PageTags page, int mcid, TextRole role, boolean latin, float top) {
        if (o.anchor != null && !anchors.containsKey(o.anchor)) {
            anchors.put(o.anchor, new Anchor(objects.reference(page.page.getCOSObject()), top));
        }
        PDStructureElement e = o.elementFor(role, objects);
        PDStructureElement parent = e;
        if (latin) {
            parent = child(e, "Span");
            parent.setLanguage(LATIN_LANGUAGE);
        }
        COSDictionary own = parent.getCOSObject().getCOSDictionary(COSName.PG);
        if (own == null) {
            parent.setPage(page.page);
            own = page.page.getCOSObject();
        }
        if (own == page.page.getCOSObject()) {
            parent.appendKid(mcid);
        } else {
            PDMarkedContentReference mcr = PdfWriter.direct(new PDMarkedContentReference());
            mcr.setPage(page.page);
            mcr.setMCID(mcid);
            parent.appendKid(mcr);
        }
        page.parents.set(mcid, parent);
        return e;
    }

    /** Puts a link annotation under its {@code Link} element, so that the structure reaches it. */
    void attach(PDAnnotation annotation, PDStructureElement link, PDPage page) {
        int key = parents.size();
        annotation.setStructParent(key);
        parents.add(new long[] {objects.key(link.getCOSObject()).getNumber()});
        annotationKeys.set(key);
        PDObjectReference objr = PdfWriter.direct(new PDObjectReference());
        objr.setReferencedObject(annotation);
        objr.setPage(page);
        link.appendKid(objr);
    }

    /** Lists {@code file} among the associated files ({@code /AF}) of the innermost open element. */
    void associate(COSObjectable file) {
        COSDictionary element = open.peek().element.getCOSObject();
        COSArray files = element.getCOSArray(DigestAttachment.AF);
        if (files == null) {
            files = new COSArray();
            element.setItem(DigestAttachment.AF, files);
        }
        files.add(file);
    }

    /** Where the first content of the element opened with {@code anchor} went, or {@code null}. */
    Anchor anchor(String anchor) {
        return anchors.get(anchor);
    }

    /** Starts tagging a page. */
    PageTags page(PDPage page) {
        return new PageTags(page);
    }

    /**
     * Writes the tree, its parent tree and {@code MarkInfo} into the catalog. The parent tree's leaves are
     * made and written {@value #PARENT_TREE_LEAF} keys at a time, so that a volume's tens of thousands of
     * references are never all objects at once.
     */
    void finish(PDDocumentCatalog catalog) throws IOException {
        if (open.size() != 1) {
            throw new IllegalStateException(open.size() - 1 + " structure elements left open");
        }
        objects.release(open.peek().element.getCOSObject());
        COSArray leaves = new COSArray();
        for (int from = 0; from < parents.size(); from += PARENT_TREE_LEAF) {
            int to = Math.min(parents.size(), from + PARENT_TREE_LEAF);
            COSArray nums = new COSArray();
            for (int key = from; key < to; key++) {
                nums.add(COSInteger.get(key));
                long[] elements = parents.get(key);
                if (annotationKeys.get(key)) {
                    nums.add(ObjectWriter.reference(elements[0]));
                } else {
                    COSArray array = new COSArray();
                    for (long e : elements) {
                        array.add(e == 0 ? COSNull.NULL : ObjectWriter.reference(e));
                    }
                    nums.add(array);
                }
            }
            COSDictionary leaf = new COSDictionary();
            leaf.setItem(COSName.LIMITS, new COSArray(List.of(COSInteger.get(from), COSInteger.get(to - 1))));
            leaf.setItem(COSName.NUMS, nums);
            leaves.add(objects.write(leaf));
        }
        COSDictionary parentTree = new COSDictionary();
        parentTree.setItem(COSName.KIDS, leaves);
        root.getCOSObject().setItem(COSName.PARENT_TREE, parentTree);
        root.setParentTreeNextKey(parents.size());
        catalog.setStructureTreeRoot(root);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);
    }

    /** A place links lead to: its page by number. */
    record Anchor(COSObject page, float top) {}

    /** The marked-content identifiers of one page and the elements they belong to. */
    final class PageTags {
        private final PDPage page;
        private final List<PDStructureElement> parents = new ArrayList<>();

        private PageTags(PDPage page) {
            this.page = page;
        }

        PDPage page() {
            return page;
        }

        /** A new marked-content identifier on this page. */
        int mcid() {
            parents.add(null);
            return parents.size() - 1;
        }

        /** Records which element each marked-content sequence belongs to, under the page's key. */
        void finish() {
            if (parents.isEmpty()) {
                return;
            }
            page.setStructParents(StructureTree.this.parents.size());
            long[] numbers = new long[parents.size()];
            for (int i = 0; i < numbers.length; i++) {
                PDStructureElement e = parents.get(i);
                numbers[i] = e == null ? 0 : objects.key(e.getCOSObject()).getNumber();
            }
            StructureTree.this.parents.add(numbers);
        }
    }

    /** An element content is placed in, with the inline elements made inside it so far. */
    public static final class Tag {
        private final PDStructureElement element;
        private final String anchor;
        private final Map<TextRole, PDStructureElement> inline = new HashMap<>();
        private PDStructureElement body;
        private boolean open = true;

        private Tag(PDStructureElement element, String anchor) {
            this.element = element;
            this.anchor = anchor;
        }

        /** The structure type content of this kind, in Latin letters or not, is tagged with in the content stream. */
        String contentType(TextRole role, boolean latin) {
            if (latin) {
                return "Span";
            }
            if (role != null) {
                return "Reference".equals(role.structureType()) ? "Link" : role.structureType();
            }
            String type = element.getStructureType();
            return "LI".equals(type) ? "LBody" : type;
        }

        /** Where plain content goes: the element itself, or a list item's body. */
        PDStructureElement base(ObjectWriter objects) {
            if (!"LI".equals(element.getStructureType())) {
                return element;
            }
            if (body == null) {
                body = child(element, "LBody");
                hold(body, objects);
            }
            return body;
        }

        PDStructureElement elementFor(TextRole role, ObjectWriter objects) {
            if (role == null) {
                return base(objects);
            }
            PDStructureElement e = inline.get(role);
            if (e == null) {
                if (role.equals(TextRole.LABEL)) {
                    e = child(element, "Lbl");
                } else if ("Reference".equals(role.structureType())) {
                    e = child(child(base(objects), "Reference"), "Link");
                } else {
                    e = child(base(objects), role.structureType());
                }
                hold(e, objects);
                inline.put(role, e);
            }
            return e;
        }

        /** Holds an element made for this tag's content while the tag is open: more content may come to it. */
        private void hold(PDStructureElement e, ObjectWriter objects) {
            if (open) {
                objects.hold(e.getCOSObject());
            }
        }
    }
}

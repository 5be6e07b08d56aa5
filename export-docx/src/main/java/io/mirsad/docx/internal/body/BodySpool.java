package io.mirsad.docx.internal.body;

import io.mirsad.docx.internal.pkg.XmlSpool;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.officeDocument.x2006.relationships.STRelationshipId;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;

/**
 * Moves what is finished of a document out of POI's tree: the body's paragraphs to the spool of
 * {@code word/document.xml}, the notes to theirs. A volume calls it after each part, so the heap holds
 * one part's paragraphs at a time, not the whole volume's.
 */
public final class BodySpool {
    private static final String W = CTBody.type.getName().getNamespaceURI();
    private static final String R = STRelationshipId.type.getName().getNamespaceURI();
    private static final String WP = CTInline.type.getName().getNamespaceURI();

    /**
     * The namespaces the root of {@code word/document.xml} declares (see {@link #finish}): the spooled
     * elements use their prefixes without declaring them.
     */
    public static final Map<String, String> ROOT_NAMESPACES = Map.of("w", W, "r", R, "wp", WP);

    private final XWPFDocument doc;
    private final XmlSpool body;
    private final FootnoteWriter notes;

    /** Marks the document's body, still empty, as where {@code body}'s paragraphs go. */
    public BodySpool(XWPFDocument doc, XmlSpool body, FootnoteWriter notes) {
        this.doc = doc;
        this.body = body;
        this.notes = notes;
        body.mark(doc.getDocument().getBody());
    }

    /** Moves the body's paragraphs and the notes written so far out to their spools. */
    public void flush() {
        List<IBodyElement> elements = doc.getBodyElements();
        for (IBodyElement element : elements) {
            // The writers make paragraphs only; a table or content control would need its own case.
            if (!(element instanceof XWPFParagraph paragraph)) {
                throw new IllegalStateException("cannot spool a body element of type " + element.getElementType());
            }
            body.append(paragraph.getCTP());
        }
        for (int i = elements.size() - 1; i >= 0; i--) {
            doc.removeBodyElement(i);
        }
        notes.spool();
    }

    /**
     * Moves the rest out and declares on the document's root the namespaces the spooled elements use:
     * those POI declares there when it saves a whole body (the drawings' only with pictures), in its order.
     */
    public void finish() {
        flush();
        try (XmlCursor root = doc.getDocument().newCursor()) {
            root.toNextToken();
            root.insertNamespace("w", W);
            root.insertNamespace("r", R);
            if (!doc.getAllPictures().isEmpty()) {
                root.insertNamespace("wp", WP);
            }
        }
    }
}

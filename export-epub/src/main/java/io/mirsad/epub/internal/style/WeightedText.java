package io.mirsad.epub.internal.style;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The characters a book's documents set in its regular face and those they set in its bold face, so
 * that each embedded face is cut to its own text: the bold face draws only headings and the few spans
 * the style sheet (or a reading system's defaults) makes bold. Not thread-safe; one per book.
 */
public final class WeightedText {
    /** Elements bold in the house style or in every reading system's default style. */
    private static final Set<String> BOLD_ELEMENTS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "th");
    /** Classes the house style sets bold whatever their element. */
    private static final Set<String> BOLD_CLASSES = Set.of("backlink", "source-name");
    /**
     * Characters reading systems draw themselves in the regular face: list markers in Western and
     * Arabic-Indic digits with their suffixes, and the bullets of unordered lists.
     */
    private static final String LIST_MARKERS = "0123456789٠١٢٣٤٥٦٧٨٩.-•◦▪ ";

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private final BitSet regular = new BitSet();
    private final BitSet bold = new BitSet();

    /** A book's text with the characters of its list markers. */
    public WeightedText() {
        LIST_MARKERS.codePoints().forEach(regular::set);
    }

    /** Whether the house style sets an element of this name and {@code class} attribute in bold. */
    public static boolean setsBold(String element, String classes) {
        if (BOLD_ELEMENTS.contains(element)) {
            return true;
        }
        for (String c : classes.split(" ")) {
            if (BOLD_CLASSES.contains(c)) {
                return true;
            }
        }
        return false;
    }

    /** Adds the text of an XHTML content document, each character under the weight of its element. */
    public void addDocument(byte[] xhtml) {
        try {
            XMLStreamReader r = XML.createXMLStreamReader(new ByteArrayInputStream(xhtml));
            // Per open element: whether it is set in bold (bold is inherited).
            Deque<Boolean> bolds = new ArrayDeque<>();
            bolds.push(false);
            while (r.hasNext()) {
                switch (r.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        String classes = r.getAttributeValue(null, "class");
                        bolds.push(bolds.peek() || setsBold(r.getLocalName(), classes == null ? "" : classes));
                        String alt = r.getAttributeValue(null, "alt");
                        if (alt != null) {
                            // Shown in the image's place when the image is not.
                            add(alt, bolds.peek());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> bolds.pop();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> add(r.getText(), bolds.peek());
                    default -> {
                        // comments, processing instructions and the document type draw nothing
                    }
                }
            }
            r.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("a content document Mirsad wrote is not well-formed XML", e);
        }
    }

    /** Adds text a reading system may show in the regular face, such as the NCX table of contents. */
    public void addRegular(String text) {
        add(text, false);
    }

    private void add(String text, boolean inBold) {
        text.codePoints().forEach(inBold ? bold::set : regular::set);
    }

    /** Every character set in the regular face, once each. */
    public String regular() {
        return characters(regular);
    }

    /** Every character set in the bold face, once each. */
    public String bold() {
        return characters(bold);
    }

    private static String characters(BitSet set) {
        StringBuilder text = new StringBuilder();
        set.stream().forEach(text::appendCodePoint);
        return text.toString();
    }
}

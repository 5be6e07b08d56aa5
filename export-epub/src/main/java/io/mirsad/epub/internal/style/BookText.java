package io.mirsad.epub.internal.style;

import java.io.ByteArrayInputStream;
import java.util.BitSet;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The characters a book shows its reader, which its embedded faces are cut to: the text of its content
 * documents and images' alternative text, not their markup. Both the regular and the bold face keep all
 * of them, since a reading system may set any text in either weight (a "bold text" setting, a user style
 * that unbolds headings), and a character cut from the face it lands in would be drawn as nothing. Not
 * thread-safe; one per book.
 */
public final class BookText {
    /**
     * Characters reading systems draw themselves: list markers in Western and Arabic-Indic digits with
     * their suffixes, and the bullets of unordered lists.
     */
    private static final String LIST_MARKERS = "0123456789٠١٢٣٤٥٦٧٨٩.-•◦▪ ";

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private final BitSet characters = new BitSet();

    /** A book's text with the characters of its list markers. */
    public BookText() {
        add(LIST_MARKERS);
    }

    /** Adds the text of an XHTML content document: its text nodes and the alternative text of its images. */
    public void addDocument(byte[] xhtml) {
        try {
            XMLStreamReader r = XML.createXMLStreamReader(new ByteArrayInputStream(xhtml));
            while (r.hasNext()) {
                switch (r.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        String alt = r.getAttributeValue(null, "alt");
                        if (alt != null) {
                            // Shown in the image's place when the image is not.
                            add(alt);
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> add(r.getText());
                    default -> {
                        // markup, comments and the document type draw nothing
                    }
                }
            }
            r.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("a content document Mirsad wrote is not well-formed XML", e);
        }
    }

    /** Adds text a reading system may show in the book's faces, such as the NCX table of contents. */
    public void add(String text) {
        text.codePoints().forEach(characters::set);
    }

    /** Every character added, once each. */
    public String characters() {
        StringBuilder text = new StringBuilder();
        characters.stream().forEach(text::appendCodePoint);
        return text.toString();
    }
}

package io.mirsad.epub.internal.style;

import com.ibm.icu.text.BreakIterator;
import io.documentnode.epub4j.domain.MediaType;
import io.documentnode.epub4j.domain.MediaTypes;
import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What a book shows its reader, which its embedded faces are cut to: the text of its content documents
 * and images' alternative text, and its NCX table of contents' labels, not their markup, kept as the
 * distinct character clusters (a base letter and its marks) it is made of; and the runs a reading system
 * may shape at once, handed on as they are read and not kept: each text node, and each block's text as a
 * whole, since reading systems differ on whether an inline element's boundary ends a shaping run. Not
 * thread-safe; one per book.
 */
public final class BookText {
    /**
     * Characters reading systems draw themselves in the text faces: list markers in Western and
     * Arabic-Indic digits with their suffixes, and the bullets of unordered lists.
     */
    private static final String LIST_MARKERS = "0123456789٠١٢٣٤٥٦٧٨٩.-•◦▪ ";

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();
    /**
     * The elements whose boundaries a reading system may shape across: HTML's phrasing elements that
     * hold text. Any other element holding text is a block, whose text is shaped apart from its parent's.
     */
    private static final Set<String> INLINE = Set.of(
            "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q", "s",
            "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr");

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        // A text node comes as one event, not cut where the parser's buffer or an entity ends.
        XML.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    private final BreakIterator boundaries = BreakIterator.getCharacterInstance();
    private final Set<String> clusters = new LinkedHashSet<>();
    private final Consumer<String> runs;
    /** The run handed on last: a block of one text node is that node again. */
    private String lastRun = "";

    /** @param runs told each run of text shown, as it is read */
    public BookText(Consumer<String> runs) {
        this.runs = runs;
    }

    /**
     * Adds the text a resource shows: an XHTML content document's text and images' alternative text, the
     * NCX table of contents' titles and labels (an older reading system may list them in the book's
     * faces); other resources show none.
     */
    public void add(MediaType type, byte[] data) {
        if (!MediaTypes.XHTML.equals(type) && !MediaTypes.NCX.equals(type)) {
            return;
        }
        try {
            XMLStreamReader r = XML.createXMLStreamReader(new ByteArrayInputStream(data));
            Deque<StringBuilder> blocks = new ArrayDeque<>();
            while (r.hasNext()) {
                switch (r.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        String alt = r.getAttributeValue(null, "alt");
                        if (alt != null) {
                            // Shown in the image's place when the image is not.
                            add(alt);
                            addRun(alt);
                        }
                        if (!INLINE.contains(r.getLocalName())) {
                            blocks.push(new StringBuilder());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (!INLINE.contains(r.getLocalName())) {
                            addRun(blocks.pop().toString());
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        add(r.getText());
                        addRun(r.getText());
                        if (!blocks.isEmpty()) {
                            blocks.peek().append(r.getText());
                        }
                    }
                    default -> {
                        // comments and the document type draw nothing
                    }
                }
            }
            r.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("a document Mirsad wrote is not well-formed XML", e);
        }
    }

    private void addRun(String text) {
        if (!text.isBlank() && !text.equals(lastRun)) {
            lastRun = text;
            runs.accept(text);
        }
    }

    private void add(String text) {
        boundaries.setText(text);
        int start = boundaries.first();
        for (int end = boundaries.next(); end != BreakIterator.DONE; start = end, end = boundaries.next()) {
            clusters.add(text.substring(start, end));
        }
    }

    /** Every distinct character cluster of the text shown, in the order first met. */
    public Set<String> clusters() {
        return Collections.unmodifiableSet(clusters);
    }

    /** Every character shown, list markers included, once each. */
    public String characters() {
        BitSet characters = new BitSet();
        LIST_MARKERS.codePoints().forEach(characters::set);
        clusters.forEach(c -> c.codePoints().forEach(characters::set));
        StringBuilder text = new StringBuilder();
        characters.stream().forEach(text::appendCodePoint);
        return text.toString();
    }
}

package io.mirsad.docx.internal.pkg;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;

/**
 * The finished elements of one package part, moved out of POI's tree as they are done so that a long
 * document is not held whole: each element is saved as XML — by XMLBeans, as POI would save it inside
 * the part — and kept deflated (a few per cent of the XML, as in the finished file). POI writes the part
 * with a comment marking where the elements were; {@link DeterministicZip} puts them back there.
 *
 * <p>The elements name their namespaces with the prefixes the part's root element declares, and declare
 * no others of their own but those the root does not have.
 */
public final class XmlSpool {
    private static final String MARKER = "mirsad:spooled";
    private static final byte[] MARKER_BYTES = ("<!--" + MARKER + "-->").getBytes(StandardCharsets.UTF_8);

    private final String entry;
    private final XmlOptions options;
    private final ByteArrayOutputStream deflated = new ByteArrayOutputStream(1 << 12);
    private final Deflater deflater = new Deflater();
    private final DeflaterOutputStream out = new DeflaterOutputStream(deflated, deflater, 1 << 13);
    private int elements;
    private boolean finished;

    /**
     * A spool for the zip entry {@code entry}, whose root element declares the namespaces of
     * {@code rootNamespaces} (prefix to URI).
     */
    public XmlSpool(String entry, Map<String, String> rootNamespaces) {
        this.entry = entry;
        this.options = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS)
                .setSaveNoXmlDecl()
                .setSaveImplicitNamespaces(rootNamespaces);
    }

    /** The zip entry whose marker the elements replace. */
    public String entry() {
        return entry;
    }

    /**
     * Marks, at the end of what {@code container} holds now, where the spooled elements go; the
     * container's root must declare the namespaces this spool was made with.
     */
    public void mark(XmlObject container) {
        try (XmlCursor at = container.newCursor()) {
            at.toEndToken();
            at.insertComment(MARKER);
        }
    }

    /** Saves {@code element} after the elements spooled before it; the caller then drops it from its tree. */
    public void append(XmlObject element) {
        if (finished) {
            throw new IllegalStateException("spool of " + entry + " already read");
        }
        try {
            element.save(out, options);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot spool an element of " + entry, e);
        }
        elements++;
    }

    /** How many elements were spooled. */
    public int size() {
        return elements;
    }

    /**
     * Writes {@code written}, the part as POI wrote it, with the spooled elements in place of its marker.
     * Ends the spool: nothing can be added afterwards.
     */
    void splice(byte[] written, OutputStream to) throws IOException {
        int at = indexOf(written, 0);
        if (at < 0 || indexOf(written, at + 1) >= 0) {
            throw new IllegalStateException(entry + " should hold its spool's marker once");
        }
        to.write(written, 0, at);
        try (InputStream spooled = open()) {
            spooled.transferTo(to);
        }
        to.write(written, at + MARKER_BYTES.length, written.length - at - MARKER_BYTES.length);
    }

    /** The spooled elements' XML. Ends the spool. */
    InputStream open() throws IOException {
        if (!finished) {
            out.finish();
            deflater.end();
            finished = true;
        }
        return new InflaterInputStream(new ByteArrayInputStream(deflated.toByteArray()));
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i <= bytes.length - MARKER_BYTES.length; i++) {
            if (Arrays.equals(bytes, i, i + MARKER_BYTES.length, MARKER_BYTES, 0, MARKER_BYTES.length)) {
                return i;
            }
        }
        return -1;
    }
}

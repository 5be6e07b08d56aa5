package io.mirsad.xhtml.xml;

import io.mirsad.digest.text.Printable;
import io.mirsad.export.ExportException;
import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes one XML document through the JDK's {@link XMLStreamWriter}, which escapes every text and
 * attribute value; digest text is never concatenated into markup. Characters XML cannot carry at all
 * (most C0 controls, lone surrogates) are refused with a message naming the code point.
 * Not thread-safe: one writer per document.
 */
public final class XmlWriter {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
    private final XMLStreamWriter out;
    private final Deque<String> open = new ArrayDeque<>();

    private XmlWriter() {
        try {
            out = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
            out.writeStartDocument("UTF-8", "1.0");
            out.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    /** Starts a document with the XML declaration. */
    public static XmlWriter create() {
        return new XmlWriter();
    }

    /** Writes a document type declaration such as {@code <!DOCTYPE html>}. */
    public XmlWriter doctype(String declaration) {
        try {
            out.writeDTD(declaration);
            out.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw failure(e);
        }
        return this;
    }

    /** Opens an element without a prefix. */
    public XmlWriter start(String name) {
        try {
            out.writeStartElement(name);
        } catch (XMLStreamException e) {
            throw failure(e);
        }
        open.push(name);
        return this;
    }

    /** Opens a prefixed element, e.g. {@code dc:title}. */
    public XmlWriter start(Namespace ns, String name) {
        try {
            out.writeStartElement(ns.prefix(), name, ns.uri());
        } catch (XMLStreamException e) {
            throw failure(e);
        }
        open.push(ns.prefix() + ":" + name);
        return this;
    }

    /** Writes an element that has no content, e.g. {@code <img/>}. */
    public XmlWriter empty(String name) {
        try {
            out.writeEmptyElement(name);
        } catch (XMLStreamException e) {
            throw failure(e);
        }
        return this;
    }

    /** Declares the default namespace on the element just opened. */
    public XmlWriter defaultNamespace(String uri) {
        try {
            out.writeDefaultNamespace(uri);
        } catch (XMLStreamException e) {
            throw failure(e);
        }
        return this;
    }

    /** Declares a prefixed namespace on the element just opened. */
    public XmlWriter namespace(Namespace ns) {
        try {
            out.writeNamespace(ns.prefix(), ns.uri());
        } catch (XMLStreamException e) {
            throw failure(e);
        }
        return this;
    }

    /** Adds an attribute; a {@code null} value adds nothing. */
    public XmlWriter attr(String name, String value) {
        if (value != null) {
            try {
                out.writeAttribute(name, checked(value));
            } catch (XMLStreamException e) {
                throw failure(e);
            }
        }
        return this;
    }

    /** Adds a prefixed attribute such as {@code epub:type} or {@code xml:lang}; {@code null} adds nothing. */
    public XmlWriter attr(Namespace ns, String name, String value) {
        if (value != null) {
            try {
                out.writeAttribute(ns.prefix(), ns.uri(), name, checked(value));
            } catch (XMLStreamException e) {
                throw failure(e);
            }
        }
        return this;
    }

    /** Writes character data, escaped. */
    public XmlWriter text(String text) {
        try {
            out.writeCharacters(checked(text));
        } catch (XMLStreamException e) {
            throw failure(e);
        }
        return this;
    }

    /** Closes the innermost open element. */
    public XmlWriter end() {
        if (open.isEmpty()) {
            throw new IllegalStateException("no open element");
        }
        open.pop();
        try {
            out.writeEndElement();
        } catch (XMLStreamException e) {
            throw failure(e);
        }
        return this;
    }

    /** A line break between block-level elements, where whitespace does not matter; keeps files diffable. */
    public XmlWriter newline() {
        return text("\n");
    }

    /** {@code <name>text</name>} in one call. */
    public XmlWriter element(String name, String text) {
        return start(name).text(text).end();
    }

    /** Closes every open element and returns the document's UTF-8 bytes. */
    public byte[] finish() {
        try {
            while (!open.isEmpty()) {
                end();
            }
            out.writeEndDocument();
            out.writeCharacters("\n");
            out.flush();
            out.close();
        } catch (XMLStreamException e) {
            throw failure(e);
        }
        return bytes.toByteArray();
    }

    private static String checked(String value) {
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            if (!isXmlChar(cp)) {
                throw new ExportException(String.format(
                        "character U+%04X cannot appear in XML (in \"%s\")",
                        cp, Printable.escape(value.length() > 40 ? value.substring(0, 40) + "…" : value)));
            }
            i += Character.charCount(cp);
        }
        return value;
    }

    /** The XML 1.0 Char production. */
    private static boolean isXmlChar(int cp) {
        return cp == 0x9
                || cp == 0xA
                || cp == 0xD
                || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    private static ExportException failure(XMLStreamException e) {
        return new ExportException("could not write XML: " + e.getMessage(), e);
    }
}

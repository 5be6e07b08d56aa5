package io.mirsad.pdf.internal.write;

import io.mirsad.digest.Metadata;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The XMP packet of an edition, the typesetter's or the html engine's: Dublin Core, XMP basic and Adobe PDF properties saying what the document
 * information says, and for an archival edition the PDF/A and PDF/UA identification with the extension
 * schema PDF/A asks for the PDF/UA one.
 *
 * <p>Written with StAX rather than xmpbox: xmpbox serialises through JAXP's XSLT transformer, whose
 * start-up (some 300 classes and every charset) was a fifth of the classes a cold PDF export loads.
 */
final class XmpPacket {
    private static final String X = "adobe:ns:meta/";
    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String XMP = "http://ns.adobe.com/xap/1.0/";
    private static final String PDF = "http://ns.adobe.com/pdf/1.3/";
    private static final String PDFAID = "http://www.aiim.org/pdfa/ns/id/";
    private static final String PDFUAID = "http://www.aiim.org/pdfua/ns/id/";
    private static final String EXTENSION = "http://www.aiim.org/pdfa/ns/extension/";
    private static final String SCHEMA = "http://www.aiim.org/pdfa/ns/schema#";
    private static final String PROPERTY = "http://www.aiim.org/pdfa/ns/property#";

    private final XMLStreamWriter w;

    private XmpPacket(XMLStreamWriter w) {
        this.w = w;
    }

    /**
     * The packet, UTF-8.
     *
     * @param authors  the authors joined as the document information gives them (PDF/A wants the two to
     *     agree), or {@code null} for none
     * @param keywords the keywords joined likewise, or {@code null}
     * @param producer the information's {@code /Producer}
     */
    static byte[] write(Metadata m, String authors, String keywords, String producer, boolean archival)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            new XmpPacket(w).packet(m, authors, keywords, producer, archival);
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write XMP metadata", e);
        }
        return out.toByteArray();
    }

    private void packet(Metadata m, String authors, String keywords, String producer, boolean archival)
            throws XMLStreamException {
        w.writeProcessingInstruction("xpacket", "begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"");
        w.writeStartElement("x", "xmpmeta", X);
        w.writeNamespace("x", X);
        w.writeStartElement("rdf", "RDF", RDF);
        w.writeNamespace("rdf", RDF);
        // Midnight UTC of the publication date, as the document information's dates.
        String date = m.published() == null ? null : m.published() + "T00:00:00Z";

        description("dc", DC);
        array("dc", DC, "title", "Alt", List.of(m.title()));
        if (authors != null) {
            array("dc", DC, "creator", "Seq", List.of(authors));
        }
        array("dc", DC, "language", "Bag", List.of(m.language()));
        if (m.description() != null) {
            array("dc", DC, "description", "Alt", List.of(m.description()));
        }
        if (!m.keywords().isEmpty()) {
            array("dc", DC, "subject", "Bag", m.keywords());
        }
        if (date != null) {
            array("dc", DC, "date", "Seq", List.of(date));
        }
        w.writeEndElement();

        description("xmp", XMP);
        property("xmp", XMP, "CreatorTool", "Mirsad");
        if (date != null) {
            for (String name : List.of("CreateDate", "ModifyDate", "MetadataDate")) {
                property("xmp", XMP, name, date);
            }
        }
        w.writeEndElement();

        description("pdf", PDF);
        property("pdf", PDF, "Producer", producer);
        if (keywords != null) {
            property("pdf", PDF, "Keywords", keywords);
        }
        w.writeEndElement();

        if (archival) {
            description("pdfaid", PDFAID);
            property("pdfaid", PDFAID, "part", "3");
            property("pdfaid", PDFAID, "conformance", "A");
            w.writeEndElement();
            description("pdfuaid", PDFUAID);
            property("pdfuaid", PDFUAID, "part", "1");
            w.writeEndElement();
            pdfuaExtensionSchema();
        }
        w.writeEndElement();
        w.writeEndElement();
        w.writeProcessingInstruction("xpacket", "end=\"w\"");
    }

    /** PDF/A accepts only the schemas it knows; PDF/UA's identification is declared as an extension. */
    private void pdfuaExtensionSchema() throws XMLStreamException {
        description("pdfaExtension", EXTENSION);
        w.writeNamespace("pdfaSchema", SCHEMA);
        w.writeNamespace("pdfaProperty", PROPERTY);
        w.writeStartElement("pdfaExtension", "schemas", EXTENSION);
        w.writeStartElement("rdf", "Bag", RDF);
        resource();
        property("pdfaSchema", SCHEMA, "schema", "PDF/UA identification schema");
        property("pdfaSchema", SCHEMA, "namespaceURI", PDFUAID);
        property("pdfaSchema", SCHEMA, "prefix", "pdfuaid");
        w.writeStartElement("pdfaSchema", "property", SCHEMA);
        w.writeStartElement("rdf", "Seq", RDF);
        resource();
        property("pdfaProperty", PROPERTY, "name", "part");
        property("pdfaProperty", PROPERTY, "valueType", "Integer");
        property("pdfaProperty", PROPERTY, "category", "internal");
        property("pdfaProperty", PROPERTY, "description", "The part of ISO 14289 (PDF/UA) the file conforms to");
        for (int i = 0; i < 6; i++) { // rdf:li, rdf:Seq, pdfaSchema:property, rdf:li, rdf:Bag, pdfaExtension:schemas
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private void description(String prefix, String namespace) throws XMLStreamException {
        w.writeStartElement("rdf", "Description", RDF);
        w.writeNamespace(prefix, namespace);
        w.writeAttribute("rdf", RDF, "about", "");
    }

    /** A list item that is a structure of properties ({@code rdf:parseType="Resource"}). */
    private void resource() throws XMLStreamException {
        w.writeStartElement("rdf", "li", RDF);
        w.writeAttribute("rdf", RDF, "parseType", "Resource");
    }

    private void property(String prefix, String namespace, String name, String value) throws XMLStreamException {
        w.writeStartElement(prefix, name, namespace);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    /** An ordered ({@code Seq}), unordered ({@code Bag}) or language-alternative ({@code Alt}) array. */
    private void array(String prefix, String namespace, String name, String kind, List<String> values)
            throws XMLStreamException {
        w.writeStartElement(prefix, name, namespace);
        w.writeStartElement("rdf", kind, RDF);
        for (String value : values) {
            w.writeStartElement("rdf", "li", RDF);
            if (kind.equals("Alt")) {
                w.writeAttribute("xml", XML, "lang", "x-default");
            }
            w.writeCharacters(value);
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
    }
}

package io.mirsad.pdf.html.internal;

import io.mirsad.digest.Digest;
import io.mirsad.digest.Metadata;
import io.mirsad.digest.text.DigestDates;
import io.mirsad.digest.text.DigitStyle;
import io.mirsad.export.ExportException;
import io.mirsad.pdf.internal.write.DocumentMetadata;
import io.mirsad.xhtml.Chapter;
import io.mirsad.xhtml.ChapterWriter;
import io.mirsad.xhtml.Endnotes;
import io.mirsad.xhtml.EndnotesWriter;
import io.mirsad.xhtml.FigureImages;
import io.mirsad.xhtml.TitlePageWriter;
import io.mirsad.xhtml.XhtmlDocument;
import io.mirsad.xhtml.xml.Namespace;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The edition as one XHTML document for print, made of the shared renderer's documents: the title page,
 * every section (one chapter holding them all) and the notes and sources, their bodies joined in that
 * order. What print adds wraps or precedes that markup, never replaces it: a running header element for
 * the page margins, the body in a {@code div} the style sheet may set in columns, the notes and sources in
 * a {@code div} that starts a page, and the document metadata OpenHTMLtoPDF copies into the PDF.
 */
final class PrintDocument {
    /** Links inside one document: note references and back links are bare fragments. */
    private static final String HERE = "";
    /** Where the figures' pictures are found; the user agent serves this scheme from the digest. */
    static final String IMAGES = "images/";

    private PrintDocument() {}

    /** The print document of {@code digest}; {@code figures} must be the digest's, named under {@link #IMAGES}. */
    static Document of(Digest digest, FigureImages figures, DigitStyle digits, String css, String userCssUri) {
        Metadata m = digest.metadata();
        XhtmlDocument frame = new XhtmlDocument(m.language(), m.direction(), null);
        Document doc = parse(new TitlePageWriter(frame, digits).write(m));
        Endnotes endnotes = new Endnotes(HERE);
        List<Integer> all = IntStream.range(0, digest.sections().size()).boxed().toList();
        Document chapter = parse(new ChapterWriter(frame, digest, endnotes, figures, digits)
                .write(new Chapter(HERE, "edition", m.title(), all)));
        Element body = body(doc);

        Element header = xhtml(doc, "div");
        header.setAttribute("class", "running-header");
        header.setTextContent(runningHeader(m, digits));
        body.insertBefore(header, body.getFirstChild());

        Element edition = xhtml(doc, "div");
        edition.setAttribute("class", "edition-body");
        for (Node n : children(body(chapter))) {
            // The title page already carries the title as the one h1; sections stay h2 beneath it.
            boolean editionTitle = n instanceof Element e && "edition-title".equals(e.getAttribute("class"));
            if (!editionTitle) {
                edition.appendChild(doc.importNode(n, true));
            }
        }
        body.appendChild(edition);

        if (!digest.sources().isEmpty()) {
            Document notes = parse(new EndnotesWriter(frame, digest, digits).write(endnotes));
            Element back = xhtml(doc, "div");
            back.setAttribute("class", "back-matter");
            for (Node n : children(body(notes))) {
                back.appendChild(doc.importNode(n, true));
            }
            body.appendChild(back);
        }
        head(doc, m, css, userCssUri);
        return doc;
    }

    /** The header of pages after the first, as in the typesetter's edition: series (or title) and date. */
    private static String runningHeader(Metadata m, DigitStyle digits) {
        String label = m.series() != null && !m.series().isBlank() ? m.series() : m.title();
        return m.published() == null
                ? label
                : label + " · " + DigestDates.gregorian(m.published(), m.language(), digits);
    }

    /** Replaces the EPUB's style sheet link with the print style, then the user's sheet, and adds metadata. */
    private static void head(Document doc, Metadata m, String css, String userCssUri) {
        Element head = (Element)
                doc.getElementsByTagNameNS(Namespace.XHTML.uri(), "head").item(0);
        for (Node n : children(head)) {
            if (n instanceof Element e && e.getLocalName().equals("link")) {
                head.removeChild(e);
            }
        }
        meta(doc, head, "author", DocumentMetadata.authors(m));
        meta(doc, head, "subject", m.description());
        meta(doc, head, "keywords", DocumentMetadata.keywords(m));
        Element style = xhtml(doc, "style");
        style.setAttribute("type", "text/css");
        style.setTextContent(css);
        head.appendChild(style);
        if (userCssUri != null) {
            Element link = xhtml(doc, "link");
            link.setAttribute("rel", "stylesheet");
            link.setAttribute("type", "text/css");
            link.setAttribute("href", userCssUri);
            head.appendChild(link);
        }
    }

    private static void meta(Document doc, Element head, String name, String content) {
        if (content != null && !content.isBlank()) {
            Element meta = xhtml(doc, "meta");
            meta.setAttribute("name", name);
            meta.setAttribute("content", content);
            head.appendChild(meta);
        }
    }

    private static Element xhtml(Document doc, String name) {
        return doc.createElementNS(Namespace.XHTML.uri(), name);
    }

    private static Element body(Document doc) {
        return (Element)
                doc.getElementsByTagNameNS(Namespace.XHTML.uri(), "body").item(0);
    }

    private static List<Node> children(Node parent) {
        List<Node> nodes = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            nodes.add(n);
        }
        return nodes;
    }

    private static Document parse(byte[] xhtml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            // The renderer's own output, parsed back: no DTDs, no entities, nothing fetched.
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            return b.parse(new ByteArrayInputStream(xhtml));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new ExportException("cannot read back the edition's XHTML: " + e.getMessage(), e);
        }
    }
}

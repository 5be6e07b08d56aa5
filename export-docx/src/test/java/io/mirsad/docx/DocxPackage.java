package io.mirsad.docx;

import io.mirsad.digest.Digest;
import io.mirsad.digest.json.DigestJson;
import io.mirsad.export.ExportOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Test support: an exported DOCX opened as its zip entries, with XPath over its XML parts. */
final class DocxPackage {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final Path SAMPLE = Path.of("../examples/sample/observatory.json");

    final byte[] bytes;
    final Map<String, byte[]> entries = new LinkedHashMap<>();
    private final Map<String, Document> doms = new LinkedHashMap<>();

    DocxPackage(byte[] bytes) {
        this.bytes = bytes;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Digest sample() {
        try {
            return DigestJson.read(Files.newInputStream(SAMPLE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] export(DocxExporter exporter, Digest digest, ExportOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            exporter.export(digest, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static DocxPackage of(DocxExporter exporter, Digest digest, ExportOptions options) {
        return new DocxPackage(export(exporter, digest, options));
    }

    static DocxPackage sampleDefaults() {
        return of(new DocxExporter(), sample(), ExportOptions.defaults());
    }

    byte[] part(String name) {
        byte[] b = entries.get(name);
        if (b == null) {
            throw new AssertionError("no part " + name + " in " + entries.keySet());
        }
        return b;
    }

    Document dom(String name) {
        return doms.computeIfAbsent(name, n -> {
            try {
                DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                f.setNamespaceAware(true);
                return f.newDocumentBuilder().parse(new ByteArrayInputStream(part(n)));
            } catch (Exception e) {
                throw new AssertionError("cannot parse " + n, e);
            }
        });
    }

    List<Element> nodes(String name, String xpath) {
        try {
            NodeList list = (NodeList) xpath().evaluate(xpath, dom(name), XPathConstants.NODESET);
            List<Element> out = new ArrayList<>();
            for (int i = 0; i < list.getLength(); i++) {
                out.add((Element) list.item(i));
            }
            return out;
        } catch (XPathExpressionException e) {
            throw new AssertionError(xpath, e);
        }
    }

    String string(String name, String xpath) {
        try {
            return xpath().evaluate(xpath, dom(name));
        } catch (XPathExpressionException e) {
            throw new AssertionError(xpath, e);
        }
    }

    static String string(Element context, String xpath) {
        try {
            return xpath().evaluate(xpath, context);
        } catch (XPathExpressionException e) {
            throw new AssertionError(xpath, e);
        }
    }

    static List<Element> nodes(Element context, String xpath) {
        try {
            NodeList list = (NodeList) xpath().evaluate(xpath, context, XPathConstants.NODESET);
            List<Element> out = new ArrayList<>();
            for (int i = 0; i < list.getLength(); i++) {
                out.add((Element) list.item(i));
            }
            return out;
        } catch (XPathExpressionException e) {
            throw new AssertionError(xpath, e);
        }
    }

    private static XPath xpath() {
        XPath x = XPathFactory.newInstance().newXPath();
        x.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                switch (prefix) {
                    case "w":
                        return W;
                    case "r":
                        return "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
                    case "rel":
                        return "http://schemas.openxmlformats.org/package/2006/relationships";
                    case "ct":
                        return "http://schemas.openxmlformats.org/package/2006/content-types";
                    case "cp":
                        return "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
                    case "dc":
                        return "http://purl.org/dc/elements/1.1/";
                    case "dcterms":
                        return "http://purl.org/dc/terms/";
                    default:
                        return XMLConstants.NULL_NS_URI;
                }
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public java.util.Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
        return x;
    }
}

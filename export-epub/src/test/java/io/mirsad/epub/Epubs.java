package io.mirsad.epub;

import io.mirsad.digest.Digest;
import io.mirsad.digest.json.DigestJson;
import io.mirsad.export.ExportOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Test helpers: the digests under test, exporting them, and reading an EPUB's parts back. */
final class Epubs {
    static final String OPF_NS = "http://www.idpf.org/2007/opf";
    static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    static final String EPUB_NS = "http://www.idpf.org/2007/ops";
    static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    /** The sample and this module's fixtures, by short name. */
    static final Map<String, Path> DIGESTS = Map.of(
            "observatory", Path.of("../examples/sample/observatory.json"),
            "roundup-en", Path.of("../examples/sample/roundup-en.json"),
            "water", Path.of("src/test/resources/fixtures/water.json"),
            "digital", Path.of("src/test/resources/fixtures/digital.json"),
            "gulf-ltr", Path.of("src/test/resources/fixtures/gulf-ltr.json"));

    private Epubs() {}

    static Digest digest(String name) {
        try (InputStream in = Files.newInputStream(DIGESTS.get(name))) {
            return DigestJson.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] export(EpubExporter exporter, Digest digest, ExportOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            exporter.export(digest, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Book read(byte[] epub) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        Map<String, ZipEntry> meta = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub), StandardCharsets.UTF_8)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
                meta.put(e.getName(), e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Book(entries, meta);
    }

    static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            DocumentBuilder b = f.newDocumentBuilder();
            return b.parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new AssertionError(
                    "not well-formed XML: " + e.getMessage() + "\n" + new String(xml, StandardCharsets.UTF_8), e);
        }
    }

    static List<Element> elements(Document doc, String ns, String localName) {
        NodeList nodes = doc.getElementsByTagNameNS(ns, localName);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    /** An exported EPUB's zip entries, in container order. */
    record Book(Map<String, byte[]> entries, Map<String, ZipEntry> zipEntries) {
        byte[] bytes(String path) {
            byte[] b = entries.get(path);
            if (b == null) {
                throw new AssertionError("no entry " + path + " in " + entries.keySet());
            }
            return b;
        }

        String text(String path) {
            return new String(bytes(path), StandardCharsets.UTF_8);
        }

        Document xml(String path) {
            return parse(bytes(path));
        }

        Document opf() {
            return xml("OEBPS/package.opf");
        }

        /** The paths (from the container root) of the spine's documents, in reading order. */
        List<String> spine() {
            Document opf = opf();
            Map<String, String> hrefs = new LinkedHashMap<>();
            for (Element item : elements(opf, OPF_NS, "item")) {
                hrefs.put(item.getAttribute("id"), item.getAttribute("href"));
            }
            List<String> paths = new ArrayList<>();
            for (Element ref : elements(opf, OPF_NS, "itemref")) {
                paths.add("OEBPS/" + hrefs.get(ref.getAttribute("idref")));
            }
            return paths;
        }
    }
}

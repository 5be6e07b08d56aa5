package io.mirsad.xhtml.xml;

/** The XML namespaces an EPUB 3 package uses, with the prefixes it writes them under. */
public enum Namespace {
    XML("xml", "http://www.w3.org/XML/1998/namespace"),
    XHTML("html", "http://www.w3.org/1999/xhtml"),
    EPUB("epub", "http://www.idpf.org/2007/ops"),
    OPF("opf", "http://www.idpf.org/2007/opf"),
    DC("dc", "http://purl.org/dc/elements/1.1/"),
    NCX("ncx", "http://www.daisy.org/z3986/2005/ncx/"),
    CONTAINER("container", "urn:oasis:names:tc:opendocument:xmlns:container");

    private final String prefix;
    private final String uri;

    Namespace(String prefix, String uri) {
        this.prefix = prefix;
        this.uri = uri;
    }

    public String prefix() {
        return prefix;
    }

    public String uri() {
        return uri;
    }
}

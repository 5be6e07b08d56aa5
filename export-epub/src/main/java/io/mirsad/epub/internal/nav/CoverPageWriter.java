package io.mirsad.epub.internal.nav;

import io.mirsad.xhtml.XhtmlDocument;
import io.mirsad.xhtml.xml.Namespace;
import io.mirsad.xhtml.xml.XmlWriter;

/** Writes the cover page: the cover image alone, described for readers who cannot see it. */
public final class CoverPageWriter {
    private final XhtmlDocument doc;

    public CoverPageWriter(XhtmlDocument doc) {
        this.doc = doc;
    }

    /** A page showing the image at {@code imageHref}, for the book titled {@code title}. */
    public byte[] write(String imageHref, String title) {
        XmlWriter x = doc.open(doc.labels().cover(), null);
        x.start("section")
                .attr("class", "cover")
                .attr(Namespace.EPUB, "type", "cover")
                .newline();
        x.empty("img")
                .attr("src", imageHref)
                .attr("alt", doc.labels().coverAlt() + title)
                .newline();
        return x.finish();
    }
}

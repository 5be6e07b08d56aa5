package io.mirsad.epub.internal.xhtml;

import io.mirsad.epub.internal.xml.Namespace;
import io.mirsad.epub.internal.xml.XmlWriter;

/** Writes the cover page: the cover image alone, described for readers who cannot see it. */
public final class CoverPageWriter {
    private final XhtmlDocument doc;

    public CoverPageWriter(XhtmlDocument doc) {
        this.doc = doc;
    }

    /** A page showing the image at {@code imageHref}, for the book titled {@code title}. */
    public byte[] write(String imageHref, String title) {
        XmlWriter x = doc.open(Labels.COVER, null);
        x.start("section").attr("class", "cover").attr(Namespace.EPUB, "type", "cover").newline();
        x.empty("img").attr("src", imageHref).attr("alt", Labels.COVER_ALT + title).newline();
        return x.finish();
    }
}

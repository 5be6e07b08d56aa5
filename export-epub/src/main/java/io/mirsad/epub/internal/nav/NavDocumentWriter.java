package io.mirsad.epub.internal.nav;

import io.documentnode.epub4j.domain.TOCReference;
import io.documentnode.epub4j.domain.TableOfContents;
import io.mirsad.xhtml.TextWriter;
import io.mirsad.xhtml.XhtmlDocument;
import io.mirsad.xhtml.xml.Namespace;
import io.mirsad.xhtml.xml.XmlWriter;
import java.util.List;

/**
 * Writes the EPUB 3 navigation document: the table of contents from the book model, and the
 * landmarks (cover, title page, contents, start of the text, notes) reading systems jump to.
 */
public final class NavDocumentWriter {

    /**
     * One landmark.
     *
     * @param type  its {@code epub:type}, e.g. {@code bodymatter}
     * @param href  where it points
     * @param label what a reader sees
     */
    public record Landmark(String type, String href, String label) {}

    private final XhtmlDocument doc;

    public NavDocumentWriter(XhtmlDocument doc) {
        this.doc = doc;
    }

    public byte[] write(TableOfContents toc, List<Landmark> landmarks) {
        XmlWriter x = doc.open(doc.labels().contents(), null);
        TextWriter text = new TextWriter(x, doc.direction());
        x.start("nav")
                .attr(Namespace.EPUB, "type", "toc")
                .attr("id", "toc")
                .attr("role", "doc-toc")
                .attr("aria-labelledby", "toc-title")
                .newline();
        x.start("h1")
                .attr("id", "toc-title")
                .text(doc.labels().contents())
                .end()
                .newline();
        entries(x, text, toc.getTocReferences());
        x.end().newline();

        // Landmarks serve the reading system's menus, not the page: hidden from the reading order.
        x.start("nav")
                .attr(Namespace.EPUB, "type", "landmarks")
                .attr("id", "landmarks")
                .attr("aria-labelledby", "landmarks-title")
                .attr("hidden", "hidden")
                .newline();
        x.start("h2")
                .attr("id", "landmarks-title")
                .text(doc.labels().landmarks())
                .end()
                .newline();
        x.start("ol").newline();
        for (Landmark landmark : landmarks) {
            x.start("li")
                    .start("a")
                    .attr(Namespace.EPUB, "type", landmark.type())
                    .attr("href", landmark.href())
                    .text(landmark.label())
                    .end()
                    .end()
                    .newline();
        }
        x.end().newline();
        x.end().newline();
        return x.finish();
    }

    private static void entries(XmlWriter x, TextWriter text, List<TOCReference> refs) {
        x.start("ol").newline();
        for (TOCReference ref : refs) {
            x.start("li").start("a").attr("href", ref.getCompleteHref());
            text.text(ref.getTitle());
            x.end();
            if (!ref.getChildren().isEmpty()) {
                entries(x, text, ref.getChildren());
            }
            x.end().newline();
        }
        x.end().newline();
    }
}

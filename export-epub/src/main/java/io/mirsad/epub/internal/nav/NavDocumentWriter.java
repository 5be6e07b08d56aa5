package io.mirsad.epub.internal.nav;

import io.documentnode.epub4j.domain.TOCReference;
import io.documentnode.epub4j.domain.TableOfContents;
import io.mirsad.digest.Metadata;
import io.mirsad.xhtml.TextWriter;
import io.mirsad.xhtml.XhtmlDocument;
import io.mirsad.xhtml.xml.Namespace;
import io.mirsad.xhtml.xml.XmlWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
        return write(toc, landmarks, Map.of());
    }

    /**
     * As {@link #write(TableOfContents, List)}, the links of the entries in {@code parts} (a volume's
     * digests) and of those under them marked with their digest's language and direction where it is not
     * the book's: an English digest's title keeps its order in an Arabic volume's contents. An entry under a
     * part may be mapped to the book's own metadata (a label in the book's language).
     */
    public byte[] write(TableOfContents toc, List<Landmark> landmarks, Map<TOCReference, Metadata> parts) {
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
        entries(x, text, toc.getTocReferences(), parts, null);
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

    /** The entries {@code refs}, in the part {@code partOf} (the book itself if {@code null}). */
    private void entries(
            XmlWriter x, TextWriter text, List<TOCReference> refs, Map<TOCReference, Metadata> parts, Metadata partOf) {
        x.start("ol").newline();
        for (TOCReference ref : refs) {
            Metadata part = parts.getOrDefault(ref, partOf);
            x.start("li").start("a").attr("href", ref.getCompleteHref());
            if (part != null && !part.language().equals(doc.language())) {
                // dir on the link isolates the title in its own direction; the list keeps the book's
                x.attr("lang", part.language())
                        .attr(Namespace.XML, "lang", part.language())
                        .attr("dir", part.direction().name().toLowerCase(Locale.ROOT));
                new TextWriter(x, part.direction()).text(ref.getTitle());
            } else {
                text.text(ref.getTitle());
            }
            x.end();
            if (!ref.getChildren().isEmpty()) {
                entries(x, text, ref.getChildren(), parts, part);
            }
            x.end().newline();
        }
        x.end().newline();
    }
}

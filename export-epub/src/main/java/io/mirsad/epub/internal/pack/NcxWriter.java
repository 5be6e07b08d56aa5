package io.mirsad.epub.internal.pack;

import io.documentnode.epub4j.domain.TOCReference;
import io.documentnode.epub4j.domain.TableOfContents;
import io.mirsad.digest.Metadata;
import io.mirsad.xhtml.xml.Namespace;
import io.mirsad.xhtml.xml.XmlWriter;
import java.util.List;

/**
 * Writes the legacy NCX table of contents for EPUB 2 reading systems, from the same book model as the
 * navigation document. Unlike epub4j's own NCX writer it gives {@code dtb:uid} the package's unique
 * identifier (readers match the two) and writes the byline as given rather than "last, first".
 */
public final class NcxWriter {
    private NcxWriter() {}

    public static byte[] write(TableOfContents toc, Metadata m, String identifier) {
        XmlWriter x = XmlWriter.create();
        x.start("ncx")
                .defaultNamespace(Namespace.NCX.uri())
                .attr("version", "2005-1")
                .attr(Namespace.XML, "lang", m.language())
                .newline();
        x.start("head").newline();
        meta(x, "dtb:uid", identifier);
        meta(x, "dtb:depth", Integer.toString(Math.max(1, toc.calculateDepth())));
        meta(x, "dtb:totalPageCount", "0");
        meta(x, "dtb:maxPageNumber", "0");
        x.end().newline();
        x.start("docTitle").element("text", m.title()).end().newline();
        for (String author : m.authors()) {
            x.start("docAuthor").element("text", author).end().newline();
        }
        x.start("navMap").newline();
        navPoints(x, toc.getTocReferences(), new int[] {0});
        x.end().newline();
        return x.finish();
    }

    private static void meta(XmlWriter x, String name, String content) {
        x.empty("meta").attr("name", name).attr("content", content).newline();
    }

    private static void navPoints(XmlWriter x, List<TOCReference> refs, int[] playOrder) {
        for (TOCReference ref : refs) {
            int order = ++playOrder[0];
            x.start("navPoint")
                    .attr("id", "navpoint-" + order)
                    .attr("playOrder", Integer.toString(order))
                    .newline();
            x.start("navLabel").element("text", ref.getTitle()).end().newline();
            x.empty("content").attr("src", ref.getCompleteHref()).newline();
            navPoints(x, ref.getChildren(), playOrder);
            x.end().newline();
        }
    }
}

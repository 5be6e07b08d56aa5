package io.mirsad.xhtml;

import io.mirsad.digest.Direction;
import io.mirsad.digest.text.EditionLabels;
import io.mirsad.xhtml.xml.Namespace;
import io.mirsad.xhtml.xml.XmlWriter;
import java.util.Locale;

/**
 * The frame every XHTML content document shares: the HTML5 doctype, a root carrying {@code lang},
 * {@code xml:lang} and {@code dir} (EPUB style sheets may not set {@code direction}), the title and the
 * style sheet link.
 *
 * @param language       the BCP 47 language of the text
 * @param direction      the base direction of the text
 * @param styleSheetHref the style sheet, relative to the content documents
 */
public record XhtmlDocument(String language, Direction direction, String styleSheetHref) {

    /** The value of the {@code dir} attribute for this document's base direction. */
    public String dir() {
        return direction.name().toLowerCase(Locale.ROOT);
    }

    /** The words the edition adds, in the document's language. */
    public EditionLabels labels() {
        return EditionLabels.forLanguage(language);
    }

    /** Opens a document up to and including {@code <body>}; {@code bodyType} is its {@code epub:type}, or null. */
    public XmlWriter open(String title, String bodyType) {
        XmlWriter x = XmlWriter.create().doctype("<!DOCTYPE html>");
        x.start("html")
                .defaultNamespace(Namespace.XHTML.uri())
                .namespace(Namespace.EPUB)
                .attr("lang", language)
                .attr(Namespace.XML, "lang", language)
                .attr("dir", dir())
                .newline();
        x.start("head").newline();
        x.empty("meta").attr("charset", "utf-8").newline();
        x.element("title", title).newline();
        x.empty("link")
                .attr("rel", "stylesheet")
                .attr("type", "text/css")
                .attr("href", styleSheetHref)
                .newline();
        x.end().newline();
        x.start("body").attr(Namespace.EPUB, "type", bodyType).newline();
        return x;
    }
}

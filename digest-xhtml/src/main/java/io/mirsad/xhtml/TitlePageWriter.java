package io.mirsad.xhtml;

import io.mirsad.digest.Metadata;
import io.mirsad.digest.text.DigestDates;
import io.mirsad.digest.text.DigitStyle;
import io.mirsad.xhtml.xml.Namespace;
import io.mirsad.xhtml.xml.XmlWriter;

/** Writes the title page: series, title, subtitle, byline, dates (Gregorian and Hijri), publisher, rights. */
public final class TitlePageWriter {
    private final XhtmlDocument doc;
    private final DigitStyle digits;

    public TitlePageWriter(XhtmlDocument doc, DigitStyle digits) {
        this.doc = doc;
        this.digits = digits;
    }

    /** The title page of a digest with metadata {@code m}. */
    public byte[] write(Metadata m) {
        XmlWriter x = doc.open(m.title(), "frontmatter");
        TextWriter text = new TextWriter(x, doc.direction());
        x.start("section")
                .attr("class", "titlepage")
                .attr(Namespace.EPUB, "type", "titlepage")
                .newline();
        line(x, text, "p", "series", m.series());
        line(x, text, "h1", "title", m.title());
        line(x, text, "p", "subtitle", m.subtitle());
        if (!m.authors().isEmpty()) {
            line(x, text, "p", "authors", String.join(doc.labels().listSeparator(), m.authors()));
        }
        if (m.published() != null) {
            x.start("p").attr("class", "date");
            x.start("time")
                    .attr("datetime", m.published().toString())
                    .text(DigestDates.gregorian(m.published(), m.language(), digits))
                    .end();
            if (doc.labels().showsHijri()) {
                x.empty("br");
                x.text(DigestDates.hijri(m.published(), m.language(), digits));
            }
            x.end().newline();
        }
        line(x, text, "p", "publisher", m.publisher());
        line(x, text, "p", "description", m.description());
        line(x, text, "p", "rights", m.rights());
        return x.finish();
    }

    private static void line(XmlWriter x, TextWriter text, String element, String cls, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        x.start(element).attr("class", cls);
        text.text(value);
        x.end().newline();
    }
}

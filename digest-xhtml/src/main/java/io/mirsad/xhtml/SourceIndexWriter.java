package io.mirsad.xhtml;

import io.mirsad.digest.Source;
import io.mirsad.digest.text.DigitStyle;
import io.mirsad.export.SourceIndex;
import io.mirsad.xhtml.xml.Namespace;
import io.mirsad.xhtml.xml.XmlWriter;
import java.util.List;

/**
 * Writes a volume's index of sources: every source of every digest once, with links to the digests that
 * cite it, numbered as in the table of contents, with labels in the volume's language.
 */
public final class SourceIndexWriter {
    private final XhtmlDocument doc;
    private final DigitStyle digits;

    public SourceIndexWriter(XhtmlDocument doc, DigitStyle digits) {
        this.doc = doc;
        this.digits = digits;
    }

    /**
     * The index document: every source, with links to the parts that cite it.
     *
     * @param partHrefs  the title page of each part, by part number
     * @param partTitles the title of each part, by part number
     */
    public byte[] write(List<SourceIndex.Entry> entries, List<String> partHrefs, List<String> partTitles) {
        String title = doc.labels().sourceIndex();
        XmlWriter x = doc.open(title, "backmatter");
        TextWriter text = new TextWriter(x, doc.direction());
        x.start("section")
                .attr("id", "index")
                .attr(Namespace.EPUB, "type", "index")
                .attr("role", "doc-index")
                .attr("aria-labelledby", "index-title")
                .newline();
        x.start("h1").attr("id", "index-title").text(title).end().newline();
        if (entries.isEmpty()) {
            x.start("p").text(doc.labels().noSources()).end().newline();
        } else {
            x.start("ul").attr("class", "sources").newline();
            for (SourceIndex.Entry e : entries) {
                entry(x, text, e, partHrefs, partTitles);
            }
            x.end().newline();
        }
        x.end().newline();
        return x.finish();
    }

    private void entry(XmlWriter x, TextWriter text, SourceIndex.Entry e, List<String> hrefs, List<String> titles) {
        Source s = e.source();
        x.start("li");
        x.start("span").attr("class", "source-name");
        text.text(s.name());
        x.end();
        if (s.nameLatin() != null && !s.nameLatin().isBlank()) {
            x.text(" — ");
            text.english(s.nameLatin());
        }
        if (s.url() != null && !s.url().isBlank()) {
            x.newline().empty("br");
            text.url(s.url());
        }
        x.newline().empty("br");
        x.text(doc.labels().citedIn());
        for (int i = 0; i < e.parts().size(); i++) {
            int part = e.parts().get(i);
            if (i > 0) {
                x.text(doc.labels().listSeparator());
            }
            x.start("a")
                    .attr("href", hrefs.get(part))
                    .attr("title", titles.get(part))
                    .text(digits.apply(Integer.toString(part + 1)))
                    .end();
        }
        x.end().newline();
    }
}

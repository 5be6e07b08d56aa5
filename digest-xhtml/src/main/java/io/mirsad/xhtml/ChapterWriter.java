package io.mirsad.xhtml;

import io.mirsad.digest.Block;
import io.mirsad.digest.Digest;
import io.mirsad.digest.Inline;
import io.mirsad.digest.Section;
import io.mirsad.digest.SectionKind;
import io.mirsad.digest.Source;
import io.mirsad.digest.text.DigitStyle;
import io.mirsad.xhtml.xml.Namespace;
import io.mirsad.xhtml.xml.XmlWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a body content document: each section as a {@code <section>} with its headline, paragraphs,
 * quotations ({@code blockquote} in a {@code figure} with the attribution as caption), lists and
 * figures, and a note reference at every point of attribution.
 */
public final class ChapterWriter {
    private final XhtmlDocument doc;
    private final Digest digest;
    private final Endnotes endnotes;
    private final FigureImages images;
    private final DigitStyle digits;

    public ChapterWriter(XhtmlDocument doc, Digest digest, Endnotes endnotes, FigureImages images, DigitStyle digits) {
        this.doc = doc;
        this.digest = digest;
        this.endnotes = endnotes;
        this.images = images;
        this.digits = digits;
    }

    /**
     * Writes {@code chapter}. A chapter holding one section heads it with {@code h1}; a chapter holding
     * several opens with the digest's title as {@code h1} and heads each section with {@code h2}.
     */
    public byte[] write(Chapter chapter) {
        boolean single = chapter.sections().size() == 1;
        XmlWriter x = doc.open(chapter.title(), "bodymatter");
        TextWriter text = new TextWriter(x, doc.direction(), endnotes, chapter.href(), digits);
        if (!single) {
            x.start("h1").attr("class", "edition-title");
            text.text(digest.metadata().title());
            x.end().newline();
        }
        for (int index : chapter.sections()) {
            section(x, text, index, single ? "h1" : "h2");
        }
        return x.finish();
    }

    private void section(XmlWriter x, TextWriter text, int index, String heading) {
        Section section = digest.sections().get(index);
        String anchor = Chapter.anchor(section, index);
        boolean intro = section.kind() == SectionKind.INTRODUCTION;
        boolean headed = section.headline() != null && !section.headline().isBlank();
        x.start("section")
                .attr("id", anchor)
                .attr("class", section.kind().jsonName())
                .attr(Namespace.EPUB, "type", intro ? "introduction" : "chapter")
                .attr("role", intro ? "doc-introduction" : "doc-chapter");
        if (headed) {
            x.attr("aria-labelledby", Chapter.headlineId(anchor)).newline();
            x.start(heading).attr("id", Chapter.headlineId(anchor));
            text.text(section.headline());
            x.end();
        } else {
            x.attr("aria-label", doc.labels().introduction());
        }
        x.newline();
        for (Block block : section.blocks()) {
            block(x, text, block);
            x.newline();
        }
        uncitedSources(x, text, section);
        x.end().newline();
    }

    private void block(XmlWriter x, TextWriter text, Block block) {
        if (block instanceof Block.Paragraph p) {
            x.start("p");
            text.runs(p.runs());
            x.end();
        } else if (block instanceof Block.Quote q) {
            boolean attributed = q.attribution() != null && !q.attribution().isBlank();
            if (attributed) {
                x.start("figure").attr("class", "quote");
            }
            x.start("blockquote").start("p");
            text.runs(q.runs());
            x.end().end();
            if (attributed) {
                x.start("figcaption");
                text.text("— " + q.attribution());
                x.end().end();
            }
        } else if (block instanceof Block.ListBlock l) {
            x.start(l.ordered() ? "ol" : "ul").newline();
            for (Block.Paragraph item : l.items()) {
                x.start("li");
                text.runs(item.runs());
                x.end().newline();
            }
            x.end();
        } else if (block instanceof Block.Figure f) {
            x.start("figure").newline();
            x.empty("img").attr("src", images.href(f)).attr("alt", f.alt()).newline();
            if (f.caption() != null && !f.caption().isBlank()) {
                x.start("figcaption");
                text.text(f.caption());
                x.end().newline();
            }
            x.end();
        }
    }

    /** Sources the section lists but never cites in its text get their note references in a closing line. */
    private void uncitedSources(XmlWriter x, TextWriter text, Section section) {
        Set<String> uncited = new LinkedHashSet<>(section.sources());
        uncited.removeAll(citedInText(section));
        if (uncited.isEmpty()) {
            return;
        }
        x.start("p").attr("class", "section-sources").text(doc.labels().sectionSources());
        boolean first = true;
        for (String id : uncited) {
            if (!first) {
                x.text(doc.labels().listSeparator());
            }
            first = false;
            text.text(digest.source(id).map(Source::name).orElse(id));
            text.noteRef(id);
        }
        x.end().newline();
    }

    private static Set<String> citedInText(Section section) {
        Set<String> ids = new LinkedHashSet<>();
        for (Block block : section.blocks()) {
            List<Inline> runs = List.of();
            if (block instanceof Block.Paragraph p) {
                runs = p.runs();
            } else if (block instanceof Block.Quote q) {
                runs = q.runs();
            } else if (block instanceof Block.ListBlock l) {
                runs = l.items().stream().flatMap(i -> i.runs().stream()).toList();
            }
            runs.stream()
                    .filter(Inline.SourceRef.class::isInstance)
                    .forEach(r -> ids.add(((Inline.SourceRef) r).sourceId()));
        }
        return ids;
    }
}

package io.mirsad.xhtml;

import io.mirsad.digest.Direction;
import io.mirsad.digest.Inline;
import io.mirsad.digest.Inlines;
import io.mirsad.digest.Urls;
import io.mirsad.digest.text.DigitStyle;
import io.mirsad.xhtml.xml.Namespace;
import io.mirsad.xhtml.xml.XmlWriter;
import java.util.List;

/**
 * Writes digest text into a content document: escaped by the XML writer, Latin runs inside
 * right-to-left text marked {@code dir="ltr" lang="en"}, and each {@link Inline.SourceRef} followed by
 * a numbered note reference.
 */
public final class TextWriter {
    private final XmlWriter x;
    private final boolean markLatin;
    private final Endnotes endnotes;
    private final String documentHref;
    private final DigitStyle digits;

    /** A writer for text without citations (title page, navigation). */
    public TextWriter(XmlWriter x, Direction base) {
        this(x, base, null, null, DigitStyle.WESTERN);
    }

    /** A writer whose source references become notes in {@code endnotes}, cited from {@code documentHref}. */
    public TextWriter(XmlWriter x, Direction base, Endnotes endnotes, String documentHref, DigitStyle digits) {
        this.x = x;
        this.markLatin = base == Direction.RTL;
        this.endnotes = endnotes;
        this.documentHref = documentHref;
        this.digits = digits;
    }

    /** A string of text with its Latin runs marked. */
    public void text(String text) {
        marked(text, 0, markLatin ? LatinRuns.in(text) : List.of());
    }

    /** A string that is wholly Latin-script English, such as a source's Latin name. */
    public void english(String text) {
        x.start("span").attr("dir", "ltr").attr("lang", "en").text(text).end();
    }

    /** A paragraph's runs; bidi is resolved over the whole paragraph, then cut at run boundaries. */
    public void runs(List<Inline> runs) {
        String plain = Inlines.plainText(runs);
        List<LatinRuns.Span> latin = markLatin ? LatinRuns.in(plain) : List.of();
        int offset = 0;
        for (Inline run : runs) {
            if (run instanceof Inline.Emphasis) {
                x.start("em");
                marked(run.text(), offset, latin);
                x.end();
            } else if (run instanceof Inline.Strong) {
                x.start("strong");
                marked(run.text(), offset, latin);
                x.end();
            } else if (run instanceof Inline.Link link && Urls.isLinkable(link.url())) {
                x.start("a").attr("href", link.url());
                marked(run.text(), offset, latin);
                x.end();
            } else if (run instanceof Inline.SourceRef ref) {
                marked(run.text(), offset, latin);
                noteRef(ref.sourceId());
            } else {
                marked(run.text(), offset, latin);
            }
            offset += run.text().length();
        }
    }

    /** A numbered reference to a new endnote citing {@code sourceId}. */
    public void noteRef(String sourceId) {
        if (endnotes == null) {
            throw new IllegalStateException("this document takes no citations");
        }
        Endnotes.Note note = endnotes.cite(sourceId, documentHref);
        x.start("a")
                .attr("id", note.refId())
                .attr("class", "noteref")
                .attr(Namespace.EPUB, "type", "noteref")
                .attr("role", "doc-noteref")
                .attr("href", endnotes.notesHref() + "#" + note.noteId())
                .text(digits.apply(Integer.toString(note.number())))
                .end();
    }

    /** A hyperlink showing its own address, set left to right. */
    public void url(String url) {
        if (Urls.isLinkable(url)) {
            x.start("a").attr("href", url).attr("dir", "ltr").text(url).end();
        } else {
            x.start("span").attr("dir", "ltr").text(url).end();
        }
    }

    /** Writes {@code text}, which starts at {@code offset} in its paragraph, wrapping the parts inside Latin spans. */
    private void marked(String text, int offset, List<LatinRuns.Span> latin) {
        int pos = 0;
        for (LatinRuns.Span span : latin) {
            int start = Math.max(span.start() - offset, pos);
            int limit = Math.min(span.limit() - offset, text.length());
            if (start >= limit) {
                continue;
            }
            if (start > pos) {
                x.text(text.substring(pos, start));
            }
            english(text.substring(start, limit));
            pos = limit;
        }
        if (pos < text.length()) {
            x.text(text.substring(pos));
        }
    }
}

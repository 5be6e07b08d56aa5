package io.mirsad.xhtml;

import io.mirsad.digest.Digest;
import io.mirsad.digest.Source;
import io.mirsad.digest.text.DigitStyle;
import io.mirsad.xhtml.xml.Namespace;
import io.mirsad.xhtml.xml.XmlWriter;
import java.util.List;

/**
 * Writes the back matter: the endnotes, one per citation with a link back to where it was cited,
 * then the list of sources (the sources label) the notes point into.
 */
public final class EndnotesWriter {
    private final XhtmlDocument doc;
    private final Digest digest;
    private final DigitStyle digits;

    public EndnotesWriter(XhtmlDocument doc, Digest digest, DigitStyle digits) {
        this.doc = doc;
        this.digest = digest;
        this.digits = digits;
    }

    /** Writes the notes document; call after every chapter has added its notes. */
    public byte[] write(Endnotes endnotes) {
        XmlWriter x = doc.open(doc.labels().notesAndSources(), "backmatter");
        TextWriter text = new TextWriter(x, doc.direction());
        List<Endnotes.Note> notes = endnotes.notes();
        if (!notes.isEmpty()) {
            x.start("section")
                    .attr("id", "notes")
                    .attr(Namespace.EPUB, "type", "endnotes")
                    .attr("role", "doc-endnotes")
                    .attr("aria-labelledby", "notes-title")
                    .newline();
            x.start("h1")
                    .attr("id", "notes-title")
                    .text(doc.labels().notes())
                    .end()
                    .newline();
            x.start("ol").attr("class", "endnotes").newline();
            for (Endnotes.Note note : notes) {
                note(x, text, note);
            }
            x.end().newline();
            x.end().newline();
        }
        x.start("section")
                .attr("id", "sources")
                .attr("class", "sources")
                .attr("aria-labelledby", "sources-title")
                .newline();
        x.start(notes.isEmpty() ? "h1" : "h2")
                .attr("id", "sources-title")
                .text(doc.labels().sources())
                .end()
                .newline();
        x.start("ul").newline();
        for (int i = 0; i < digest.sources().size(); i++) {
            source(x, text, i, digest.sources().get(i));
        }
        x.end().newline();
        x.end().newline();
        return x.finish();
    }

    private void note(XmlWriter x, TextWriter text, Endnotes.Note note) {
        String number = digits.apply(Integer.toString(note.number()));
        x.start("li")
                .attr("id", note.noteId())
                .attr(Namespace.EPUB, "type", "endnote")
                .start("p");
        x.start("a")
                .attr("class", "backlink")
                .attr("role", "doc-backlink")
                .attr("href", note.citingHref() + "#" + note.refId())
                .attr("aria-label", doc.labels().backToText() + number)
                .text(number)
                .end();
        x.text(" ");
        int index = sourceIndex(note.sourceId());
        Source source = digest.sources().get(index);
        x.start("a").attr("href", "#" + sourceAnchor(index));
        text.text(source.name());
        x.end();
        if (source.nameLatin() != null && !source.nameLatin().isBlank()) {
            // A dash, not brackets: Latin names often end in a bracketed acronym of their own.
            x.text(" — ");
            text.english(source.nameLatin());
        }
        x.end().end().newline();
    }

    private void source(XmlWriter x, TextWriter text, int index, Source source) {
        x.start("li").attr("id", sourceAnchor(index));
        x.start("span").attr("class", "source-name");
        text.text(source.name());
        x.end();
        if (source.nameLatin() != null && !source.nameLatin().isBlank()) {
            x.text(" — ");
            text.english(source.nameLatin());
        }
        if (source.url() != null && !source.url().isBlank()) {
            // The line break alone would glue name and address together in the document's text.
            x.newline().empty("br");
            text.url(source.url());
        }
        x.end().newline();
    }

    private int sourceIndex(String id) {
        for (int i = 0; i < digest.sources().size(); i++) {
            if (digest.sources().get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalStateException("unknown source '" + id + "'; the digest validates its citations");
    }

    private static String sourceAnchor(int index) {
        return "source-" + (index + 1);
    }
}

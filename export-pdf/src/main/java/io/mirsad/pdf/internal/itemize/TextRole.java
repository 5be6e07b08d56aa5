package io.mirsad.pdf.internal.itemize;

import java.util.Objects;

/**
 * What a stretch of a paragraph is in the document's logical structure, beyond being part of the
 * paragraph: a list label, a link, or a citation of a source. The write stage tags it accordingly.
 *
 * @param structureType the PDF structure type: {@code Lbl}, {@code Link} or {@code Reference}
 * @param target        where a link or reference leads: a URI, or {@code #} and a source id; else {@code null}
 * @param description   what a link says to a reader who cannot see it ({@code /Contents}); else {@code null}
 */
public record TextRole(String structureType, String target, String description) {
    /** The number or bullet of a list item. */
    public static final TextRole LABEL = new TextRole("Lbl", null, null);

    public TextRole {
        Objects.requireNonNull(structureType, "structureType");
    }

    /** A link to a web page or mail address. */
    public static TextRole link(String uri, String description) {
        return new TextRole("Link", uri, description);
    }

    /** A citation leading to the source's entry in the edition's list of sources. */
    public static TextRole reference(String sourceId, String description) {
        return new TextRole("Reference", "#" + sourceId, description);
    }

    /** Whether this role leads somewhere, and so needs a link annotation. */
    public boolean leads() {
        return target != null;
    }
}

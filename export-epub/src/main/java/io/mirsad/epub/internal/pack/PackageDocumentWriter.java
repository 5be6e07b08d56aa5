package io.mirsad.epub.internal.pack;

import io.documentnode.epub4j.domain.Book;
import io.documentnode.epub4j.domain.MediaTypes;
import io.documentnode.epub4j.domain.Resource;
import io.documentnode.epub4j.domain.SpineReference;
import io.mirsad.digest.Contributor;
import io.mirsad.digest.Direction;
import io.mirsad.digest.Metadata;
import io.mirsad.digest.text.BidiText;
import io.mirsad.digest.text.EditionLabels;
import io.mirsad.xhtml.xml.Namespace;
import io.mirsad.xhtml.xml.XmlWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Writes the EPUB 3 package document (OPF) around epub4j's book model, whose own writer only knows
 * EPUB 2: {@code version="3.0"} with {@code dir} and {@code xml:lang} on the root, Dublin Core metadata,
 * {@code dcterms:modified} from the digest, the EPUB Accessibility 1.1 metadata, a manifest with the
 * {@code nav} and {@code cover-image} properties, and a spine that progresses in the text's direction.
 */
public final class PackageDocumentWriter {
    /** The conformance claim the accessibility metadata makes. */
    public static final String CONFORMS_TO = "EPUB Accessibility 1.1 - WCAG 2.1 Level AA";

    /** Apple's vocabulary, for the one property that makes Apple Books use the embedded fonts. */
    private static final String IBOOKS_PREFIX =
            "ibooks: http://vocabulary.itunes.apple.com/rdf/ibooks/vocabulary-extensions-1.0/";

    private PackageDocumentWriter() {}

    /**
     * The package document of {@code book}.
     *
     * @param identifier the unique identifier, also the NCX's {@code dtb:uid}
     * @param modified   the {@code dcterms:modified} value, {@code CCYY-MM-DDThh:mm:ssZ}
     * @param nav        the navigation document among the book's resources
     */
    public static byte[] write(Book book, Metadata m, String identifier, String modified, Resource nav) {
        String dir = m.direction().name().toLowerCase(Locale.ROOT);
        XmlWriter x = XmlWriter.create();
        x.start("package")
                .defaultNamespace(Namespace.OPF.uri())
                .attr("version", "3.0")
                .attr("unique-identifier", "pub-id")
                .attr("prefix", IBOOKS_PREFIX)
                .attr(Namespace.XML, "lang", m.language())
                .attr("dir", dir)
                .newline();
        metadata(x, book, m, identifier, modified);
        manifest(x, book, nav);
        spine(x, book, dir);
        return x.finish();
    }

    private static void metadata(XmlWriter x, Book book, Metadata m, String identifier, String modified) {
        x.start("metadata").namespace(Namespace.DC).newline();
        x.start(Namespace.DC, "identifier")
                .attr("id", "pub-id")
                .text(identifier)
                .end()
                .newline();
        dc(x, m, "title", m.title(), "title");
        refine(x, "title", "title-type", "main");
        if (present(m.subtitle())) {
            dc(x, m, "title", m.subtitle(), "subtitle");
            refine(x, "subtitle", "title-type", "subtitle");
        }
        x.start(Namespace.DC, "language").text(m.language()).end().newline();
        for (int i = 0; i < m.authors().size(); i++) {
            credit(x, m, "creator", m.authors().get(i), "creator-" + (i + 1), "aut");
        }
        for (int i = 0; i < m.contributors().size(); i++) {
            Contributor c = m.contributors().get(i);
            credit(
                    x,
                    m,
                    "contributor",
                    c.name(),
                    "contributor-" + (i + 1),
                    c.role() == Contributor.Role.TRANSLATOR ? "trl" : "edt");
        }
        if (present(m.publisher())) {
            dc(x, m, "publisher", m.publisher(), null);
        }
        if (m.published() != null) {
            x.start(Namespace.DC, "date").text(m.published().toString()).end().newline();
        }
        if (present(m.rights())) {
            dc(x, m, "rights", m.rights(), null);
        }
        if (present(m.description())) {
            dc(x, m, "description", m.description(), null);
        }
        for (String keyword : m.keywords()) {
            dc(x, m, "subject", keyword, null);
        }
        if (present(m.series())) {
            x.start("meta")
                    .attr("property", "belongs-to-collection")
                    .attr("id", "series")
                    .text(m.series())
                    .end()
                    .newline();
            refine(x, "series", "collection-type", "series");
        }
        property(x, "dcterms:modified", modified);
        if (book.getCoverImage() != null) {
            // For EPUB 2 reading systems, which do not know the cover-image property.
            x.empty("meta")
                    .attr("name", "cover")
                    .attr("content", book.getCoverImage().getId())
                    .newline();
        }
        // Apple Books otherwise sets the text in its own fonts.
        property(x, "ibooks:specified-fonts", "true");
        accessibility(x, book, EditionLabels.forLanguage(m.language()));
        x.end().newline();
    }

    /** EPUB Accessibility 1.1: how the content can be perceived, what helps, and the conformance claim. */
    private static void accessibility(XmlWriter x, Book book, EditionLabels labels) {
        // The generated cover is an SVG image: a picture, as a bitmap is.
        boolean images = book.getResources().getAll().stream()
                .anyMatch(r -> MediaTypes.isBitmapImage(r.getMediaType()) || MediaTypes.SVG.equals(r.getMediaType()));
        property(x, "schema:accessMode", "textual");
        if (images) {
            property(x, "schema:accessMode", "visual");
        }
        property(x, "schema:accessModeSufficient", "textual");
        for (String feature :
                List.of("structuralNavigation", "tableOfContents", "readingOrder", "displayTransformability")) {
            property(x, "schema:accessibilityFeature", feature);
        }
        if (images) {
            property(x, "schema:accessibilityFeature", "alternativeText");
        }
        property(x, "schema:accessibilityHazard", "none");
        property(x, "schema:accessibilitySummary", labels.accessibilitySummary());
        property(x, "dcterms:conformsTo", CONFORMS_TO);
    }

    // The nav and cover are these very resources, not ones that happen to be equal.
    @SuppressWarnings("ReferenceEquality")
    private static void manifest(XmlWriter x, Book book, Resource nav) {
        x.start("manifest").newline();
        Resource cover = book.getCoverImage();
        List<Resource> resources = book.getResources().getAll().stream()
                .sorted(Comparator.comparing(Resource::getHref))
                .toList();
        for (Resource r : resources) {
            x.empty("item")
                    .attr("id", r.getId())
                    .attr("href", r.getHref())
                    .attr("media-type", r.getMediaType().getName());
            if (r == nav) {
                x.attr("properties", "nav");
            } else if (r == cover) {
                x.attr("properties", "cover-image");
            }
            x.newline();
        }
        x.end().newline();
    }

    private static void spine(XmlWriter x, Book book, String dir) {
        x.start("spine")
                .attr("toc", book.getSpine().getTocResource().getId())
                .attr("page-progression-direction", dir)
                .newline();
        for (SpineReference ref : book.getSpine().getSpineReferences()) {
            x.empty("itemref")
                    .attr("idref", ref.getResourceId())
                    .attr("linear", ref.isLinear() ? null : "no")
                    .newline();
        }
        x.end().newline();
    }

    /** A Dublin Core element; Latin-only values in a right-to-left book are marked as English, left to right. */
    private static void dc(XmlWriter x, Metadata m, String name, String value, String id) {
        x.start(Namespace.DC, name).attr("id", id);
        if (m.direction() == Direction.RTL && BidiText.firstStrong(value, Direction.RTL) == Direction.LTR) {
            x.attr(Namespace.XML, "lang", "en").attr("dir", "ltr");
        }
        x.text(value).end().newline();
    }

    /** A creator or contributor with its MARC relator role ("aut", "edt", "trl"). */
    private static void credit(XmlWriter x, Metadata m, String element, String name, String id, String relator) {
        dc(x, m, element, name, id);
        x.start("meta")
                .attr("refines", "#" + id)
                .attr("property", "role")
                .attr("scheme", "marc:relators")
                .text(relator)
                .end()
                .newline();
    }

    private static void refine(XmlWriter x, String id, String property, String value) {
        x.start("meta")
                .attr("refines", "#" + id)
                .attr("property", property)
                .text(value)
                .end()
                .newline();
    }

    private static void property(XmlWriter x, String property, String value) {
        x.start("meta").attr("property", property).text(value).end().newline();
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}

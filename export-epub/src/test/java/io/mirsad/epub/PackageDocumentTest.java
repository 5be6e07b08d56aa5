package io.mirsad.epub;

import static io.mirsad.epub.Epubs.OPF_NS;
import static io.mirsad.epub.Epubs.XML_NS;
import static io.mirsad.epub.Epubs.elements;
import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.digest.Contributor;
import io.mirsad.digest.Digest;
import io.mirsad.digest.Metadata;
import io.mirsad.export.ExportOptions;
import io.mirsad.fonts.BundledFonts;
import io.mirsad.fonts.FontFace;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Facts about the package: container layout, package document, metadata, manifest and spine. */
class PackageDocumentTest {
    private static Epubs.Book book;
    private static Document opf;

    @BeforeAll
    static void export() {
        book = Epubs.read(Epubs.export(new EpubExporter(), Epubs.digest("observatory"), ExportOptions.defaults()));
        opf = book.opf();
    }

    @Test
    void mimetypeComesFirstStoredThenTheContainerPointsAtThePackage() {
        assertThat(book.entries().keySet()).first().isEqualTo("mimetype");
        assertThat(book.zipEntries().get("mimetype").getMethod()).isEqualTo(ZipEntry.STORED);
        assertThat(book.zipEntries().get("mimetype").getExtra()).isNull();
        assertThat(book.text("mimetype")).isEqualTo("application/epub+zip");
        Element rootfile = elements(
                        book.xml("META-INF/container.xml"),
                        "urn:oasis:names:tc:opendocument:xmlns:container",
                        "rootfile")
                .get(0);
        assertThat(rootfile.getAttribute("full-path")).isEqualTo("OEBPS/package.opf");
        assertThat(rootfile.getAttribute("media-type")).isEqualTo("application/oebps-package+xml");
    }

    @Test
    void packageIsEpub3RightToLeftInArabic() {
        Element root = opf.getDocumentElement();
        assertThat(root.getAttribute("version")).isEqualTo("3.0");
        assertThat(root.getAttribute("dir")).isEqualTo("rtl");
        assertThat(root.getAttributeNS(XML_NS, "lang")).isEqualTo("ar");
        Element spine = elements(opf, OPF_NS, "spine").get(0);
        assertThat(spine.getAttribute("page-progression-direction")).isEqualTo("rtl");
    }

    @Test
    void modifiedDateComesFromThePublicationDate() {
        assertThat(properties("dcterms:modified")).containsExactly("2026-11-29T00:00:00Z");
        assertThat(elements(opf, "http://purl.org/dc/elements/1.1/", "date")
                        .get(0)
                        .getTextContent())
                .isEqualTo("2026-11-29");
        // The zip entries carry the same day, whatever the machine's clock or zone.
        assertThat(book.zipEntries().values())
                .allSatisfy(e -> assertThat(e.getTimeLocal().toLocalDate()).hasToString("2026-11-29"));
    }

    @Test
    void uniqueIdentifierIsTheDigestsIdentifier() {
        String id = opf.getDocumentElement().getAttribute("unique-identifier");
        Element identifier =
                elements(opf, "http://purl.org/dc/elements/1.1/", "identifier").get(0);
        assertThat(identifier.getAttribute("id")).isEqualTo(id);
        assertThat(identifier.getTextContent()).isEqualTo("urn:mirsad:observatory:2026-48");
        assertThat(book.text("OEBPS/toc.ncx")).contains("name=\"dtb:uid\" content=\"urn:mirsad:observatory:2026-48\"");
    }

    @Test
    void accessibilityMetadataFollowsEpubAccessibility11() {
        assertThat(properties("schema:accessMode")).containsExactly("textual", "visual");
        assertThat(properties("schema:accessModeSufficient")).containsExactly("textual");
        assertThat(properties("schema:accessibilityFeature"))
                .contains(
                        "structuralNavigation",
                        "tableOfContents",
                        "readingOrder",
                        "displayTransformability",
                        "alternativeText");
        assertThat(properties("schema:accessibilityHazard")).containsExactly("none");
        assertThat(properties("schema:accessibilitySummary"))
                .singleElement()
                .asString()
                .isNotBlank();
        assertThat(properties("dcterms:conformsTo")).containsExactly("EPUB Accessibility 1.1 - WCAG 2.1 Level AA");
    }

    @Test
    void fontsAreEmbeddedAsFontTtfCutToTheBooksText() throws Exception {
        Map<String, Element> items = manifest();
        assertThat(items.get("fonts/Amiri-Regular.ttf").getAttribute("media-type"))
                .isEqualTo("font/ttf");
        assertThat(items.get("fonts/Amiri-Bold.ttf").getAttribute("media-type")).isEqualTo("font/ttf");
        // Subsets that keep glyph ids: every word of the book, in either face (a reading system may set
        // any text bold), shapes to the same glyphs, drawn with the same outlines, as with the whole face.
        String text = book.text("OEBPS/section-02.xhtml").replaceAll("<[^>]*>", " ");
        for (FontFace whole : List.of(BundledFonts.amiriRegular(), BundledFonts.amiriBold())) {
            byte[] embedded = book.bytes("OEBPS/fonts/Amiri-" + (whole.bold() ? "Bold" : "Regular") + ".ttf");
            assertThat(embedded.length).isLessThan(whole.size() / 2);
            Font cut = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(embedded))
                    .deriveFont(100f);
            Font full = Font.createFont(Font.TRUETYPE_FONT, whole.open()).deriveFont(100f);
            for (String word : text.strip().split("\\s+")) {
                GlyphVector a = shape(cut, word);
                GlyphVector b = shape(full, word);
                assertThat(a.getGlyphCodes(0, a.getNumGlyphs(), null))
                        .as(word)
                        .containsExactly(b.getGlyphCodes(0, b.getNumGlyphs(), null));
                for (int i = 0; i < a.getNumGlyphs(); i++) {
                    assertThat(a.getGlyphOutline(i).getBounds2D())
                            .as(word)
                            .isEqualTo(b.getGlyphOutline(i).getBounds2D());
                }
            }
        }
        // Apple Books uses embedded fonts only when the package asks it to.
        assertThat(properties("ibooks:specified-fonts")).containsExactly("true");
        assertThat(opf.getDocumentElement().getAttribute("prefix")).startsWith("ibooks: http://");
        String css = book.text("OEBPS/css/mirsad.css");
        assertThat(css)
                .contains(
                        "url(\"../fonts/Amiri-Regular.ttf\")",
                        "url(\"../fonts/Amiri-Bold.ttf\")",
                        "font-family: \"Amiri\"");
    }

    private static GlyphVector shape(Font font, String word) {
        char[] chars = word.toCharArray();
        return font.layoutGlyphVector(
                new FontRenderContext(null, false, false), chars, 0, chars.length, Font.LAYOUT_RIGHT_TO_LEFT);
    }

    @Test
    void manifestMarksTheNavDocumentAndTheCoverImage() {
        Map<String, Element> items = manifest();
        assertThat(items.get("nav.xhtml").getAttribute("properties")).isEqualTo("nav");
        assertThat(items.get("images/cover.svg").getAttribute("properties")).isEqualTo("cover-image");
        assertThat(items.get("images/cover.svg").getAttribute("media-type")).isEqualTo("image/svg+xml");
        assertThat(items.get("toc.ncx").getAttribute("media-type")).isEqualTo("application/x-dtbncx+xml");
        assertThat(elements(opf, OPF_NS, "spine").get(0).getAttribute("toc"))
                .isEqualTo(items.get("toc.ncx").getAttribute("id"));
        // Every manifest item is in the container, and every content file is in the manifest.
        assertThat(items.keySet()).allSatisfy(href -> assertThat(book.entries()).containsKey("OEBPS/" + href));
        assertThat(book.entries().keySet().stream().filter(p -> p.startsWith("OEBPS/") && !p.endsWith(".opf")))
                .allSatisfy(p -> assertThat(items).containsKey(p.substring("OEBPS/".length())));
    }

    @Test
    void spineReadsCoverTitlePageContentsSectionsThenNotes() {
        assertThat(book.spine())
                .containsExactly(
                        "OEBPS/cover.xhtml",
                        "OEBPS/title.xhtml",
                        "OEBPS/nav.xhtml",
                        "OEBPS/section-01.xhtml",
                        "OEBPS/section-02.xhtml",
                        "OEBPS/section-03.xhtml",
                        "OEBPS/section-04.xhtml",
                        "OEBPS/section-05.xhtml",
                        "OEBPS/section-06.xhtml",
                        "OEBPS/notes.xhtml");
    }

    @Test
    void latinKeywordsAreMarkedEnglish() {
        List<Element> subjects = elements(opf, "http://purl.org/dc/elements/1.1/", "subject");
        Element sipri = subjects.stream()
                .filter(s -> s.getTextContent().equals("SIPRI"))
                .findFirst()
                .orElseThrow();
        assertThat(sipri.getAttributeNS(XML_NS, "lang")).isEqualTo("en");
        assertThat(sipri.getAttribute("dir")).isEqualTo("ltr");
        Element arabic = subjects.get(0);
        assertThat(arabic.hasAttributeNS(XML_NS, "lang")).isFalse();
    }

    @Test
    void editorsAndTranslatorsAreContributorsWithTheirRelatorRole() {
        Digest sample = Epubs.digest("observatory");
        Digest credited = Digest.builder()
                .metadata(Metadata.builder()
                        .title(sample.metadata().title())
                        .authors(sample.metadata().authors())
                        .published(sample.metadata().published())
                        .contributor(new Contributor("ليلى حداد", Contributor.Role.TRANSLATOR))
                        .contributor(new Contributor("سامي نصر", Contributor.Role.EDITOR))
                        .build())
                .sections(sample.sections())
                .sources(sample.sources())
                .build();
        Document packageDocument = Epubs.read(Epubs.export(new EpubExporter(), credited, ExportOptions.defaults()))
                .opf();
        List<Element> contributors = elements(packageDocument, "http://purl.org/dc/elements/1.1/", "contributor");
        assertThat(contributors).extracting(Element::getTextContent).containsExactly("ليلى حداد", "سامي نصر");
        List<String> roles = contributors.stream()
                .map(c -> elements(packageDocument, OPF_NS, "meta").stream()
                        .filter(m -> m.getAttribute("refines").equals("#" + c.getAttribute("id"))
                                && m.getAttribute("property").equals("role"))
                        .map(Element::getTextContent)
                        .findFirst()
                        .orElseThrow())
                .toList();
        assertThat(roles).containsExactly("trl", "edt");
    }

    @Test
    void aDigestWithoutIdentifierGetsAStableUuid() {
        byte[] first = Epubs.export(new EpubExporter(), Epubs.digest("digital"), ExportOptions.defaults());
        String id = elements(Epubs.read(first).opf(), "http://purl.org/dc/elements/1.1/", "identifier")
                .get(0)
                .getTextContent();
        assertThat(id).matches("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");
        String again = new String(
                Epubs.read(Epubs.export(new EpubExporter(), Epubs.digest("digital"), ExportOptions.defaults()))
                        .bytes("OEBPS/package.opf"),
                StandardCharsets.UTF_8);
        assertThat(again).contains(id);
    }

    @Test
    void theAccessibilitySummaryIsInTheBooksLanguage() {
        assertThat(properties("schema:accessibilitySummary"))
                .singleElement()
                .asString()
                .startsWith("نص قابل لإعادة التدفق");
        Document englishOpf = Epubs.read(
                        Epubs.export(new EpubExporter(), Epubs.digest("roundup-en"), ExportOptions.defaults()))
                .opf();
        assertThat(elements(englishOpf, OPF_NS, "meta").stream()
                        .filter(m -> m.getAttribute("property").equals("schema:accessibilitySummary"))
                        .map(Element::getTextContent))
                .singleElement()
                .asString()
                .startsWith("Reflowable text in an embedded font");
    }

    private static List<String> properties(String property) {
        return elements(opf, OPF_NS, "meta").stream()
                .filter(m -> m.getAttribute("property").equals(property))
                .map(Element::getTextContent)
                .collect(Collectors.toList());
    }

    private static Map<String, Element> manifest() {
        return elements(opf, OPF_NS, "item").stream().collect(Collectors.toMap(i -> i.getAttribute("href"), i -> i));
    }
}

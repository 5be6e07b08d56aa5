package io.mirsad.epub;

import static io.mirsad.epub.Epubs.EPUB_NS;
import static io.mirsad.epub.Epubs.XHTML_NS;
import static io.mirsad.epub.Epubs.XML_NS;
import static io.mirsad.epub.Epubs.elements;
import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.digest.Block;
import io.mirsad.digest.Digest;
import io.mirsad.digest.Inline;
import io.mirsad.digest.Metadata;
import io.mirsad.digest.Section;
import io.mirsad.digest.SectionKind;
import io.mirsad.export.ExportOptions;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Facts about the XHTML content documents, the navigation document and the style sheet. */
class ContentDocumentTest {
    private static Epubs.Book observatory;
    private static Epubs.Book water;
    private static Epubs.Book waterSingle;
    private static Epubs.Book digital;

    @BeforeAll
    static void export() {
        EpubExporter exporter = new EpubExporter();
        observatory = Epubs.read(Epubs.export(exporter, Epubs.digest("observatory"), ExportOptions.defaults()));
        water = Epubs.read(Epubs.export(exporter, Epubs.digest("water"), ExportOptions.defaults()));
        waterSingle = Epubs.read(Epubs.export(
                EpubExporter.builder().split(SplitMode.SINGLE).build(),
                Epubs.digest("water"),
                ExportOptions.defaults()));
        digital = Epubs.read(Epubs.export(exporter, Epubs.digest("digital"), ExportOptions.defaults()));
    }

    @Test
    void everyDocumentDeclaresArabicRightToLeftOnItsRoot() {
        for (Epubs.Book book : List.of(observatory, water, waterSingle, digital)) {
            assertThat(book.spine()).allSatisfy(path -> {
                Document doc = book.xml(path);
                Element html = doc.getDocumentElement();
                assertThat(html.getNamespaceURI()).isEqualTo(XHTML_NS);
                assertThat(html.getAttribute("lang")).as(path).isEqualTo("ar");
                assertThat(html.getAttributeNS(XML_NS, "lang")).as(path).isEqualTo("ar");
                assertThat(html.getAttribute("dir")).as(path).isEqualTo("rtl");
                assertThat(elements(doc, XHTML_NS, "title").get(0).getTextContent())
                        .as(path)
                        .isNotBlank();
                assertThat(elements(doc, XHTML_NS, "link").get(0).getAttribute("href"))
                        .isEqualTo("css/mirsad.css");
            });
        }
    }

    @Test
    void styleSheetNeverSetsDirection() {
        String css = observatory.text("OEBPS/css/mirsad.css");
        assertThat(Pattern.compile("(^|[;{\\s])(direction|unicode-bidi)\\s*:", Pattern.MULTILINE)
                        .matcher(css)
                        .find())
                .isFalse();
        assertThat(css).contains("line-height", "text-align: justify", "h1 {", "h2 {");
    }

    @Test
    void latinRunsInArabicTextAreMarkedEnglishButDigitsAreNot() {
        Document energy = observatory.xml("OEBPS/section-02.xhtml");
        List<String> marked = englishSpans(energy);
        assertThat(marked).containsExactly("CSIS");
        Document sudan = observatory.xml("OEBPS/section-06.xhtml");
        assertThat(englishSpans(sudan)).containsExactly("Crisis Group");
        // A Latin run inside <strong> and one inside <em> are marked inside the inline element.
        Document dsa = digital.xml("OEBPS/section-01.xhtml");
        assertThat(englishSpans(dsa)).contains("DSA", "Digital Services Act");
        Element strong = elements(dsa, XHTML_NS, "strong").get(0);
        assertThat(((Element) strong.getFirstChild()).getAttribute("lang")).isEqualTo("en");
        assertThat(englishSpans(digital.xml("OEBPS/section-02.xhtml"))).contains("large language models", "Brookings");
    }

    @Test
    void sectionsUseSemanticMarkup() {
        Document dams = water.xml("OEBPS/section-02.xhtml");
        Element section = elements(dams, XHTML_NS, "section").get(0);
        assertThat(section.getAttributeNS(EPUB_NS, "type")).isEqualTo("chapter");
        assertThat(elements(dams, XHTML_NS, "h1").get(0).getTextContent())
                .isEqualTo("سدود <صغيرة> & \"ري بالتنقيط\": هل يكفي ذلك؟");
        assertThat(elements(dams, XHTML_NS, "ol")
                        .get(0)
                        .getElementsByTagNameNS(XHTML_NS, "li")
                        .getLength())
                .isEqualTo(3);
        assertThat(elements(dams, XHTML_NS, "ul")
                        .get(0)
                        .getElementsByTagNameNS(XHTML_NS, "li")
                        .getLength())
                .isEqualTo(2);

        Document quote = water.xml("OEBPS/section-03.xhtml");
        Element figure = elements(quote, XHTML_NS, "figure").get(0);
        assertThat(figure.getAttribute("class")).isEqualTo("quote");
        assertThat(figure.getElementsByTagNameNS(XHTML_NS, "blockquote").getLength())
                .isEqualTo(1);
        assertThat(figure.getElementsByTagNameNS(XHTML_NS, "figcaption").item(0).getTextContent())
                .isEqualTo("— مزارع من وادي الأردن");

        Document picture = water.xml("OEBPS/section-04.xhtml");
        Element img = elements(picture, XHTML_NS, "img").get(0);
        assertThat(img.getAttribute("src")).isEqualTo("images/figure-1.png");
        assertThat(img.getAttribute("alt")).startsWith("رسم بياني من خمسة أعمدة");
        assertThat(water.bytes("OEBPS/images/figure-1.png")).isEqualTo(figureBytes(Epubs.digest("water")));

        Document intro = water.xml("OEBPS/section-01.xhtml");
        Element introSection = elements(intro, XHTML_NS, "section").get(0);
        assertThat(introSection.getAttributeNS(EPUB_NS, "type")).isEqualTo("introduction");
        assertThat(introSection.getAttribute("aria-label")).isEqualTo("تقديم");
    }

    @Test
    void everyNoteReferenceLeadsToAnEndnoteThatLeadsBack() {
        for (Epubs.Book book : List.of(observatory, water, waterSingle, digital)) {
            Document notes = book.xml("OEBPS/notes.xhtml");
            List<Element> refs = book.spine().stream()
                    .flatMap(p -> elements(book.xml(p), XHTML_NS, "a").stream())
                    .filter(a -> a.getAttributeNS(EPUB_NS, "type").equals("noteref"))
                    .toList();
            List<Element> endnotes = elements(notes, XHTML_NS, "li").stream()
                    .filter(li -> li.getAttributeNS(EPUB_NS, "type").equals("endnote"))
                    .toList();
            assertThat(refs).hasSameSizeAs(endnotes).isNotEmpty();
            for (Element ref : refs) {
                String target = ref.getAttribute("href");
                assertThat(target).startsWith("notes.xhtml#");
                Element note = byId(notes, target.substring(target.indexOf('#') + 1));
                assertThat(note.getAttributeNS(EPUB_NS, "type")).isEqualTo("endnote");
                Element back =
                        (Element) note.getElementsByTagNameNS(XHTML_NS, "a").item(0);
                assertThat(back.getAttribute("role")).isEqualTo("doc-backlink");
                String[] backTarget = back.getAttribute("href").split("#");
                assertThat(byId(book.xml("OEBPS/" + backTarget[0]), backTarget[1]))
                        .isNotNull();
                assertThat(backTarget[1]).isEqualTo(ref.getAttribute("id"));
            }
        }
    }

    @Test
    void notesCiteEverySourceReferenceAndEveryUncitedSectionSource() {
        Digest digest = Epubs.digest("water");
        long inline = digest.sections().stream()
                .flatMap(s -> s.blocks().stream())
                .mapToLong(ContentDocumentTest::refs)
                .sum();
        // water.json: FAO and IWMI cited in the text, the ministry only in its section's source list.
        assertThat(inline).isEqualTo(2);
        Document notes = water.xml("OEBPS/notes.xhtml");
        assertThat(elements(notes, XHTML_NS, "ol")
                        .get(0)
                        .getElementsByTagNameNS(XHTML_NS, "li")
                        .getLength())
                .isEqualTo(3);
        Document brief = water.xml("OEBPS/section-05.xhtml");
        Element line = elements(brief, XHTML_NS, "p").stream()
                .filter(p -> p.getAttribute("class").equals("section-sources"))
                .findFirst()
                .orElseThrow();
        assertThat(line.getTextContent()).contains("وزارة الري");
    }

    @Test
    void sourcesListNamesEverySourceUnderItsHeading() {
        Document notes = observatory.xml("OEBPS/notes.xhtml");
        Element heading = byId(notes, "sources-title");
        assertThat(heading.getTextContent()).isEqualTo("المصادر");
        Element list = (Element)
                byId(notes, "sources").getElementsByTagNameNS(XHTML_NS, "ul").item(0);
        assertThat(list.getElementsByTagNameNS(XHTML_NS, "li").getLength()).isEqualTo(5);
        assertThat(list.getTextContent()).contains("تشاتام هاوس", "Chatham House", "https://www.chathamhouse.org");
    }

    @Test
    void navigationHasContentsAndLandmarks() {
        Document nav = observatory.xml("OEBPS/nav.xhtml");
        List<Element> navs = elements(nav, XHTML_NS, "nav");
        assertThat(navs).extracting(n -> n.getAttributeNS(EPUB_NS, "type")).containsExactly("toc", "landmarks");
        assertThat(links(navs.get(0)))
                .containsExactly(
                        "section-01.xhtml",
                        "section-02.xhtml",
                        "section-03.xhtml",
                        "section-04.xhtml",
                        "section-05.xhtml",
                        "section-06.xhtml",
                        "notes.xhtml");
        List<String> landmarkTypes = elements(nav, XHTML_NS, "a").stream()
                .filter(a -> !a.getAttributeNS(EPUB_NS, "type").isEmpty())
                .map(a -> a.getAttributeNS(EPUB_NS, "type"))
                .toList();
        assertThat(landmarkTypes).containsExactly("cover", "titlepage", "toc", "bodymatter", "endnotes");
        assertThat(observatory.text("OEBPS/toc.ncx"))
                .contains("الملاحة في البحر الأحمر بعد عام من الاضطراب", "src=\"section-03.xhtml\"");
    }

    @Test
    void singleDocumentEditionHeadsSectionsWithH2AndLinksThemByFragment() {
        assertThat(waterSingle.spine()).contains("OEBPS/digest.xhtml").doesNotContain("OEBPS/section-01.xhtml");
        Document doc = waterSingle.xml("OEBPS/digest.xhtml");
        assertThat(elements(doc, XHTML_NS, "h1"))
                .singleElement()
                .satisfies(h1 -> assertThat(h1.getTextContent())
                        .isEqualTo(Epubs.digest("water").metadata().title()));
        assertThat(elements(doc, XHTML_NS, "h2")).hasSize(4);
        assertThat(links(elements(waterSingle.xml("OEBPS/nav.xhtml"), XHTML_NS, "nav")
                        .get(0)))
                .startsWith("digest.xhtml#s-opening", "digest.xhtml#s-dams");
        assertThat(byId(doc, "s-dams").getAttribute("aria-labelledby")).isEqualTo("h-s-dams");
    }

    @Test
    void sectionsAreAnchoredByTheirOwnIdWhenItIsSafeElseByPosition() {
        Digest digest = Digest.builder()
                .metadata(Metadata.builder()
                        .title("مراسي")
                        .published(LocalDate.of(2026, 5, 1))
                        .build())
                .section(Section.builder(SectionKind.STORY)
                        .id("2026-outlook")
                        .headline("آفاق العام")
                        .paragraph("نص أول")
                        .build())
                .section(Section.builder(SectionKind.STORY)
                        .id("ملف خاص")
                        .headline("ملف خاص")
                        .paragraph("نص ثان")
                        .build())
                .build();
        Epubs.Book book = Epubs.read(
                Epubs.export(EpubExporter.builder().split(SplitMode.SINGLE).build(), digest, ExportOptions.defaults()));
        assertThat(links(elements(book.xml("OEBPS/nav.xhtml"), XHTML_NS, "nav").get(0)))
                .containsExactly("digest.xhtml#s-2026-outlook", "digest.xhtml#section-2");
        Document doc = book.xml("OEBPS/digest.xhtml");
        assertThat(byId(doc, "s-2026-outlook").getTextContent()).contains("نص أول");
        assertThat(byId(doc, "section-2").getTextContent()).contains("نص ثان");
    }

    @Test
    void onlyWebAndMailLinksBecomeHyperlinks() {
        Document ai = digital.xml("OEBPS/section-02.xhtml");
        assertThat(elements(ai, XHTML_NS, "a"))
                .noneMatch(a -> a.getAttribute("href").startsWith("javascript"));
        assertThat(ai.getDocumentElement().getTextContent()).contains("انقر هنا");
        Document opening = water.xml("OEBPS/section-01.xhtml");
        assertThat(elements(opening, XHTML_NS, "a"))
                .anyMatch(a -> a.getAttribute("href").equals("https://www.fao.org/water/ar/")
                        && a.getTextContent().equals("صفحة المنظمة"));
    }

    private static List<String> englishSpans(Document doc) {
        return elements(doc, XHTML_NS, "span").stream()
                .filter(s -> s.getAttribute("lang").equals("en")
                        && s.getAttribute("dir").equals("ltr"))
                .map(Element::getTextContent)
                .collect(Collectors.toList());
    }

    private static List<String> links(Element nav) {
        NodeList anchors = nav.getElementsByTagNameNS(XHTML_NS, "a");
        return IntStream.range(0, anchors.getLength())
                .mapToObj(i -> ((Element) anchors.item(i)).getAttribute("href"))
                .toList();
    }

    private static Element byId(Document doc, String id) {
        return elements(doc, XHTML_NS, "*").stream()
                .filter(e -> e.getAttribute("id").equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no element with id " + id));
    }

    private static long refs(Block block) {
        List<Inline> runs =
                block instanceof Block.Paragraph p ? p.runs() : block instanceof Block.Quote q ? q.runs() : List.of();
        return runs.stream().filter(Inline.SourceRef.class::isInstance).count();
    }

    private static byte[] figureBytes(Digest digest) {
        for (Section s : digest.sections()) {
            for (Block b : s.blocks()) {
                if (b instanceof Block.Figure f) {
                    return f.image();
                }
            }
        }
        throw new AssertionError("no figure");
    }
}

package io.mirsad.epub;

import static io.mirsad.epub.Epubs.EPUB_NS;
import static io.mirsad.epub.Epubs.XHTML_NS;
import static io.mirsad.epub.Epubs.elements;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mirsad.digest.Block;
import io.mirsad.digest.Digest;
import io.mirsad.digest.Inline;
import io.mirsad.digest.Metadata;
import io.mirsad.digest.Section;
import io.mirsad.digest.SectionKind;
import io.mirsad.digest.Source;
import io.mirsad.export.ExportOptions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.NotBlank;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The book gives back the digest's text, whatever characters it holds. */
class TextRoundTripTest {
    private static final EpubExporter EXPORTER = new EpubExporter();

    @ParameterizedTest
    @ValueSource(strings = {"observatory", "water", "digital", "gulf-ltr"})
    void everyBlockAndEveryWordOfTheDigestReadsBack(String name) {
        Digest digest = Epubs.digest(name);
        Epubs.Book book = Epubs.read(Epubs.export(EXPORTER, digest, ExportOptions.defaults()));
        String text = readingText(book);

        List<String> expected = digestTexts(digest);
        assertThat(expected).allSatisfy(piece -> assertThat(text).contains(piece));
        // Word by word too (letters, marks, digits), counting repeats: no word is lost or glued to its neighbour.
        Map<String, Integer> have = wordCounts(List.of(text));
        wordCounts(expected)
                .forEach((word, count) -> assertThat(have.getOrDefault(word, 0))
                        .as("occurrences of '%s'", word)
                        .isGreaterThanOrEqualTo(count));
        List<Element> images = book.spine().stream()
                .flatMap(p -> elements(book.xml(p), XHTML_NS, "img").stream())
                .toList();
        assertThat(images).allSatisfy(img -> assertThat(img.getAttribute("alt")).isNotBlank());
    }

    /** Markup characters and quotes in any digest text stay text: the XHTML parses and reads back equal. */
    @Property(tries = 25)
    void markupCharactersCannotBreakTheXhtml(
            @ForAll
                    @NotBlank
                    @StringLength(max = 30)
                    @Chars({'<', '>', '&', '"', '\'', ';', '/', '=', ' ', '!', '-', '[', ']'})
                    @CharRange(from = '\u0627', to = '\u064A')
                    @CharRange(from = 'a', to = 'z')
                    String headline,
            @ForAll
                    @NotBlank
                    @StringLength(max = 30)
                    @Chars({'<', '&', '"', '\'', ']', '>', '?', ' '})
                    @CharRange(from = '\u0627', to = '\u064A')
                    @CharRange(from = 'A', to = 'Z')
                    String paragraph) {
        Digest digest = oneSection(headline, paragraph, "مصدر <\"تجريبي\"> & شركاه");
        Epubs.Book book = Epubs.read(Epubs.export(EXPORTER, digest, ExportOptions.defaults()));

        Document chapter = book.xml("OEBPS/section-01.xhtml");
        assertThat(elements(chapter, XHTML_NS, "h1").get(0).getTextContent()).isEqualTo(headline);
        Element p = elements(chapter, XHTML_NS, "p").get(0);
        Element ref = elements(chapter, XHTML_NS, "a").get(0);
        assertThat(ref.getAttributeNS(EPUB_NS, "type")).isEqualTo("noteref");
        p.removeChild(ref);
        assertThat(p.getTextContent()).isEqualTo(paragraph);
        assertThat(elements(chapter, XHTML_NS, "title").get(0).getTextContent()).isEqualTo(headline);
        Document ncx = book.xml("OEBPS/toc.ncx");
        assertThat(ncx.getElementsByTagNameNS("http://www.daisy.org/z3986/2005/ncx/", "navLabel")
                        .item(0)
                        .getTextContent())
                .isEqualTo(headline);
        assertThat(book.xml("OEBPS/notes.xhtml").getDocumentElement().getTextContent())
                .contains("مصدر <\"تجريبي\"> & شركاه");
        assertThat(elements(book.xml("OEBPS/nav.xhtml"), XHTML_NS, "a").get(0).getTextContent())
                .isEqualTo(headline);
        assertThat(book.opf().getDocumentElement().getTextContent()).contains("عدد تجريبي");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0001", "\u0000", "\uFFFF", "\uD800"})
    void textXmlCannotCarryIsRefusedWhenTheDigestIsBuilt(String bad) {
        // The model refuses it for every format alike, naming the field; no exporter ever sees it.
        assertThatThrownBy(() -> oneSection("عنوان" + bad, "فقرة", "مصدر"))
                .isInstanceOf(io.mirsad.digest.DigestValidationException.class)
                .hasMessageContaining(
                        "sections[0].headline: control character " + String.format("U+%04X", (int) bad.charAt(0)));
    }

    static Digest oneSection(String headline, String paragraph, String sourceName) {
        return Digest.builder()
                .metadata(Metadata.builder()
                        .title("عدد تجريبي")
                        .published(LocalDate.of(2026, 1, 10))
                        .build())
                .source(Source.of("s", sourceName))
                .section(Section.builder(SectionKind.STORY)
                        .id("only")
                        .headline(headline)
                        .paragraph(new Inline.Text(paragraph), new Inline.SourceRef("", "s"))
                        .source("s")
                        .build())
                .build();
    }

    /** The text a reader meets, in spine order, with note numbers left out. */
    private static String readingText(Epubs.Book book) {
        StringBuilder sb = new StringBuilder();
        for (String path : book.spine()) {
            Document doc = book.xml(path);
            for (Element a : elements(doc, XHTML_NS, "a")) {
                if (a.getAttributeNS(EPUB_NS, "type").equals("noteref")) {
                    a.getParentNode().removeChild(a);
                }
            }
            sb.append(elements(doc, XHTML_NS, "body").get(0).getTextContent()).append('\n');
        }
        return sb.toString();
    }

    private static List<String> digestTexts(Digest digest) {
        Metadata m = digest.metadata();
        List<String> texts = new ArrayList<>();
        texts.add(m.title());
        for (String s : new String[] {m.subtitle(), m.series(), m.publisher(), m.description(), m.rights()}) {
            if (s != null) {
                texts.add(s);
            }
        }
        texts.addAll(m.authors());
        for (Section section : digest.sections()) {
            if (section.headline() != null) {
                texts.add(section.headline());
            }
            for (Block block : section.blocks()) {
                if (block instanceof Block.Paragraph p) {
                    texts.add(p.text());
                } else if (block instanceof Block.Quote q) {
                    texts.add(q.text());
                    if (q.attribution() != null) {
                        texts.add(q.attribution());
                    }
                } else if (block instanceof Block.ListBlock l) {
                    l.items().forEach(i -> texts.add(i.text()));
                } else if (block instanceof Block.Figure f && f.caption() != null) {
                    texts.add(f.caption());
                }
            }
        }
        for (Source s : digest.sources()) {
            texts.add(s.name());
            if (s.nameLatin() != null) {
                texts.add(s.nameLatin());
            }
            if (s.url() != null) {
                texts.add(s.url());
            }
        }
        return texts;
    }

    private static Map<String, Integer> wordCounts(List<String> texts) {
        Map<String, Integer> counts = new HashMap<>();
        for (String text : texts) {
            Arrays.stream(text.split("[^\\p{L}\\p{M}\\p{N}]+"))
                    .filter(w -> !w.isEmpty())
                    .forEach(w -> counts.merge(w, 1, Integer::sum));
        }
        return counts;
    }
}

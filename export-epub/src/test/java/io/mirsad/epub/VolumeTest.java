package io.mirsad.epub;

import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.digest.Digest;
import io.mirsad.digest.Metadata;
import io.mirsad.digest.Volume;
import io.mirsad.export.ExportOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** A volume of digests as one EPUB: valid, with one navigation document nesting parts and sections. */
class VolumeTest {
    @TempDir
    Path dir;

    static Volume volume() {
        List<Volume.Part> parts = Stream.of("observatory", "water", "digital")
                .map(name -> Volume.Part.of(Epubs.digest(name)))
                .toList();
        Metadata m = Metadata.builder()
                .title("مختارات المرصد")
                .subtitle("ثلاثة إصدارات في مجلد واحد")
                .published(LocalDate.of(2026, 12, 1))
                .identifier("urn:mirsad:volume:test")
                .build();
        return new Volume(m, parts);
    }

    @Test
    void passesEpubCheckWithNoErrorsAndNoWarnings() throws IOException {
        Path epub = dir.resolve("volume.epub");
        new EpubExporter().exportVolume(volume(), ExportOptions.defaults(), epub);

        EpubCheckResult result = EpubCheckResult.check(epub);

        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void oneNavigationDocumentNestsEveryPartsSectionsAndEndsWithTheIndex() throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        Volume volume = volume();
        new EpubExporter().exportVolume(volume, ExportOptions.defaults(), out);
        Epubs.Book book = Epubs.read(out.toByteArray());

        Document nav = book.xml("OEBPS/nav.xhtml");
        Element toc = Epubs.elements(nav, Epubs.XHTML_NS, "nav").get(0);
        List<Element> top = children(children(toc, "ol").get(0), "li");
        assertThat(top).hasSize(volume.parts().size() + 1);
        for (int i = 0; i < volume.parts().size(); i++) {
            Digest digest = volume.parts().get(i).digest();
            Element part = top.get(i);
            assertThat(children(part, "a").get(0).getTextContent())
                    .isEqualTo(digest.metadata().title());
            // Every section, then the part's notes and sources.
            assertThat(children(children(part, "ol").get(0), "li"))
                    .hasSize(digest.sections().size() + 1);
        }
        assertThat(top.get(top.size() - 1).getTextContent()).contains("فهرس المصادر");
        // Part documents do not collide: each part's files carry its number.
        assertThat(book.entries().keySet())
                .contains("OEBPS/part-001-title.xhtml", "OEBPS/part-003-notes.xhtml", "OEBPS/index.xhtml");
    }

    /**
     * An English digest (gulf-ltr, whose title quotes an Arabic word) bound in an Arabic volume: the links of
     * its entry in the navigation document and of its sections read left to right in English, so that its
     * title is not reordered as an Arabic line; the Arabic part's entry and the part's notes label keep the
     * document's direction. The volume still passes EPUBCheck.
     */
    @Test
    void anEnglishPartsContentsEntryTakesItsLanguageAndDirection() throws IOException {
        Volume volume = new Volume(
                volume().metadata(),
                List.of(Volume.Part.of(Epubs.digest("observatory")), Volume.Part.of(Epubs.digest("gulf-ltr"))));
        Path epub = dir.resolve("mixed.epub");
        new EpubExporter().exportVolume(volume, ExportOptions.defaults(), epub);
        Document nav = Epubs.read(java.nio.file.Files.readAllBytes(epub)).xml("OEBPS/nav.xhtml");
        Element toc = Epubs.elements(nav, Epubs.XHTML_NS, "nav").get(0);
        List<Element> top = children(children(toc, "ol").get(0), "li");

        assertThat(children(top.get(0), "a").get(0).hasAttribute("dir"))
                .as("the Arabic part")
                .isFalse();
        Element english = children(top.get(1), "a").get(0);
        assertThat(english.getAttribute("dir")).isEqualTo("ltr");
        assertThat(english.getAttribute("lang")).isEqualTo("en");
        assertThat(english.getAttributeNS(Epubs.XML_NS, "lang")).isEqualTo("en");
        assertThat(english.getTextContent())
                .isEqualTo(volume.parts().get(1).metadata().title());
        List<Element> under = children(children(top.get(1), "ol").get(0), "li");
        assertThat(children(under.get(0), "a").get(0).getAttribute("dir"))
                .as("its first section")
                .isEqualTo("ltr");
        assertThat(children(under.get(under.size() - 1), "a").get(0).hasAttribute("dir"))
                .as("its notes, labelled in Arabic")
                .isFalse();
        EpubCheckResult result = EpubCheckResult.check(epub);
        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void theSameVolumeGivesTheSameBytes() throws IOException {
        java.io.ByteArrayOutputStream a = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        new EpubExporter().exportVolume(volume(), ExportOptions.defaults(), a);
        new EpubExporter().exportVolume(volume(), ExportOptions.defaults(), b);
        assertThat(a.toByteArray()).isEqualTo(b.toByteArray());
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new java.util.ArrayList<>();
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }
}

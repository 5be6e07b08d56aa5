package io.mirsad.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.digest.Digest;
import io.mirsad.digest.Inline;
import io.mirsad.digest.Metadata;
import io.mirsad.digest.Section;
import io.mirsad.digest.SectionKind;
import io.mirsad.digest.Source;
import io.mirsad.digest.Volume;
import io.mirsad.export.ExportOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/** A volume as one Word document, read back with POI: parts as heading 1, their sections as heading 2. */
class VolumeTest {

    static Volume volume() {
        Digest sample = DocxPackage.sample();
        List<Volume.Part> parts = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            Metadata m = sample.metadata();
            Metadata issue = Metadata.builder()
                    .title(m.title() + " " + n)
                    .series(m.series())
                    .published(LocalDate.of(2026, 11, n))
                    .build();
            parts.add(Volume.Part.of(new Digest(issue, sample.sections(), sample.sources())));
        }
        return new Volume(
                Metadata.builder()
                        .title("مختارات المرصد")
                        .published(LocalDate.of(2026, 11, 30))
                        .build(),
                parts);
    }

    @Test
    void partsAreHeadingOneAndTheirSectionsHeadingTwoThenTheIndex() throws IOException {
        Volume volume = volume();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxExporter().exportVolume(volume, ExportOptions.defaults(), out);

        List<String> expected = new ArrayList<>();
        for (Volume.Part part : volume.parts()) {
            expected.add("1 " + part.metadata().title());
            for (Section s : part.digest().sections()) {
                if (s.headline() != null) {
                    expected.add("2 " + s.headline());
                }
            }
        }
        expected.add("1 فهرس المصادر");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            List<String> headings = new ArrayList<>();
            for (XWPFParagraph p : doc.getParagraphs()) {
                String style = p.getStyleID() == null ? "" : p.getStyleID();
                if (style.startsWith("Heading")) {
                    // Word's navigation pane goes by the style's outline level: 0 for parts, 1 for sections.
                    int level = doc.getStyles()
                            .getStyle(style)
                            .getCTStyle()
                            .getPPr()
                            .getOutlineLvl()
                            .getVal()
                            .intValue();
                    headings.add((level + 1) + " " + p.getText());
                }
            }
            assertThat(headings).containsExactlyElementsOf(expected);
            // Each part is a section whose own running header names it; the index's section names the index.
            List<String> headers = new ArrayList<>();
            for (XWPFParagraph p : doc.getParagraphs()) {
                if (p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetSectPr()) {
                    headers.add(
                            new XWPFHeaderFooterPolicy(doc, p.getCTP().getPPr().getSectPr())
                                    .getDefaultHeader()
                                    .getText()
                                    .strip());
                }
            }
            headers.add(doc.getHeaderFooterPolicy().getDefaultHeader().getText().strip());
            List<String> expectedHeaders =
                    new ArrayList<>(List.of(volume.metadata().title()));
            volume.parts().forEach(part -> expectedHeaders.add(part.metadata().title()));
            expectedHeaders.add("فهرس المصادر");
            assertThat(headers).containsExactlyElementsOf(expectedHeaders);
            // Each source once in the index, linked to the three parts citing it.
            int sources = volume.parts().get(0).digest().sources().size();
            long indexEntries = doc.getParagraphs().stream()
                    .filter(p -> p.getText().contains("ورد في الإصدارات"))
                    .count();
            assertThat(indexEntries).isEqualTo(sources);
        }
    }

    /**
     * The body and the notes leave POI's tree part by part and are spliced back when the package is
     * zipped: what comes out must be what POI writes for the whole tree, read back and written again —
     * with a figure too, whose drawing namespace the document's root then declares.
     */
    @Test
    void theSplicedBodyAndNotesAreWhatPoiWritesForTheWholeTree() throws IOException {
        List<Volume.Part> parts = new ArrayList<>(volume().parts());
        parts.add(1, Volume.Part.of(FeatureDigest.build()));
        for (Volume volume : List.of(volume(), new Volume(volume().metadata(), parts))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new DocxExporter().exportVolume(volume, ExportOptions.defaults(), out);
            ByteArrayOutputStream again = new ByteArrayOutputStream();
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
                // Every part's paragraphs and notes are there: three parts, each with its notes.
                assertThat(doc.getParagraphs().stream().filter(p -> p.getText().contains("الطاقة والممرات")))
                        .hasSizeGreaterThanOrEqualTo(3);
                assertThat(doc.getFootnotes()).hasSizeGreaterThan(3);
                // The second volume has the feature digest's figure.
                assertThat(doc.getAllPictures()).hasSize(volume.parts().size() == parts.size() ? 1 : 0);
                doc.write(again);
            }
            DocxPackage spliced = new DocxPackage(out.toByteArray());
            DocxPackage whole = new DocxPackage(again.toByteArray());
            for (String part : List.of("word/document.xml", "word/footnotes.xml")) {
                String xml = new String(spliced.entries.get(part), StandardCharsets.UTF_8);
                assertThat(xml).doesNotContain("mirsad:spooled");
                assertThat(xml).isEqualTo(new String(whole.entries.get(part), StandardCharsets.UTF_8));
                // Well-formed, every prefix declared: a namespace-aware parser reads it.
                assertThat(spliced.dom(part).getDocumentElement().getNamespaceURI())
                        .isEqualTo(DocxPackage.W);
            }
        }
    }

    @Test
    void theSameVolumeGivesTheSameBytes() throws IOException {
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        new DocxExporter().exportVolume(volume(), ExportOptions.defaults(), a);
        new DocxExporter().exportVolume(volume(), ExportOptions.defaults(), b);
        assertThat(a.toByteArray()).isEqualTo(b.toByteArray());
    }

    /**
     * An English digest bound in an Arabic volume keeps its own direction: its heading, paragraphs, note,
     * running head and contents entry turn off the {@code w:bidi} the volume's styles give, while the
     * Arabic part's and the index's keep it.
     */
    @Test
    void aPartInAnotherDirectionTurnsOffTheVolumesBidi() {
        Digest english = Digest.builder()
                .metadata(Metadata.builder()
                        .title("Gulf notes: الخليج and energy")
                        .language("en")
                        .published(LocalDate.of(2026, 11, 2))
                        .build())
                .section(Section.builder(SectionKind.STORY)
                        .headline("Solar capacity")
                        .paragraph(
                                new Inline.Text("A study by "),
                                new Inline.SourceRef("the energy centre", "energy"),
                                new Inline.Text(" expects demand to grow."))
                        .source("energy")
                        .build())
                .source(Source.of("energy", "مركز الطاقة"))
                .build();
        Volume volume = new Volume(
                Metadata.builder()
                        .title("مختارات المرصد")
                        .published(LocalDate.of(2026, 11, 30))
                        .build(),
                List.of(Volume.Part.of(DocxPackage.sample()), Volume.Part.of(english)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new DocxExporter().exportVolume(volume, ExportOptions.defaults(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DocxPackage docx = new DocxPackage(out.toByteArray());
        String off = "w:pPr/w:bidi[@w:val='off']";
        String on = "w:pPr/w:bidi[not(@w:val)]";
        String title = "Gulf notes: الخليج and energy";
        // the contents entry and the part's heading, whose text is the title
        assertThat(docx.nodes("word/document.xml", "//w:p[" + off + "][string(.)='" + title + "']"))
                .hasSize(2);
        assertThat(docx.nodes("word/document.xml", "//w:p[" + off + "][w:r/w:t='Solar capacity']"))
                .hasSize(1);
        assertThat(docx.nodes("word/document.xml", "//w:p[" + off + "][starts-with(string(.), 'A study by')]"))
                .hasSize(1);
        // the English paragraph's Latin runs are not marked right to left
        assertThat(docx.nodes("word/document.xml", "//w:r[w:t='A study by ']/w:rPr/w:rtl"))
                .isEmpty();
        // the Arabic part's title and the index heading keep the volume's direction
        assertThat(docx.nodes(
                        "word/document.xml",
                        "//w:p[" + on + "][contains(string(.), '"
                                + volume.parts().get(0).metadata().title() + "')]"))
                .hasSize(2);
        assertThat(docx.nodes("word/document.xml", "//w:p[" + on + "][string(.)='فهرس المصادر']"))
                .hasSize(2);
        // the English part's note, and the running head naming it
        assertThat(docx.nodes("word/footnotes.xml", "//w:p[" + off + "][contains(string(.), 'مركز الطاقة')]"))
                .hasSize(1);
        long englishHeads = docx.entries.keySet().stream()
                .filter(n -> n.startsWith("word/header"))
                .filter(n -> !docx.nodes(n, "//w:p[" + off + "][string(.)='" + title + "']")
                        .isEmpty())
                .count();
        assertThat(englishHeads).isEqualTo(1);
    }
}

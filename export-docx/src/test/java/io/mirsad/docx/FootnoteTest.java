package io.mirsad.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.digest.Block;
import io.mirsad.digest.Digest;
import io.mirsad.digest.Inline;
import io.mirsad.digest.Section;
import io.mirsad.export.ExportOptions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Sources become real footnotes, placed where the text attributes something to them. */
class FootnoteTest {

    /** What a reader sees at a footnote mark: the text just before it, and the note it points to. */
    record Mark(String textBefore, String note) {}

    @Test
    void eachSourceMentionCarriesItsNoteRightAfterTheMention() {
        Digest digest = DocxPackage.sample();
        DocxPackage docx = DocxPackage.sampleDefaults();
        List<Mark> expected = new ArrayList<>();
        for (Section section : digest.sections()) {
            for (Block.Paragraph p : section.paragraphs()) {
                StringBuilder before = new StringBuilder();
                for (Inline inline : p.runs()) {
                    before.append(inline.text());
                    if (inline instanceof Inline.SourceRef ref) {
                        String name =
                                digest.source(ref.sourceId()).orElseThrow().name();
                        expected.add(new Mark(before.toString(), name));
                    }
                }
            }
        }
        assertThat(expected).hasSize(5);
        assertThat(marks(docx, "BodyText")).containsExactlyElementsOf(expected);
    }

    @Test
    void aSourceCitedWithoutAMentionIsNotedAtTheEndOfTheSectionsFirstParagraph() {
        DocxPackage docx = DocxPackage.of(new DocxExporter(), FeatureDigest.build(), ExportOptions.defaults());
        Element first = docx.nodes("word/document.xml", "//w:p[w:pPr/w:pStyle/@w:val='BodyText']")
                .get(0);
        assertThat(DocxPackage.string(first, "string(.)")).isEqualTo(FeatureDigest.QUIET_SOURCE_SENTENCE);
        List<Element> runs = DocxPackage.nodes(first, "w:r");
        Element last = runs.get(runs.size() - 1);
        assertThat(DocxPackage.string(last, "w:rPr/w:rStyle/@w:val")).isEqualTo("FootnoteReference");
        String id = DocxPackage.string(last, "w:footnoteReference/@w:id");
        assertThat(docx.string("word/footnotes.xml", "string(//w:footnote[@w:id='" + id + "'])"))
                .isEqualTo(" معهد الصحراء للطاقة — Desert Energy Institute");
        // The quotation's own mention is noted inside the quotation, not moved.
        assertThat(marks(docx, "Quote"))
                .containsExactly(new Mark("الشبكة الكهربائية هي عنق الزجاجة، لا الألواح نفسها.", "مرصد الشبكات"));
    }

    @Test
    void separatorNotesArePresentAndDeclared() {
        DocxPackage docx = DocxPackage.sampleDefaults();
        assertThat(docx.nodes("word/footnotes.xml", "//w:footnote[@w:id='-1'][@w:type='separator']//w:separator"))
                .hasSize(1);
        assertThat(docx.nodes(
                        "word/footnotes.xml",
                        "//w:footnote[@w:id='0'][@w:type='continuationSeparator']//w:continuationSeparator"))
                .hasSize(1);
        assertThat(docx.nodes("word/settings.xml", "//w:footnotePr/w:footnote").stream()
                        .map(f -> f.getAttributeNS(DocxPackage.W, "id")))
                .containsExactly("-1", "0");
        // Each real note opens with its own mark in the Footnote Reference style, in a Footnote Text paragraph.
        List<Element> notes = docx.nodes("word/footnotes.xml", "//w:footnote[not(@w:type)]");
        assertThat(notes).hasSize(5);
        for (Element note : notes) {
            assertThat(DocxPackage.string(note, "w:p/w:pPr/w:pStyle/@w:val")).isEqualTo("FootnoteText");
            assertThat(DocxPackage.string(note, "w:p/w:r[1]/w:rPr/w:rStyle/@w:val"))
                    .isEqualTo("FootnoteReference");
            assertThat(DocxPackage.nodes(note, "w:p/w:r[1]/w:footnoteRef")).hasSize(1);
        }
    }

    /** Footnote marks in paragraphs of the given style, with the paragraph text before each. */
    private static List<Mark> marks(DocxPackage docx, String style) {
        List<Mark> marks = new ArrayList<>();
        for (Element p : docx.nodes("word/document.xml", "//w:p[w:pPr/w:pStyle/@w:val='" + style + "']")) {
            StringBuilder before = new StringBuilder();
            for (Node child = p.getFirstChild(); child != null; child = child.getNextSibling()) {
                Element e = (Element) child;
                String id = DocxPackage.string(e, "w:footnoteReference/@w:id");
                if (!id.isEmpty()) {
                    String note = docx.string("word/footnotes.xml", "string(//w:footnote[@w:id='" + id + "'])");
                    marks.add(new Mark(before.toString(), note.strip().split(" — ")[0]));
                } else if (!e.getLocalName().equals("pPr")) {
                    before.append(e.getTextContent());
                }
            }
        }
        return marks;
    }
}

package io.mirsad.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.digest.Block;
import io.mirsad.digest.Digest;
import io.mirsad.digest.Section;
import io.mirsad.digest.Source;
import io.mirsad.export.ExportOptions;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;

/** Apache POI, reopening the document, reads back every word of the digest in logical (reading) order. */
class TextReadBackTest {

    @Test
    void bodyParagraphsReadBackExactlyAndInOrder() throws Exception {
        Digest digest = DocxPackage.sample();
        try (XWPFDocument doc = open(DocxPackage.export(new DocxExporter(), digest, ExportOptions.defaults()))) {
            List<String> expected = new ArrayList<>();
            for (Section s : digest.sections()) {
                for (Block.Paragraph p : s.paragraphs()) {
                    expected.add(p.text());
                }
            }
            List<String> body = doc.getParagraphs().stream()
                    .filter(p -> "BodyText".equals(p.getStyle()))
                    .map(TextReadBackTest::readingText)
                    .toList();
            assertThat(body).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void everyWordOfTheSampleComesBackInReadingOrder() throws Exception {
        Digest digest = DocxPackage.sample();
        try (XWPFDocument doc = open(DocxPackage.export(new DocxExporter(), digest, ExportOptions.defaults()))) {
            String all = doc.getParagraphs().stream()
                    .map(TextReadBackTest::readingText)
                    .collect(Collectors.joining("\n"));
            List<String> expected = new ArrayList<>();
            expected.add(digest.metadata().title());
            expected.add(digest.metadata().subtitle());
            for (Section s : digest.sections()) {
                if (s.headline() != null) {
                    expected.add(s.headline());
                }
                s.paragraphs().forEach(p -> expected.add(p.text()));
            }
            for (Source source : digest.sources()) {
                expected.add(source.name());
                expected.add(source.nameLatin());
                expected.add(source.url());
            }
            // Each piece is found after the one before it: the words are there, and in reading order.
            int from = 0;
            for (String piece : expected) {
                int at = all.indexOf(piece, from);
                assertThat(at).as("'%s' after offset %d", piece, from).isGreaterThanOrEqualTo(0);
                from = at + piece.length();
            }
        }
    }

    @Test
    void footnotesNameTheSourcesInCitationOrder() throws Exception {
        Digest digest = DocxPackage.sample();
        try (XWPFDocument doc = open(DocxPackage.export(new DocxExporter(), digest, ExportOptions.defaults()))) {
            List<String> notes = doc.getFootnotes().stream()
                    .filter(n -> n.getId().signum() > 0)
                    .map(TextReadBackTest::text)
                    .toList();
            List<String> expected = new ArrayList<>();
            for (Section s : digest.sections()) {
                for (String id : s.sources()) {
                    Source source = digest.source(id).orElseThrow();
                    expected.add(" " + source.name() + " — " + source.nameLatin());
                }
            }
            assertThat(notes).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void headerAndFooterReadBack() throws Exception {
        Digest digest = DocxPackage.sample();
        try (XWPFDocument doc = open(DocxPackage.export(new DocxExporter(), digest, ExportOptions.defaults()))) {
            assertThat(doc.getHeaderList())
                    .singleElement()
                    .satisfies(h -> assertThat(h.getText())
                            .contains("مرصد مراكز الأبحاث")
                            .contains("29 نوفمبر 2026"));
            assertThat(doc.getFooterList())
                    .singleElement()
                    .satisfies(f -> assertThat(f.getText().strip()).isEqualTo("1"));
        }
    }

    private static String text(XWPFFootnote note) {
        return note.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
    }

    /** The paragraph's runs (hyperlinks included) as a reader meets them, without POI's footnote markers. */
    static String readingText(XWPFParagraph p) {
        return p.getRuns().stream()
                .map(XWPFRun::text)
                .collect(Collectors.joining())
                .replaceAll("\\[footnoteRef:\\d+]", "");
    }

    static XWPFDocument open(byte[] docx) throws Exception {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }
}

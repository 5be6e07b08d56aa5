package io.mirsad.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.digest.Digest;
import io.mirsad.digest.Inline;
import io.mirsad.digest.Metadata;
import io.mirsad.digest.Section;
import io.mirsad.digest.SectionKind;
import io.mirsad.digest.Source;
import io.mirsad.export.ExportOptions;
import org.junit.jupiter.api.Test;

/** A digest in a left-to-right language gets left-to-right paragraphs, with Arabic runs inside still marked. */
class LeftToRightTest {

    @Test
    void englishDigestIsLeftToRightButItsArabicRunsAreNot() {
        Digest digest = Digest.builder()
                .metadata(Metadata.builder()
                        .title("Think-tank weekly")
                        .language("en")
                        .build())
                .section(Section.builder(SectionKind.STORY)
                        .headline("Energy")
                        .paragraph(
                                new Inline.Text("A study by "),
                                new Inline.SourceRef("مركز الطاقة", "energy"),
                                new Inline.Text(" expects demand to grow."))
                        .source("energy")
                        .build())
                .source(Source.of("energy", "مركز الطاقة"))
                .build();
        DocxPackage docx = DocxPackage.of(new DocxExporter(), digest, ExportOptions.defaults());
        assertThat(docx.nodes("word/document.xml", "//w:p")).isNotEmpty();
        assertThat(docx.nodes("word/document.xml", "//w:bidi")).isEmpty();
        assertThat(docx.nodes("word/styles.xml", "//w:bidi")).isEmpty();
        assertThat(docx.nodes("word/footnotes.xml", "//w:bidi")).isEmpty();
        assertThat(docx.nodes("word/document.xml", "//w:rtlGutter")).isEmpty();
        assertThat(docx.nodes(
                        "word/document.xml",
                        "//w:p[w:pPr/w:pStyle/@w:val='BodyText']/w:r[w:t='مركز الطاقة']/w:rPr/w:rtl"))
                .hasSize(1);
        assertThat(docx.nodes("word/document.xml", "//w:r[w:t='A study by ']/w:rPr/w:rtl"))
                .isEmpty();
        assertThat(docx.string("word/document.xml", "string(//w:p[w:pPr/w:pStyle/@w:val='TOCHeading'])"))
                .isEqualTo("In this issue");
    }
}

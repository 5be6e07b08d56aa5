package io.mirsad.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mirsad.digest.text.DigitStyle;
import io.mirsad.export.ExportException;
import io.mirsad.export.ExportOptions;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/** The builder and the {@code docx.*} options change what they say, and bad values are refused clearly. */
class OptionsTest {

    @Test
    void kashidaJustificationFromTheBuilderAndFromOptions() {
        DocxPackage low = DocxPackage.of(
                DocxExporter.builder().kashida(Kashida.LOW).build(), DocxPackage.sample(), ExportOptions.defaults());
        assertThat(bodyJustification(low)).isEqualTo("lowKashida");
        DocxPackage high = DocxPackage.of(
                DocxExporter.builder().kashida(Kashida.LOW).build(),
                DocxPackage.sample(),
                ExportOptions.builder().set(DocxExporter.KASHIDA, "high").build());
        assertThat(bodyJustification(high)).isEqualTo("highKashida");
        DocxPackage medium = DocxPackage.of(
                new DocxExporter(),
                DocxPackage.sample(),
                ExportOptions.builder().set(DocxExporter.KASHIDA, "medium").build());
        assertThat(bodyJustification(medium)).isEqualTo("mediumKashida");
    }

    @Test
    void arabicIndicFoliosNumberPagesNotesAndTheHeaderDate() {
        DocxPackage docx = DocxPackage.of(
                DocxExporter.builder().arabicIndicPageNumbers(true).build(),
                DocxPackage.sample(),
                ExportOptions.defaults());
        assertArabicIndic(docx);
        // The shared digits option asks for the same.
        assertArabicIndic(DocxPackage.of(
                new DocxExporter(),
                DocxPackage.sample(),
                ExportOptions.builder().digits(DigitStyle.ARABIC_INDIC).build()));
        // And the DOCX option overrides it.
        DocxPackage western = DocxPackage.of(
                new DocxExporter(),
                DocxPackage.sample(),
                ExportOptions.builder()
                        .digits(DigitStyle.ARABIC_INDIC)
                        .set(DocxExporter.ARABIC_INDIC_PAGE_NUMBERS, false)
                        .build());
        assertThat(western.string("word/document.xml", "//w:sectPr/w:pgNumType/@w:fmt"))
                .isEqualTo("decimal");
    }

    private static void assertArabicIndic(DocxPackage docx) {
        assertThat(docx.string("word/document.xml", "//w:sectPr/w:pgNumType/@w:fmt"))
                .isEqualTo("hindiNumbers");
        assertThat(docx.string("word/document.xml", "//w:sectPr/w:footnotePr/w:numFmt/@w:val"))
                .isEqualTo("hindiNumbers");
        assertThat(docx.string("word/settings.xml", "//w:footnotePr/w:numFmt/@w:val"))
                .isEqualTo("hindiNumbers");
        assertThat(docx.string("word/header1.xml", "string(//w:p)")).endsWith("٢٩ نوفمبر ٢٠٢٦");
        assertThat(docx.string("word/footer1.xml", "string(//w:t)")).isEqualTo("١");
    }

    @Test
    void paperSizeFromOptions() {
        DocxPackage letter = DocxPackage.of(
                new DocxExporter(),
                DocxPackage.sample(),
                ExportOptions.builder().set(DocxExporter.PAPER, "letter").build());
        assertThat(letter.string("word/document.xml", "//w:sectPr/w:pgSz/@w:w")).isEqualTo("12240");
        assertThat(letter.string("word/document.xml", "//w:sectPr/w:pgSz/@w:h")).isEqualTo("15840");
        DocxPackage a5 = DocxPackage.of(
                DocxExporter.builder().paper(Paper.A5).build(), DocxPackage.sample(), ExportOptions.defaults());
        assertThat(a5.string("word/document.xml", "//w:sectPr/w:pgSz/@w:w")).isEqualTo("8391");
        // Tab stops follow the text width of the page.
        assertThat(a5.string("word/styles.xml", "//w:style[@w:styleId='Header']//w:tab/@w:pos"))
                .isEqualTo(String.valueOf(Paper.A5.textWidth()));
    }

    @Test
    void bidiLanguageFromTheBuilderAndFromOptions() {
        DocxPackage saudi = DocxPackage.of(
                DocxExporter.builder().bidiLanguage("ar-SA").build(), DocxPackage.sample(), ExportOptions.defaults());
        assertThat(saudi.string("word/styles.xml", "//w:docDefaults//w:lang/@w:bidi"))
                .isEqualTo("ar-SA");
        assertThat(saudi.nodes("word/document.xml", "//w:lang[@w:bidi!='ar-SA']"))
                .isEmpty();
        DocxPackage morocco = DocxPackage.of(
                new DocxExporter(),
                DocxPackage.sample(),
                ExportOptions.builder().set(DocxExporter.BIDI_LANGUAGE, "ar-MA").build());
        assertThat(morocco.string("word/settings.xml", "//w:themeFontLang/@w:bidi"))
                .isEqualTo("ar-MA");
    }

    @Test
    void malformedOptionsNameTheKeyAndWriteNothing() {
        assertRefused(DocxExporter.KASHIDA, "extreme", "option docx.kashida: unknown kashida level 'extreme'");
        assertRefused(DocxExporter.PAPER, "b5", "option docx.paper: unknown paper size 'b5'");
        assertRefused(DocxExporter.EMBED_FONTS, "maybe", "option docx.embed-fonts: expected true or false");
        assertRefused(DocxExporter.BIDI_LANGUAGE, " ", "option docx.bidi-language");
    }

    private static void assertRefused(String key, String value, String message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> new DocxExporter()
                        .export(
                                DocxPackage.sample(),
                                ExportOptions.builder().set(key, value).build(),
                                out))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining(message);
        assertThat(out.size()).isZero();
    }

    private static String bodyJustification(DocxPackage docx) {
        return docx.string("word/styles.xml", "//w:style[@w:styleId='BodyText']/w:pPr/w:jc/@w:val");
    }
}

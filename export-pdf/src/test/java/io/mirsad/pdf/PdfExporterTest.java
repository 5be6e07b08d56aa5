package io.mirsad.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mirsad.digest.Digest;
import io.mirsad.digest.Metadata;
import io.mirsad.digest.Section;
import io.mirsad.digest.SectionKind;
import io.mirsad.digest.Source;
import io.mirsad.digest.json.DigestJson;
import io.mirsad.digest.text.ArabicText;
import io.mirsad.digest.text.DigitStyle;
import io.mirsad.export.ExportException;
import io.mirsad.export.ExportOptions;
import io.mirsad.export.ExporterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

class PdfExporterTest {
    static final Path SAMPLE = Path.of("../examples/sample/observatory.json");

    static Digest sample() throws IOException {
        try (InputStream in = Files.newInputStream(SAMPLE)) {
            return DigestJson.read(in);
        }
    }

    static byte[] export(PdfExporter exporter, Digest digest, ExportOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(digest, options, out);
        return out.toByteArray();
    }

    static Digest digest(String... paragraphs) {
        Section.Builder section = Section.builder(SectionKind.STORY).headline("عنوان تجريبي للاختبار");
        for (String p : paragraphs) {
            section.paragraph(p);
        }
        return Digest.builder()
                .metadata(Metadata.builder()
                        .title("نشرة الاختبار")
                        .author("كاتب الاختبار")
                        .published(LocalDate.of(2026, 3, 1))
                        .identifier("urn:test:1")
                        .build())
                .section(section.source("x").build())
                .source(Source.of("x", "مصدر الاختبار"))
                .build();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            return stripper.getText(doc);
        }
    }

    private static List<String> words(String text) {
        // format characters (bidi marks, the joiners kashidas and gap fillers read as) are not spelling
        String clean = ArabicText.nfc(text).replaceAll("\\p{Cf}", "");
        List<String> words = new ArrayList<>();
        for (String w : clean.split("\\s+")) {
            String t = w.replaceAll("^[\\p{P}]+|[\\p{P}]+$", "");
            if (!t.isEmpty()) {
                words.add(t);
            }
        }
        return words;
    }

    @Test
    void isInstalledAsThePdfExporter() {
        assertThat(ExporterRegistry.load().require("pdf")).isInstanceOf(PdfExporter.class);
        assertThat(new PdfExporter().mediaType()).isEqualTo("application/pdf");
    }

    @Test
    void pdfBoxGivesBackEveryWordOfTheSample() throws IOException {
        Digest sample = sample();
        byte[] pdf = export(new PdfExporter(), sample, ExportOptions.defaults());
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/sample.pdf"), pdf);

        Map<String, Integer> extracted = new HashMap<>();
        words(text(pdf)).forEach(w -> extracted.merge(w, 1, Integer::sum));
        List<String> missing = new ArrayList<>();
        for (Section s : sample.sections()) {
            List<String> source = new ArrayList<>(s.headline() == null ? List.of() : words(s.headline()));
            s.paragraphs().forEach(p -> source.addAll(words(p.text())));
            for (String w : source) {
                if (extracted.getOrDefault(w, 0) > 0) {
                    extracted.merge(w, -1, Integer::sum);
                } else {
                    missing.add(w);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void numbersAndLatinAcronymsKeepTheirPlaceInARightToLeftLine() throws IOException {
        byte[] pdf = export(new PdfExporter(), digest("في عام 2026 نشر مركز CSIS تقريرا"), ExportOptions.defaults());
        List<TextPosition> positions = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    positions.add(t);
                    super.processTextPosition(t);
                }
            };
            stripper.getText(doc);
        }
        float line = positions.stream()
                .filter(t -> t.getUnicode().equals("C"))
                .findFirst()
                .orElseThrow()
                .getY();
        Map<String, Float> x = new HashMap<>();
        for (TextPosition t : positions) {
            if (t.getY() == line) {
                // a ligature glyph carries all of its letters
                t.getUnicode().codePoints().forEach(c -> x.putIfAbsent(new String(Character.toChars(c)), t.getX()));
            }
        }
        // digits and Latin read left to right inside their runs
        assertThat(x.get("2")).isLessThan(x.get("0")).isLessThan(x.get("6"));
        assertThat(x.get("C")).isLessThan(x.get("I"));
        // the runs follow the right-to-left order of the sentence: عام, then 2026, then CSIS further left
        assertThat(x.get("6")).isLessThan(x.get("ع"));
        assertThat(x.get("S")).isLessThan(x.get("2"));
        assertThat(x.get("ت")).isLessThan(x.get("C"));
        assertThat(text(pdf)).contains("في عام 2026").contains("مركز CSIS");
    }

    @Test
    void sameDigestSameBytes() throws IOException {
        PdfExporter exporter = new PdfExporter();
        Digest sample = sample();
        byte[] first = export(exporter, sample, ExportOptions.defaults());
        byte[] second = export(new PdfExporter(), sample, ExportOptions.defaults());
        assertThat(second).isEqualTo(first);
    }

    @Test
    void oneExporterServesManyThreads() throws Exception {
        PdfExporter exporter = new PdfExporter();
        Digest sample = sample();
        Digest other = digest("فقرة أولى قصيرة عن الطاقة.", "فقرة ثانية عن الملاحة في البحر الأحمر.");
        byte[] expectedSample = export(exporter, sample, ExportOptions.defaults());
        byte[] expectedOther = export(exporter, other, ExportOptions.defaults());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Digest d = i % 2 == 0 ? sample : other;
                results.add(pool.submit(() -> export(exporter, d, ExportOptions.defaults())));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(i % 2 == 0 ? expectedSample : expectedOther);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void metadataOutlineLanguageAndDirectionComeFromTheDigest() throws IOException {
        Digest sample = sample();
        try (PDDocument doc = Loader.loadPDF(export(new PdfExporter(), sample, ExportOptions.defaults()))) {
            assertThat(doc.getDocumentInformation().getTitle())
                    .isEqualTo(sample.metadata().title());
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("سلمى عبد الرحيم");
            assertThat(doc.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(java.time.Instant.parse("2026-11-29T00:00:00Z"));
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("ar");
            assertThat(doc.getDocumentCatalog().getViewerPreferences().getReadingDirection())
                    .isEqualTo(PDViewerPreferences.READING_DIRECTION.R2L.toString());
            String xmp = new String(
                    doc.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp)
                    .contains(sample.metadata().title())
                    .contains("سلمى عبد الرحيم")
                    .contains(">ar<");
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item :
                    doc.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertThat(bookmarks).hasSize(sample.sections().size() + 1).endsWith("المصادر");
            assertThat(bookmarks.subList(1, sample.sections().size()))
                    .containsExactlyElementsOf(sample.sections().stream()
                            .skip(1)
                            .map(Section::headline)
                            .toList());
            assertThat(doc.getDocument().getTrailer().getCOSArray(COSName.ID)).hasSize(2);
        }
    }

    @Test
    void everyGlyphWidthIsTheFontsOwnAdvance() throws IOException {
        try (PDDocument doc = Loader.loadPDF(export(new PdfExporter(), sample(), ExportOptions.defaults()))) {
            PDPage page = doc.getPage(0);
            int checked = 0;
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                PDCIDFontType2 cid = (PDCIDFontType2) ((PDType0Font) font).getDescendantFont();
                TrueTypeFont ttf = cid.getTrueTypeFont();
                COSArray w = cid.getCOSObject().getCOSArray(COSName.W);
                for (int i = 0; i < w.size(); i += 2) {
                    int first = ((COSNumber) w.getObject(i)).intValue();
                    COSArray widths = (COSArray) w.getObject(i + 1);
                    for (int k = 0; k < widths.size(); k++) {
                        int code = first + k;
                        float expected = ttf.getAdvanceWidth(cid.codeToGID(code)) * 1000f / ttf.getUnitsPerEm();
                        assertThat(((COSNumber) widths.getObject(k)).floatValue())
                                .as("CID %d", code)
                                .isEqualTo(expected);
                        checked++;
                    }
                }
            }
            assertThat(checked).isGreaterThan(100);
        }
    }

    @Test
    void optionsChoosePaperColumnsAndDigits() throws IOException {
        byte[] a5 = export(
                new PdfExporter(),
                sample(),
                ExportOptions.builder()
                        .set(PdfExporter.PAPER, "a5")
                        .set(PdfExporter.COLUMNS, 2)
                        .digits(DigitStyle.ARABIC_INDIC)
                        .build());
        try (PDDocument doc = Loader.loadPDF(a5)) {
            assertThat(doc.getPage(0).getMediaBox().getWidth())
                    .isCloseTo(419.53f, org.assertj.core.data.Offset.offset(0.1f));
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(3);
        }
        assertThat(text(a5).replace("\u200f", "")).contains("٢٩ نوفمبر ٢٠٢٦");
        PdfExporter configured = PdfExporter.builder()
                .paper(PaperSize.LETTER)
                .columns(2)
                .kashida(false)
                .build();
        try (PDDocument doc = Loader.loadPDF(export(configured, sample(), ExportOptions.defaults()))) {
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
        }
    }

    @Test
    void badOptionsAreClearErrors() {
        PdfExporter exporter = new PdfExporter();
        assertThatThrownBy(() -> export(
                        exporter,
                        digest("نص"),
                        ExportOptions.builder().set(PdfExporter.PAPER, "b7").build()))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("b7");
        assertThatThrownBy(() -> export(
                        exporter,
                        digest("نص"),
                        ExportOptions.builder().set(PdfExporter.COLUMNS, 3).build()))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("columns");
    }

    @Test
    void charactersNoFaceCanDrawAreReportedOncePerEditionWithWhereTheyOccur() throws IOException {
        List<io.mirsad.export.ExportWarning> warnings = new ArrayList<>();
        export(
                new PdfExporter(),
                digest("نص فيه وجه ضاحك 😀 في وسطه ورمز 中 ثم الوجه 😀 ثانية"),
                ExportOptions.builder().warnings(warnings::add).build());
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).code()).isEqualTo("font.missing-glyph");
        assertThat(warnings.get(0).message())
                .startsWith("2 characters no font of the edition can draw")
                .contains("U+4E2D CJK UNIFIED IDEOGRAPH-4E2D at sections[0].blocks[0].text (first in \"")
                .contains("U+1F600 GRINNING FACE at sections[0].blocks[0].text (first in \"")
                .contains("ضاحك 😀 في")
                .doesNotContain("?");
        assertThat(warnings.get(0)
                        .message()
                        .codePoints()
                        .filter(cp -> cp <= 0xFFFF && Character.isSurrogate((char) cp)))
                .as("unpaired surrogates")
                .isEmpty();
    }

    @Test
    void greekCyrillicAndHebrewAreSetInTheBundledFallbacksWithoutWarnings() throws IOException {
        List<io.mirsad.export.ExportWarning> warnings = new ArrayList<>();
        byte[] pdf = export(
                new PdfExporter(),
                digest("نقلت الصحف عن الوكالة اليونانية Ωμέγα والروسية Москва والعبرية שלום"),
                ExportOptions.builder().warnings(warnings::add).build());
        assertThat(warnings).isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> fonts = new ArrayList<>();
            for (org.apache.pdfbox.cos.COSName name :
                    doc.getPage(0).getResources().getFontNames()) {
                fonts.add(doc.getPage(0).getResources().getFont(name).getName());
            }
            assertThat(fonts).anyMatch(f -> f.contains("NotoSans-")).anyMatch(f -> f.contains("NotoSansHebrew"));
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("Ωμέγα", "Москва", "שלום");
        }
    }

    static Digest blocks() throws IOException {
        Section section = Section.builder(SectionKind.STORY)
                .headline("ثلاثة أشكال من الكتل")
                .paragraph(
                        new io.mirsad.digest.Inline.Text("فقرة فيها "),
                        new io.mirsad.digest.Inline.Strong("كلمة بارزة"),
                        new io.mirsad.digest.Inline.Text(" و"),
                        new io.mirsad.digest.Inline.Emphasis("عبارة مائلة"),
                        new io.mirsad.digest.Inline.Text(" في وسطها."))
                .block(new io.mirsad.digest.Block.Quote(
                        List.of(new io.mirsad.digest.Inline.Text(
                                "الممرات البحرية ليست طرقا للتجارة وحدها بل هي جزء من الأمن الإقليمي")),
                        "باحث في الاقتصاد"))
                .block(new io.mirsad.digest.Block.ListBlock(
                        true,
                        List.of(
                                io.mirsad.digest.Block.Paragraph.of("البند الأول من القائمة"),
                                io.mirsad.digest.Block.Paragraph.of("البند الثاني من القائمة"))))
                .block(new io.mirsad.digest.Block.Figure(
                        io.mirsad.pdf.internal.Fixtures.bluePng(120, 60),
                        "image/png",
                        "مستطيل أزرق",
                        "شكل توضيحي: مستطيل أزرق"))
                .build();
        return Digest.builder()
                .metadata(Metadata.builder().title("كتل متنوعة").build())
                .section(section)
                .build();
    }

    @Test
    void quotesListsAndFiguresAreSet() throws IOException {
        byte[] pdf = export(new PdfExporter(), blocks(), ExportOptions.defaults());
        Files.write(Path.of("target/blocks.pdf"), pdf);
        String text = text(pdf).replace("\u200f", "");
        assertThat(text)
                .contains("كلمة بارزة")
                .contains("الأمن الإقليمي")
                .contains("— باحث في الاقتصاد")
                .contains("1. البند الأول")
                .contains("2. البند الثاني")
                .contains("شكل توضيحي");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getPage(0).getResources().getXObjectNames()).hasSize(1);
        }
    }

    @Test
    void longEditionsAreSetPageAfterPage() throws IOException {
        String paragraph = "تواصل المراكز البحثية متابعة أسواق الطاقة والممرات البحرية، وتنشر تقارير دورية تقارن "
                + "فيها الأرقام بين عام وآخر، وتقترح على الحكومات سياسات تقلل أثر الأزمات على المستهلكين.";
        String[] paragraphs = new String[2000];
        Arrays.fill(paragraphs, paragraph);
        byte[] pdf = export(new PdfExporter(), digest(paragraphs), ExportOptions.defaults());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(140);
        }
    }
}

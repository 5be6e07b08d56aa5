package io.mirsad.pdf.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.digest.Digest;
import io.mirsad.digest.Metadata;
import io.mirsad.digest.Section;
import io.mirsad.digest.SectionKind;
import io.mirsad.export.ExportOptions;
import io.mirsad.export.ExportWarning;
import io.mirsad.pdf.PdfExporter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Greek, Cyrillic and Hebrew quoted inside Arabic text are set in the bundled Noto fallbacks, and poppler's
 * {@code pdftotext} gives every word back exactly, as it does the Arabic around them; the edition stays
 * byte-identical across runs. Needs poppler-utils: a missing {@code pdftotext} fails the test.
 */
@Tag("integration")
class FallbackScriptsTest {
    /** Sentences written for this test: the Arabic frames a quotation in each script. */
    static final List<String> PARAGRAPHS = List.of(
            "قال وزير المالية اليوناني في أثينا إن «Η οικονομία αναπτύσσεται σταθερά» هذا العام.",
            "ونقلت صحيفة روسية عن مسؤول قوله «Экономика растёт медленно» في الربع الأخير.",
            "وكتبت صحيفة عبرية أن «הכלכלה צומחת לאט» بعد تراجع الصادرات.");

    static Digest digest() {
        Section.Builder section = Section.builder(SectionKind.STORY).headline("اقتباسات بلغات أخرى");
        PARAGRAPHS.forEach(section::paragraph);
        return Digest.builder()
                .metadata(Metadata.builder()
                        .title("نشرة بلغات عدة")
                        .published(LocalDate.of(2026, 11, 29))
                        .build())
                .section(section.build())
                .build();
    }

    @Test
    void pdftotextGivesBackEveryWordOfEveryScript(@TempDir Path dir) throws Exception {
        List<ExportWarning> warnings = new ArrayList<>();
        ExportOptions options = ExportOptions.builder().warnings(warnings::add).build();
        PdfExporter exporter = new PdfExporter();
        byte[] pdf = export(exporter, options);
        assertThat(export(exporter, options)).as("byte-identical across runs").isEqualTo(pdf);
        assertThat(warnings).isEmpty();

        Path file = Files.write(dir.resolve("scripts.pdf"), pdf);
        String text = Pdftotext.extract(file, dir.resolve("scripts.txt"));
        // tokens as the recall tests count them: invisible format characters (bidi controls, joiners) aside
        assertThat(SourceTokens.tokenize(text))
                .as("pdftotext output: %s", text)
                .contains(
                        "οικονομία",
                        "αναπτύσσεται",
                        "σταθερά",
                        "Экономика",
                        "растёт",
                        "медленно",
                        "הכלכלה",
                        "צומחת",
                        "לאט",
                        "وزير",
                        "صحيفة",
                        "الصادرات");
    }

    private static byte[] export(PdfExporter exporter, ExportOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(digest(), options, out);
        return out.toByteArray();
    }
}

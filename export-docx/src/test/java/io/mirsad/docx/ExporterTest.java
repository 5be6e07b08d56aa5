package io.mirsad.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mirsad.digest.Block;
import io.mirsad.digest.Digest;
import io.mirsad.digest.Metadata;
import io.mirsad.digest.Section;
import io.mirsad.digest.SectionKind;
import io.mirsad.export.ExportOptions;
import io.mirsad.export.ExporterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exporter as the rest of Mirsad sees it. */
class ExporterTest {

    @Test
    void registeredAsTheDocxFormat() {
        assertThat(ExporterRegistry.load().require("docx"))
                .isInstanceOf(DocxExporter.class)
                .satisfies(e -> {
                    assertThat(e.fileExtension()).isEqualTo("docx");
                    assertThat(e.mediaType())
                            .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
                });
    }

    @Test
    void anUndecodableFigureIsRefusedWithItsPathBeforeAnyExport() {
        // Pictures are checked once, in the model, for every format alike.
        assertThatThrownBy(() -> Digest.builder()
                        .metadata(Metadata.builder().title("عدد بصورة تالفة").build())
                        .section(Section.builder(SectionKind.FIGURE)
                                .id("chart")
                                .headline("رسم الأسبوع")
                                .block(new Block.Figure(new byte[] {1, 2, 3, 4}, "image/png", "صورة لا تقرأ", null))
                                .build())
                        .build())
                .isInstanceOf(io.mirsad.digest.DigestValidationException.class)
                .hasMessageContaining("sections[0].blocks[0].image: not a PNG or JPEG image");
    }

    @Test
    void writesAFileThatPoiOpens(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("edition.docx");
        new DocxExporter().export(DocxPackage.sample(), ExportOptions.defaults(), target);
        try (var doc = TextReadBackTest.open(Files.readAllBytes(target))) {
            assertThat(doc.getParagraphs()).hasSizeGreaterThan(20);
        }
        assertThat(List.of(dir.toFile().list())).containsExactly("edition.docx");
    }
}

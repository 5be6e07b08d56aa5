package io.mirsad.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.mirsad.digest.Block;
import io.mirsad.digest.Digest;
import io.mirsad.digest.Metadata;
import io.mirsad.digest.Section;
import io.mirsad.digest.SectionKind;
import io.mirsad.export.ExportException;
import io.mirsad.export.ExportOptions;
import io.mirsad.export.ExporterRegistry;

/** The exporter as the rest of Mirsad sees it. */
class ExporterTest {

    @Test
    void registeredAsTheDocxFormat() {
        assertThat(ExporterRegistry.load().require("docx")).isInstanceOf(DocxExporter.class)
                .satisfies(e -> {
                    assertThat(e.fileExtension()).isEqualTo("docx");
                    assertThat(e.mediaType())
                            .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
                });
    }

    @Test
    void anUndecodableFigureFailsNamingTheSectionAndLeavesNoFile(@TempDir Path dir) {
        Digest broken = Digest.builder()
                .metadata(Metadata.builder().title("عدد بصورة تالفة").build())
                .section(Section.builder(SectionKind.FIGURE).id("chart").headline("رسم الأسبوع")
                        .block(new Block.Figure(new byte[] {1, 2, 3, 4}, "image/png", "صورة لا تقرأ", null)).build())
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> new DocxExporter().export(broken, ExportOptions.defaults(), out))
                .isInstanceOf(ExportException.class).hasMessageContaining("section 'chart'")
                .hasMessageContaining("image/png");
        assertThat(out.size()).isZero();
        Path target = dir.resolve("broken.docx");
        assertThatThrownBy(() -> new DocxExporter().export(broken, ExportOptions.defaults(), target))
                .isInstanceOf(ExportException.class);
        assertThat(target).doesNotExist();
        assertThat(dir).isEmptyDirectory();
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

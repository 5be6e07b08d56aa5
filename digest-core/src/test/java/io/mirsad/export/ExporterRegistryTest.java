package io.mirsad.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mirsad.digest.Digest;
import io.mirsad.digest.Metadata;
import io.mirsad.digest.Section;
import io.mirsad.digest.SectionKind;
import io.mirsad.digest.text.DigitStyle;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExporterRegistryTest {

    /** Writes the title, then fails if asked to, to show what a failure leaves behind. */
    private record TitleExporter(boolean failHalfway) implements DigestExporter {
        @Override
        public String format() {
            return "TXT";
        }

        @Override
        public String mediaType() {
            return "text/plain";
        }

        @Override
        public String fileExtension() {
            return "txt";
        }

        @Override
        public void export(Digest digest, ExportOptions options, OutputStream out) throws IOException {
            out.write(digest.metadata().title().getBytes(StandardCharsets.UTF_8));
            options.warnings().accept(new ExportWarning("txt.plain", "no styles in plain text", "metadata.title"));
            if (failHalfway) {
                throw new ExportException("failed halfway");
            }
        }
    }

    private static final Digest DIGEST = Digest.builder()
            .metadata(Metadata.builder().title("عنوان").build())
            .section(Section.builder(SectionKind.STORY)
                    .headline("خبر")
                    .paragraph("نص")
                    .build())
            .build();

    @Test
    void digestCoreAloneHasNoExporters() {
        assertThat(ExporterRegistry.load().formats()).isEmpty();
        assertThatThrownBy(() -> ExporterRegistry.load().require("pdf"))
                .isInstanceOf(ExportException.class)
                .hasMessage("no exporter for format 'pdf' is installed");
    }

    @Test
    void findsExportersByFormatInAnyCase() {
        ExporterRegistry registry = ExporterRegistry.of(new TitleExporter(false));
        assertThat(registry.formats()).containsExactly("txt");
        assertThat(registry.find("Txt")).isPresent();
        assertThatThrownBy(() -> registry.require("rtf"))
                .hasMessage("no exporter for format 'rtf' is installed; installed: txt");
    }

    @Test
    void fileExportIsAllOrNothing(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("edition.txt");
        new TitleExporter(false).export(DIGEST, ExportOptions.defaults(), target);
        assertThat(target).hasContent("عنوان");
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            // the edition gets the permissions any new file gets, not a temporary file's owner-only ones
            assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(plain));
        }
        Files.delete(plain);

        Path failed = dir.resolve("failed.txt");
        assertThatThrownBy(() -> new TitleExporter(true).export(DIGEST, ExportOptions.defaults(), failed))
                .hasMessage("failed halfway");
        assertThat(failed).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("edition.txt");
        }
    }

    @Test
    void optionsAreTypedAndReportBadValues() {
        ExportOptions options = ExportOptions.builder()
                .digits(DigitStyle.ARABIC_INDIC)
                .set("pdf.columns", 2)
                .set("pdf.kashida", "maybe")
                .build();
        assertThat(options.digits()).isEqualTo(DigitStyle.ARABIC_INDIC);
        assertThat(options.getInt("pdf.columns", 1)).isEqualTo(2);
        assertThat(options.getInt("pdf.margin", 20)).isEqualTo(20);
        assertThatThrownBy(() -> options.getBoolean("pdf.kashida", true))
                .hasMessage("option pdf.kashida: expected true or false, got 'maybe'");
        assertThat(options.with(b -> b.set("pdf.columns", 1)).getInt("pdf.columns", 0))
                .isEqualTo(1);
    }

    @Test
    void warningsReachTheListenerAndTheFileExportsResult(@TempDir Path dir) throws IOException {
        java.util.List<ExportWarning> heard = new java.util.ArrayList<>();
        ExportOptions options = ExportOptions.builder()
                .warnings(heard::add)
                .set("digits", "western")
                .build();
        ExportResult result = new TitleExporter(false).export(DIGEST, options, dir.resolve("edition.txt"));

        ExportWarning expected = new ExportWarning("txt.plain", "no styles in plain text", "metadata.title");
        assertThat(result.warnings()).containsExactly(expected);
        assertThat(heard).containsExactly(expected);
        assertThat(result.size()).isEqualTo("عنوان".getBytes(StandardCharsets.UTF_8).length);
        assertThat(expected).hasToString("metadata.title: no styles in plain text [txt.plain]");
        // the listener rides along with copies and does not make options unequal
        assertThat(options.with(b -> b.set("pdf.columns", 2)).warnings()).isSameAs(options.warnings());
        assertThat(options)
                .isEqualTo(ExportOptions.builder().set("digits", "western").build());
    }
}

package io.mirsad.epub;

import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.digest.text.DigitStyle;
import io.mirsad.export.ExportOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** EPUBCheck 5, run as a library, finds nothing to report in any edition. */
class EpubCheckTest {
    @TempDir
    Path dir;

    static Stream<Arguments> editions() {
        return Stream.of("observatory", "water", "digital", "gulf-ltr")
                .flatMap(name -> Stream.of(
                        Arguments.of(name, "section", "western"), Arguments.of(name, "single", "arabic-indic")));
    }

    @ParameterizedTest(name = "{0}, split {1}, {2} digits")
    @MethodSource("editions")
    void reportsNoErrorsAndNoWarnings(String name, String split, String digits) throws IOException {
        Path epub = dir.resolve(name + ".epub");
        new EpubExporter()
                .export(
                        Epubs.digest(name),
                        ExportOptions.builder()
                                .set(EpubExporter.SPLIT, split)
                                .digits(DigitStyle.fromName(digits))
                                .build(),
                        epub);

        EpubCheckResult result = EpubCheckResult.check(epub);

        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void aUserSuppliedJpegCoverIsAlsoValid() throws IOException {
        Path cover = dir.resolve("cover.jpg");
        Files.write(cover, TestImages.jpeg(600, 900));
        Path epub = dir.resolve("jpeg-cover.epub");
        new EpubExporter()
                .export(
                        Epubs.digest("water"),
                        ExportOptions.builder()
                                .set(EpubExporter.COVER, cover.toString())
                                .build(),
                        epub);

        EpubCheckResult result = EpubCheckResult.check(epub);

        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).isEmpty();
    }

    /** The harness must be able to fail: the same book with its nav property removed is reported. */
    @Test
    void theHarnessReportsABrokenBook() throws IOException {
        Epubs.Book book = Epubs.read(Epubs.export(new EpubExporter(), Epubs.digest("water"), ExportOptions.defaults()));
        ByteArrayOutputStream broken = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(broken)) {
            for (Map.Entry<String, byte[]> e : book.entries().entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                byte[] data = e.getValue();
                if (e.getKey().equals("mimetype")) {
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(data.length);
                    entry.setCrc(book.zipEntries().get("mimetype").getCrc());
                } else if (e.getKey().endsWith(".opf")) {
                    data = new String(data, StandardCharsets.UTF_8)
                            .replace(" properties=\"nav\"", "")
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(entry);
                zip.write(data);
                zip.closeEntry();
            }
        }
        Path epub = dir.resolve("broken.epub");
        Files.write(epub, broken.toByteArray());

        assertThat(EpubCheckResult.check(epub).errors()).anyMatch(e -> e.contains("nav"));
    }
}

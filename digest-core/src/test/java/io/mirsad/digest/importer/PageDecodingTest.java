package io.mirsad.digest.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Page files in the encodings newsrooms save them in. */
class PageDecodingTest {
    private static final String PAGE = "نشرة الأحد| أسعار القمح في الأسواق\nهدى سالم\nنشرة الأحد\n"
            + "ارتفعت أسعار القمح هذا الشهر، وذكر معهد هدسون أن الجفاف هو السبب.\n";

    @Test
    void utf8WithAndWithoutByteOrderMarkGiveTheSameDigest(@TempDir Path dir) throws IOException {
        Path plain = write(dir.resolve("plain.txt"), PAGE.getBytes(StandardCharsets.UTF_8));
        Path bom = write(
                dir.resolve("bom.txt"),
                concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, PAGE.getBytes(StandardCharsets.UTF_8)));
        ImportResult a = PageImporter.defaults().importPage(plain);
        ImportResult b = PageImporter.defaults().importPage(bom);
        assertThat(b).isEqualTo(a);
        assertThat(a.warnings()).isEmpty();
        assertThat(a.digest().metadata().series()).isEqualTo("نشرة الأحد");
    }

    @Test
    void utf16WithByteOrderMark(@TempDir Path dir) throws IOException {
        Path file = write(
                dir.resolve("utf16.txt"),
                concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, PAGE.getBytes(StandardCharsets.UTF_16LE)));
        assertThat(PageImporter.defaults().importPage(file))
                .isEqualTo(PageImporter.defaults().importPage(PAGE));
    }

    @Test
    void windows1256IsDetectedAndNoted(@TempDir Path dir) throws IOException {
        Path file = write(dir.resolve("legacy.txt"), PAGE.getBytes(Charset.forName("windows-1256")));
        ImportResult r = PageImporter.defaults().importPage(file);
        assertThat(r.digest())
                .isEqualTo(PageImporter.defaults().importPage(PAGE).digest());
        assertThat(r.warnings()).containsExactly("not valid UTF-8; decoded as windows-1256 (detected)");
    }

    @Test
    void anEmptyFileIsRefused(@TempDir Path dir) throws IOException {
        Path file = write(dir.resolve("empty.txt"), new byte[0]);
        assertThatThrownBy(() -> PageImporter.defaults().importPage(file))
                .isInstanceOf(PageImportException.class)
                .hasMessage("the file is empty");
        Path blank = write(dir.resolve("blank.txt"), "\n \n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> PageImporter.defaults().importPage(blank))
                .isInstanceOf(PageImportException.class)
                .hasMessage("the page has no text");
    }

    private static Path write(Path file, byte[] bytes) throws IOException {
        return Files.write(file, bytes);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}

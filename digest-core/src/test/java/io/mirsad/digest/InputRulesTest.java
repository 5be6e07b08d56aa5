package io.mirsad.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mirsad.digest.text.Printable;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The input rules every format relies on: checked once, in the model, with the field's path. */
class InputRulesTest {

    private static Digest digest(UnaryOperator<Metadata.Builder> metadata, Source source, Block block) {
        return Digest.builder()
                .metadata(metadata.apply(Metadata.builder().title("عنوان").published(LocalDate.of(2026, 11, 29)))
                        .build())
                .source(source)
                .section(Section.builder(SectionKind.STORY)
                        .headline("خبر")
                        .source(source.id())
                        .block(block)
                        .build())
                .build();
    }

    private static Digest withBlock(Block block) {
        return digest(m -> m, Source.of("a", "مركز"), block);
    }

    private static String onlyViolation(Runnable build) {
        try {
            build.run();
        } catch (DigestValidationException e) {
            assertThat(e.violations()).hasSize(1);
            return e.violations().get(0).toString();
        }
        throw new AssertionError("the digest was accepted");
    }

    @ParameterizedTest
    @ValueSource(ints = {0x01, 0x07, 0x0B, 0x1B, 0x7F, 0x85, 0xFFFE, 0xD800})
    void refusesControlAndXmlInvalidCharactersWithPathAndCodePoint(int cp) {
        String bad = "عنوان" + (char) cp + "العدد";
        assertThat(onlyViolation(() -> digest(m -> m.title(bad), Source.of("a", "مركز"), Block.Paragraph.of("نص"))))
                .isEqualTo("metadata.title: control character " + Printable.codePoint(cp)
                        + " at character 6 (not allowed in text)");
        assertThat(onlyViolation(() -> digest(m -> m.rights(bad), Source.of("a", "مركز"), Block.Paragraph.of("نص"))))
                .startsWith("metadata.rights: control character");
        assertThat(onlyViolation(() -> withBlock(Block.Paragraph.of(new Inline.Text("قال "), new Inline.Strong(bad)))))
                .startsWith("sections[0].blocks[0].runs[1].text: control character");
        assertThat(onlyViolation(() -> withBlock(new Block.Quote(java.util.List.of(new Inline.Text("قول")), bad))))
                .startsWith("sections[0].blocks[0].attribution: control character");
    }

    @Test
    void keepsTabsAndLineBreaksWhichXmlAllows() {
        withBlock(Block.Paragraph.of("سطر\tأول\nوسطر\r\nثان"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://example.org/a b",
                "https://example.org/\"<>",
                "https://example.org/%zz",
                "see the website",
                "example.org/page"
            })
    void refusesUrlsThatAreNotAbsoluteUris(String url) {
        assertThat(onlyViolation(() ->
                        digest(m -> m, new Source("a", "مركز", null, url, SourceKind.OTHER), Block.Paragraph.of("نص"))))
                .startsWith("sources[0].url: not ");
        assertThat(onlyViolation(
                        () -> withBlock(Block.Paragraph.of(new Inline.Text("انظر "), new Inline.Link("هنا", url)))))
                .startsWith("sections[0].blocks[0].runs[1].url: not ");
    }

    @Test
    void linksOnlyToWebAndMailAddresses() {
        assertThat(Urls.isLinkable("https://www.csis.org/analysis")).isTrue();
        assertThat(Urls.isLinkable("mailto:desk@example.org")).isTrue();
        assertThat(Urls.isLinkable("javascript:alert(1)")).isFalse();
        assertThat(Urls.isLinkable("JavaScript:alert(1)")).isFalse();
        assertThat(Urls.isLinkable("file:///etc/passwd")).isFalse();
        assertThat(Urls.isLinkable("")).isFalse();
        assertThat(Urls.isLinkable("https:nohost")).isFalse();
        // accepted by the model, shown as text
        withBlock(Block.Paragraph.of(new Inline.Link("رابط", "javascript:alert(1)"), new Inline.Link("فارغ", "")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u00A0\u00A0", "\u200B", "\u200F\u200E", "\uFEFF", " \u2060 "})
    void invisibleOnlyTextIsBlank(String invisible) {
        assertThat(onlyViolation(
                        () -> digest(m -> m.title(invisible), Source.of("a", "مركز"), Block.Paragraph.of("نص"))))
                .isEqualTo("metadata.title: blank");
        assertThat(onlyViolation(() -> withBlock(Block.Paragraph.of(invisible))))
                .isEqualTo("sections[0].blocks[0].text: blank");
    }

    @Test
    void blankOptionalTextCountsAsAbsent() {
        assertThat(new Block.Quote(java.util.List.of(new Inline.Text("قول")), " \u200F").attribution())
                .isNull();
        assertThat(new Source("a", "مركز", "", "", SourceKind.OTHER).url()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000-01-03", "1899-12-31", "2201-01-01"})
    void refusesImplausibleDates(String date) {
        assertThat(onlyViolation(() -> digest(
                        m -> m.published(LocalDate.parse(date)), Source.of("a", "مركز"), Block.Paragraph.of("نص"))))
                .startsWith("metadata.published: implausible date");
    }

    @Test
    void checksFigureBytesAgainstTheirMediaType() throws IOException {
        byte[] png = png(4, 3);
        byte[] jpeg = image("jpeg", 4, 3);
        withBlock(new Block.Figure(png, "image/png", "صورة", null));
        withBlock(new Block.Figure(jpeg, "image/jpeg", "صورة", null));
        assertThat(onlyViolation(() -> withBlock(new Block.Figure(
                        "not a picture".getBytes(java.nio.charset.StandardCharsets.UTF_8), "image/png", "صورة", null))))
                .isEqualTo("sections[0].blocks[0].image: not a PNG or JPEG image (the bytes start 0x6E)");
        assertThat(onlyViolation(() -> withBlock(new Block.Figure(png, "image/jpeg", "صورة", null))))
                .isEqualTo("sections[0].blocks[0].image: declared image/jpeg but the bytes are image/png");
        assertThat(onlyViolation(() ->
                        withBlock(new Block.Figure(Arrays.copyOf(png, png.length - 20), "image/png", "صورة", null))))
                .isEqualTo("sections[0].blocks[0].image: truncated: the PNG does not end with its IEND chunk");
        byte[] corrupt = noise(64, 64);
        Arrays.fill(corrupt, corrupt.length / 2, corrupt.length / 2 + 64, (byte) 0xFF);
        assertThat(onlyViolation(() -> withBlock(new Block.Figure(corrupt, "image/png", "صورة", null))))
                .startsWith("sections[0].blocks[0].image: cannot be decoded");
    }

    @Test
    void readsPictureFilesSizeLimited(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.png");
        Files.write(big, new byte[Images.MAX_BYTES + 1]);
        assertThatThrownBy(() -> Images.read(big)).hasMessage("larger than 20 MiB");
        assertThatThrownBy(() -> Images.read(dir)).hasMessage("is a directory");
        assertThatThrownBy(() -> Images.read(Path.of("/dev/zero"))).hasMessage("larger than 20 MiB");
    }

    @Test
    void messagesShowControlCharactersAsCodePoints() {
        assertThat(Printable.escape("a\u001B[31mb\u0007c\rd\u202Ee")).isEqualTo("aU+001B[31mbU+0007cU+000DdU+202Ee");
        assertThat(Printable.escape("قال \uD83D\uDE00")).isEqualTo("قال \uD83D\uDE00");
    }

    static byte[] png(int width, int height) throws IOException {
        return image("png", width, height);
    }

    private static byte[] image(String format, int width, int height) throws IOException {
        return encode(format, new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB));
    }

    private static byte[] noise(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(9);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        return encode("png", image);
    }

    private static byte[] encode(String format, BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}

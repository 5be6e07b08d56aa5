package io.mirsad.epub;

import static io.mirsad.epub.Epubs.XHTML_NS;
import static io.mirsad.epub.Epubs.elements;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mirsad.digest.Digest;
import io.mirsad.digest.Metadata;
import io.mirsad.digest.Section;
import io.mirsad.digest.SectionKind;
import io.mirsad.digest.text.DigitStyle;
import io.mirsad.export.ExportException;
import io.mirsad.export.ExportOptions;
import io.mirsad.export.ExporterRegistry;
import io.mirsad.fonts.BundledFonts;
import io.mirsad.fonts.FontFace;
import io.mirsad.fonts.FontRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The builder, the {@code epub.*} options, the service registration and the refusals. */
class OptionsTest {
    @TempDir
    Path dir;

    @Test
    void isRegisteredAsTheEpubFormat() {
        assertThat(ExporterRegistry.load().require("epub"))
                .isInstanceOf(EpubExporter.class)
                .satisfies(e -> {
                    assertThat(e.mediaType()).isEqualTo("application/epub+zip");
                    assertThat(e.fileExtension()).isEqualTo("epub");
                });
    }

    @Test
    void splitOptionOverridesTheBuilder() {
        EpubExporter single = EpubExporter.builder().split(SplitMode.SINGLE).build();
        Epubs.Book book = Epubs.read(Epubs.export(
                single,
                Epubs.digest("observatory"),
                ExportOptions.builder().set(EpubExporter.SPLIT, "section").build()));
        assertThat(book.entries()).containsKey("OEBPS/section-06.xhtml").doesNotContainKey("OEBPS/digest.xhtml");
    }

    @Test
    void coverFromTheBuilderOrFromAFileIsCarriedUnchanged() throws IOException {
        byte[] png = TestImages.png(300, 450);
        Epubs.Book fromBuilder = Epubs.read(Epubs.export(
                EpubExporter.builder().coverImage(png).build(), Epubs.digest("digital"), ExportOptions.defaults()));
        assertThat(fromBuilder.bytes("OEBPS/images/cover.png")).isEqualTo(png);

        byte[] jpeg = TestImages.jpeg(300, 450);
        Path file = dir.resolve("cover.jpg");
        Files.write(file, jpeg);
        Epubs.Book fromOption = Epubs.read(Epubs.export(
                new EpubExporter(),
                Epubs.digest("digital"),
                ExportOptions.builder().set(EpubExporter.COVER, file.toString()).build()));
        assertThat(fromOption.bytes("OEBPS/images/cover.jpg")).isEqualTo(jpeg);
        assertThat(fromOption.text("OEBPS/package.opf"))
                .contains("href=\"images/cover.jpg\" media-type=\"image/jpeg\" properties=\"cover-image\"");
    }

    @Test
    void arabicIndicDigitsNumberTheNotesAndDateTheTitlePage() {
        Epubs.Book book = Epubs.read(Epubs.export(
                new EpubExporter(),
                Epubs.digest("observatory"),
                ExportOptions.builder().digits(DigitStyle.ARABIC_INDIC).build()));
        assertThat(elements(book.xml("OEBPS/section-02.xhtml"), XHTML_NS, "a")
                        .get(0)
                        .getTextContent())
                .isEqualTo("١");
        assertThat(book.xml("OEBPS/title.xhtml").getDocumentElement().getTextContent())
                .contains("٢٩", "٢٠٢٦");
        assertThat(book.text("OEBPS/css/mirsad.css")).contains("ol { list-style-type: arabic-indic; }");
        assertThat(Epubs.read(Epubs.export(new EpubExporter(), Epubs.digest("observatory"), ExportOptions.defaults()))
                        .text("OEBPS/css/mirsad.css"))
                .doesNotContain("arabic-indic");
        // The digest's own text keeps the digits it was written with.
        assertThat(book.text("OEBPS/section-02.xhtml")).contains("18%");
    }

    @Test
    void otherFontsAreEmbeddedUnderTheirFamilyName() {
        FontFace renamed =
                FontFace.of("Naskh Test", false, BundledFonts.amiriRegular().bytes());
        FontFace renamedBold =
                FontFace.of("Naskh Test", true, BundledFonts.amiriBold().bytes());
        EpubExporter exporter = EpubExporter.builder()
                .fonts(FontRegistry.builder().regular(renamed).bold(renamedBold).build())
                .build();
        Epubs.Book book = Epubs.read(Epubs.export(exporter, Epubs.digest("digital"), ExportOptions.defaults()));
        assertThat(book.entries()).containsKeys("OEBPS/fonts/NaskhTest-Regular.ttf", "OEBPS/fonts/NaskhTest-Bold.ttf");
        assertThat(book.text("OEBPS/css/mirsad.css"))
                .contains("font-family: \"Naskh Test\"", "url(\"../fonts/NaskhTest-Regular.ttf\")");
    }

    @Test
    void badOptionsAndInputsAreRefusedWithTheirName() throws IOException {
        Digest digest = Epubs.digest("digital");
        EpubExporter exporter = new EpubExporter();
        assertThatThrownBy(() -> exporter.export(
                        digest,
                        ExportOptions.builder()
                                .set(EpubExporter.SPLIT, "chapter")
                                .build(),
                        new ByteArrayOutputStream()))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("epub.split")
                .hasMessageContaining("chapter");
        Path notAnImage = dir.resolve("cover.txt");
        Files.writeString(notAnImage, "hello");
        assertThatThrownBy(() -> exporter.export(
                        digest,
                        ExportOptions.builder()
                                .set(EpubExporter.COVER, notAnImage.toString())
                                .build(),
                        new ByteArrayOutputStream()))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("epub.cover")
                .hasMessageContaining("PNG or JPEG");
        assertThatThrownBy(() -> exporter.export(
                        digest,
                        ExportOptions.builder()
                                .set(
                                        EpubExporter.COVER,
                                        dir.resolve("missing.png").toString())
                                .build(),
                        new ByteArrayOutputStream()))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("cannot read");
        assertThatThrownBy(() -> EpubExporter.builder().coverImage(new byte[] {1, 2, 3}))
                .isInstanceOf(ExportException.class);

        Digest undated = Digest.builder()
                .metadata(Metadata.builder().title("بلا تاريخ").build())
                .sections(List.of(Section.builder(SectionKind.STORY)
                        .id("a")
                        .headline("خبر")
                        .paragraph("نص")
                        .build()))
                .build();
        Path target = dir.resolve("undated.epub");
        assertThatThrownBy(() -> exporter.export(undated, ExportOptions.defaults(), target))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("metadata.published");
        assertThat(target).doesNotExist();
    }
}

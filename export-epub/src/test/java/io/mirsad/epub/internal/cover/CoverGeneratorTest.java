package io.mirsad.epub.internal.cover;

import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.digest.Metadata;
import io.mirsad.digest.text.DigitStyle;
import io.mirsad.fonts.FontRegistry;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class CoverGeneratorTest {
    private static final Metadata META = Metadata.builder()
            .title("عنوان الغلاف التجريبي للعدد الأول من النشرة")
            .series("سلسلة الاختبار")
            .subtitle("عنوان فرعي")
            .publisher("دار النشر")
            .published(LocalDate.of(2026, 2, 3))
            .build();

    @Test
    void drawsAPortraitPngWithInkOnIt() throws IOException {
        byte[] png = new CoverGenerator(FontRegistry.defaults()).png(META, DigitStyle.WESTERN);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(1500);
        int ground = image.getRGB(5, 700);
        long ink = 0;
        for (int y = 150; y < 700; y += 3) {
            for (int x = 0; x < 1000; x += 3) {
                if (image.getRGB(x, y) != ground) {
                    ink++;
                }
            }
        }
        assertThat(ink).as("pixels of series and title").isGreaterThan(2000);
    }

    @Test
    void aVeryLongTitleShrinksAndLeavesTheFooterClear() throws IOException {
        Metadata longTitle = Metadata.builder()
                .title("عنوان طويل جدًا ".repeat(14).strip())
                .publisher("دار النشر")
                .published(LocalDate.of(2026, 2, 3))
                .build();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                new CoverGenerator(FontRegistry.defaults()).png(longTitle, DigitStyle.WESTERN)));
        int ground = image.getRGB(5, 700);
        // Between the title block and the footer lines (date, publisher) a band stays empty.
        int emptyRows = 0;
        for (int y = 1000; y < 1250; y++) {
            boolean ink = false;
            for (int x = 0; x < 1000 && !ink; x += 2) {
                ink = image.getRGB(x, y) != ground;
            }
            emptyRows += ink ? 0 : 1;
        }
        assertThat(emptyRows).isGreaterThan(60);
    }

    @Test
    void sameTextSameBytesFromSeparateGenerators() {
        byte[] a = new CoverGenerator(FontRegistry.defaults()).png(META, DigitStyle.WESTERN);
        byte[] b = new CoverGenerator(FontRegistry.defaults()).png(META, DigitStyle.WESTERN);
        byte[] indic = new CoverGenerator(FontRegistry.defaults()).png(META, DigitStyle.ARABIC_INDIC);
        assertThat(b).isEqualTo(a);
        assertThat(indic).isNotEqualTo(a);
    }
}

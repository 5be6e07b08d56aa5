package io.mirsad.epub;

import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.export.ExportOptions;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Opens chapters in headless Chromium and measures the screenshots: the text must hang from the right
 * margin, and the cover page must show the cover. Screenshots stay in {@code /tmp/mirsad-epub-screens} for a person to look at. Chromium
 * missing fails the test.
 */
@Tag("integration")
class ChromiumRenderTest {
    private static final Path SCREENS = Path.of(System.getProperty("java.io.tmpdir"), "mirsad-epub-screens");
    private static final int WIDTH = 900;

    @Test
    void chaptersAreSetRightToLeft() throws Exception {
        Path water = unzip("water", Epubs.export(new EpubExporter(), Epubs.digest("water"), ExportOptions.defaults()));
        Path observatory = unzip(
                "observatory", Epubs.export(new EpubExporter(), Epubs.digest("observatory"), ExportOptions.defaults()));
        for (String page : List.of("section-02", "section-03", "section-04", "notes", "title", "nav", "cover")) {
            screenshot(water.resolve("OEBPS/" + page + ".xhtml"), "water-" + page);
        }
        for (String page : List.of("section-02", "notes")) {
            screenshot(observatory.resolve("OEBPS/" + page + ".xhtml"), "observatory-" + page);
        }

        // The generated cover, an SVG image, is drawn: its dark ground fills most of the page, and its
        // light lettering shows on it.
        BufferedImage cover = ImageIO.read(SCREENS.resolve("water-cover.png").toFile());
        long ground = 0;
        long lettering = 0;
        long sampled = 0;
        for (int y = 0; y < cover.getHeight(); y += 2) {
            for (int x = 0; x < cover.getWidth(); x += 2) {
                int rgb = cover.getRGB(x, y);
                ground += near(rgb, 0x1d3545) ? 1 : 0;
                lettering += near(rgb, 0xf4ecdc) ? 1 : 0;
                sampled++;
            }
        }
        assertThat(ground).as("pixels of the cover's ground").isGreaterThan(sampled / 3);
        assertThat(lettering).as("pixels of the cover's lettering").isGreaterThan(1000);

        BufferedImage chapter =
                ImageIO.read(SCREENS.resolve("observatory-section-02.png").toFile());
        int[] headline = inkRows(chapter, 0).get(0);
        int[] headlineInk = inkColumns(chapter, headline[0], headline[1]);
        // The headline is shorter than the measure: it starts at the right margin and ends well before the left.
        assertThat(headlineInk[1]).isGreaterThan(WIDTH - 60);
        assertThat(headlineInk[0]).isGreaterThan(WIDTH / 3);
        // Below it, the paragraphs' short last lines hang from the right margin; no line hangs from the left.
        int hangingRight = 0;
        int hangingLeft = 0;
        for (int y = headline[1] + 1; y < chapter.getHeight(); y++) {
            int[] ink = inkColumns(chapter, y, y);
            if (ink[1] < 0) {
                continue;
            }
            if (ink[1] > WIDTH - 60 && ink[0] > WIDTH / 3) {
                hangingRight++;
            }
            if (ink[0] < 60 && ink[1] < WIDTH * 2 / 3) {
                hangingLeft++;
            }
        }
        assertThat(hangingRight)
                .as("pixel rows of short lines set from the right")
                .isGreaterThan(10);
        assertThat(hangingLeft)
                .as("pixel rows of short lines set from the left")
                .isZero();
    }

    private static Path unzip(String name, byte[] epub) throws IOException {
        Path dir = SCREENS.resolve(name);
        for (Map.Entry<String, byte[]> e : Epubs.read(epub).entries().entrySet()) {
            Path file = dir.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, e.getValue());
        }
        return dir;
    }

    private static void screenshot(Path page, String name) throws Exception {
        Path png = SCREENS.resolve(name + ".png");
        Files.deleteIfExists(png);
        Path profile = Files.createTempDirectory("chromium-profile");
        Process p = new ProcessBuilder(
                        "chromium",
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run",
                        "--hide-scrollbars",
                        "--user-data-dir=" + profile,
                        "--screenshot=" + png,
                        "--window-size=" + WIDTH + ",1200",
                        page.toUri().toString())
                .redirectErrorStream(true)
                .redirectOutput(SCREENS.resolve(name + ".log").toFile())
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        assertThat(p.exitValue()).as("chromium exit status").isZero();
        assertThat(png).exists();
    }

    /** Whether two colours differ by at most a few steps in each channel. */
    private static boolean near(int rgb, int expected) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs((rgb >> shift & 0xFF) - (expected >> shift & 0xFF)) > 6) {
                return false;
            }
        }
        return true;
    }

    /** Bands of rows holding dark pixels, from {@code fromY}: each is {first, last}. */
    private static List<int[]> inkRows(BufferedImage image, int fromY) {
        List<int[]> bands = new java.util.ArrayList<>();
        int start = -1;
        for (int y = fromY; y < image.getHeight(); y++) {
            boolean ink = inkColumns(image, y, y)[1] >= 0;
            if (ink && start < 0) {
                start = y;
            } else if (!ink && start >= 0) {
                bands.add(new int[] {start, y - 1});
                start = -1;
            }
        }
        return bands;
    }

    /** The leftmost and rightmost columns with dark pixels between two rows, or {-1, -1}. */
    private static int[] inkColumns(BufferedImage image, int y0, int y1) {
        int left = -1;
        int right = -1;
        for (int y = y0; y <= y1; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int lum = ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3;
                if (lum < 128) {
                    left = left < 0 ? x : Math.min(left, x);
                    right = Math.max(right, x);
                }
            }
        }
        return new int[] {left, right};
    }
}

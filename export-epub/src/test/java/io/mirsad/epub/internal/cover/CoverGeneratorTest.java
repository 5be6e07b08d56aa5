package io.mirsad.epub.internal.cover;

import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.digest.Metadata;
import io.mirsad.digest.text.DigitStyle;
import io.mirsad.fonts.FontRegistry;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class CoverGeneratorTest {
    private static final Metadata META = Metadata.builder()
            .title("عنوان الغلاف التجريبي للعدد الأول من النشرة")
            .series("سلسلة الاختبار")
            .subtitle("عنوان فرعي")
            .publisher("دار النشر")
            .published(LocalDate.of(2026, 2, 3))
            .build();

    /** A command letter or a whole number of a path's data. */
    private static final Pattern TOKEN = Pattern.compile("[a-zA-Z]|-?\\d+");

    @Test
    void drawsAPortraitSvgWhoseTextIsGlyphOutlines() throws Exception {
        Element svg = parse(new CoverGenerator(FontRegistry.defaults()).svg(META, DigitStyle.WESTERN));
        assertThat(svg.getAttribute("width")).isEqualTo("1000");
        assertThat(svg.getAttribute("height")).isEqualTo("1500");
        assertThat(svg.getAttribute("viewBox")).isEqualTo("0 0 4000 6000");
        assertThat(svg.getElementsByTagName("text").getLength())
                .as("no text elements, no font")
                .isZero();
        List<double[]> lines = lines(svg);
        // Series, three title lines at most, subtitle, date and publisher: a path per line.
        assertThat(lines.size()).isBetween(5, 8);
        assertThat(lines.get(0)[0]).as("series at the top").isBetween(100.0, 250.0);
        assertThat(lines.get(lines.size() - 1)[1])
                .as("publisher above the foot rule")
                .isBetween(1300.0, 1450.0);
        for (double[] line : lines) {
            assertThat(line[1] - line[0]).as("a line of text's height").isBetween(20.0, 200.0);
            assertThat(line[2]).as("centred, inside the margins").isGreaterThan(90.0);
            assertThat(line[3]).isLessThan(910.0);
        }
    }

    @Test
    void aVeryLongTitleShrinksAndLeavesTheFooterClear() throws Exception {
        Metadata longTitle = Metadata.builder()
                .title("عنوان طويل جدًا ".repeat(14).strip())
                .publisher("دار النشر")
                .published(LocalDate.of(2026, 2, 3))
                .build();
        List<double[]> lines =
                lines(parse(new CoverGenerator(FontRegistry.defaults()).svg(longTitle, DigitStyle.WESTERN)));
        // Between the title block and the footer lines (date, publisher) a band stays empty.
        int emptyRows = 0;
        for (int y = 1000; y < 1250; y++) {
            int row = y;
            emptyRows += lines.stream().anyMatch(l -> l[0] <= row && row <= l[1]) ? 0 : 1;
        }
        assertThat(emptyRows).isGreaterThan(60);
    }

    @Test
    void sameTextSameBytesFromSeparateGenerators() {
        byte[] a = new CoverGenerator(FontRegistry.defaults()).svg(META, DigitStyle.WESTERN);
        byte[] b = new CoverGenerator(FontRegistry.defaults()).svg(META, DigitStyle.WESTERN);
        byte[] indic = new CoverGenerator(FontRegistry.defaults()).svg(META, DigitStyle.ARABIC_INDIC);
        assertThat(b).isEqualTo(a);
        assertThat(indic).isNotEqualTo(a);
    }

    private static Element parse(byte[] svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg)).getDocumentElement();
    }

    /**
     * The bounds of each text path, top to bottom, in pixels: top, bottom, left, right of every point
     * (end and control points; curves stay within them).
     */
    private static List<double[]> lines(Element svg) {
        NodeList paths = svg.getElementsByTagName("path");
        List<double[]> bounds = new ArrayList<>();
        for (int i = 0; i < paths.getLength(); i++) {
            Matcher m = TOKEN.matcher(((Element) paths.item(i)).getAttribute("d"));
            double[] b = {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE};
            long x = 0;
            long y = 0;
            long startX = 0;
            long startY = 0;
            char command = 'm';
            int pointsPerSegment = 1;
            List<Long> numbers = new ArrayList<>();
            while (m.find()) {
                String token = m.group();
                if (Character.isLetter(token.charAt(0))) {
                    command = token.charAt(0);
                    pointsPerSegment = command == 'q' ? 2 : command == 'c' ? 3 : 1;
                    if (command == 'z') {
                        x = startX;
                        y = startY;
                    }
                    continue;
                }
                numbers.add(Long.parseLong(token));
                if (numbers.size() == 2 * pointsPerSegment) {
                    for (int p = 0; p < pointsPerSegment; p++) {
                        double px = (x + numbers.get(2 * p)) / 4.0;
                        double py = (y + numbers.get(2 * p + 1)) / 4.0;
                        b[0] = Math.min(b[0], py);
                        b[1] = Math.max(b[1], py);
                        b[2] = Math.min(b[2], px);
                        b[3] = Math.max(b[3], px);
                    }
                    x += numbers.get(numbers.size() - 2);
                    y += numbers.get(numbers.size() - 1);
                    if (command == 'm') {
                        startX = x;
                        startY = y;
                        command = 'l';
                    }
                    numbers.clear();
                }
            }
            bounds.add(b);
        }
        bounds.sort((p, q) -> Double.compare(p[0], q[0]));
        return bounds;
    }
}

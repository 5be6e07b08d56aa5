package io.mirsad.epub;

import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.digest.Digest;
import io.mirsad.digest.json.DigestJson;
import io.mirsad.epub.internal.style.WeightedText;
import io.mirsad.export.ExportOptions;
import io.mirsad.fonts.FontFace;
import io.mirsad.fonts.FontRegistry;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reading systems shape the book with the embedded subsets' own {@code GSUB} and {@code GPOS}, which are
 * cut to the glyphs kept: every text node of every content document, every word of it, and all the
 * text a document sets in one weight run together, must shape with the subset to exactly the glyphs
 * and positions the whole face gives (the JDK shapes with HarfBuzz), in the face of its weight.
 */
class EmbeddedFontShapingTest {
    private static final FontRenderContext FRC = new FontRenderContext(null, false, false);

    /** The samples, this module's fixtures and the other exporters' fixtures. */
    static Stream<Path> digests() {
        return Stream.concat(
                Epubs.DIGESTS.values().stream().sorted(),
                Stream.of(
                        Path.of("../examples/sample/roundup-en.json"),
                        Path.of("../export-pdf/src/test/resources/fixtures/water-briefs.json"),
                        Path.of("../export-pdf/src/test/resources/fixtures/grain-corridors.json"),
                        Path.of("../export-docx/src/test/resources/headlines-at-foot.json")));
    }

    @ParameterizedTest
    @MethodSource("digests")
    void everyRunShapesWithTheSubsetAsWithTheWholeFace(Path file) throws Exception {
        Epubs.Book book = export(file);
        FontRegistry fonts = FontRegistry.defaults();
        Map<Boolean, Font> whole = Map.of(
                false, font(fonts.regular().bytes()), true, font(fonts.bold().bytes()));
        Map<Boolean, Font> subset = Map.of(
                false, font(book.bytes("OEBPS/fonts/" + fileName(fonts.regular(), "Regular"))),
                true, font(book.bytes("OEBPS/fonts/" + fileName(fonts.bold(), "Bold"))));
        int compared = 0;
        for (String path : book.spine()) {
            List<Run> nodes = runs(book.bytes(path));
            List<Run> pieces = new ArrayList<>();
            for (boolean bold : List.of(false, true)) {
                // A reading system shapes across element boundaries when the face stays the same.
                StringBuilder all = new StringBuilder();
                nodes.stream().filter(run -> run.bold() == bold).forEach(run -> all.append(run.text()));
                pieces.add(new Run(all.toString(), bold));
            }
            for (Run node : nodes) {
                pieces.add(node);
                for (String word : node.text().strip().split("\\s+")) {
                    pieces.add(new Run(word, node.bold()));
                }
            }
            for (Run piece : pieces) {
                GlyphVector expected = shape(whole.get(piece.bold()), piece.text());
                GlyphVector actual = shape(subset.get(piece.bold()), piece.text());
                String what = path + (piece.bold() ? " bold " : " regular ") + piece.text();
                assertThat(actual.getGlyphCodes(0, actual.getNumGlyphs(), null))
                        .as(what)
                        .containsExactly(expected.getGlyphCodes(0, expected.getNumGlyphs(), null));
                assertThat(actual.getGlyphPositions(0, actual.getNumGlyphs() + 1, null))
                        .as(what)
                        .containsExactly(expected.getGlyphPositions(0, expected.getNumGlyphs() + 1, null));
                compared++;
            }
        }
        assertThat(compared).as("runs compared").isGreaterThan(100);
    }

    /** The same with HarfBuzz's own command line: each document's runs of a weight, one per line, through {@code hb-shape}. */
    @Tag("integration")
    @ParameterizedTest
    @MethodSource("digests")
    void hbShapeGivesTheSameGlyphsAndPositionsWithTheSubset(Path file, @TempDir Path dir) throws Exception {
        Epubs.Book book = export(file);
        FontRegistry fonts = FontRegistry.defaults();
        for (FontFace face : List.of(fonts.regular(), fonts.bold())) {
            Path whole = Files.write(dir.resolve("whole.ttf"), face.bytes());
            String name = fileName(face, face.bold() ? "Bold" : "Regular");
            Path subset = Files.write(dir.resolve(name), book.bytes("OEBPS/fonts/" + name));
            StringBuilder lines = new StringBuilder();
            for (String path : book.spine()) {
                for (Run run : runs(book.bytes(path))) {
                    if (run.bold() == face.bold()) {
                        lines.append(run.text().replace('\n', ' ').strip()).append('\n');
                    }
                }
            }
            Path text = Files.writeString(dir.resolve("text.txt"), lines);
            String expected = hbShape(whole, text);
            assertThat(expected.lines().count()).as(name + " lines shaped").isGreaterThan(3);
            assertThat(hbShape(subset, text)).as(name).isEqualTo(expected);
        }
    }

    private static String hbShape(Path font, Path text) throws Exception {
        Process p = new ProcessBuilder("hb-shape", "--no-glyph-names", "--text-file=" + text, font.toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("hb-shape finished").isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    private static Epubs.Book export(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            Digest digest = DigestJson.read(in);
            return Epubs.read(Epubs.export(new EpubExporter(), digest, ExportOptions.defaults()));
        }
    }

    private record Run(String text, boolean bold) {}

    /** The text nodes of a content document, each with the weight the style sheet sets it in. */
    private static List<Run> runs(byte[] xhtml) throws Exception {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XMLStreamReader r = factory.createXMLStreamReader(new ByteArrayInputStream(xhtml));
        Deque<Boolean> bold = new ArrayDeque<>(List.of(false));
        List<Run> runs = new ArrayList<>();
        while (r.hasNext()) {
            switch (r.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    String classes = r.getAttributeValue(null, "class");
                    bold.push(bold.peek() || WeightedText.setsBold(r.getLocalName(), classes == null ? "" : classes));
                }
                case XMLStreamConstants.END_ELEMENT -> bold.pop();
                case XMLStreamConstants.CHARACTERS -> {
                    if (!r.getText().isBlank()) {
                        runs.add(new Run(r.getText(), bold.peek()));
                    }
                }
                default -> {
                    // nothing else is drawn
                }
            }
        }
        return runs;
    }

    private static String fileName(FontFace face, String style) {
        return face.family().replaceAll("[^A-Za-z0-9]+", "") + "-" + style + ".ttf";
    }

    private static Font font(byte[] data) throws Exception {
        return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(data))
                .deriveFont(1000f);
    }

    private static GlyphVector shape(Font font, String text) {
        char[] chars = text.toCharArray();
        boolean arabic = text.codePoints()
                .anyMatch(cp -> Character.getDirectionality(cp) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC);
        return font.layoutGlyphVector(
                FRC, chars, 0, chars.length, arabic ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT);
    }
}

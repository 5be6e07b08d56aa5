package io.mirsad.epub;

import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.digest.Digest;
import io.mirsad.digest.json.DigestJson;
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
import java.util.ArrayList;
import java.util.List;
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
 * cut to the glyphs kept: every text node of every content document, every word of it, and all of a
 * document's text run together, must shape with each subset to exactly the glyphs and positions the
 * whole face gives (the JDK shapes with HarfBuzz). Both faces are checked on all the text, since a
 * reading system may set any of it in either weight.
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
        int compared = 0;
        for (FontFace face : List.of(fonts.regular(), fonts.bold())) {
            Font whole = font(face.bytes());
            Font subset = font(book.bytes("OEBPS/fonts/" + fileName(face)));
            for (String path : book.spine()) {
                List<String> nodes = runs(book.bytes(path));
                // A reading system shapes across element boundaries when the face stays the same.
                List<String> pieces = new ArrayList<>(List.of(String.join("", nodes)));
                for (String node : nodes) {
                    pieces.add(node);
                    pieces.addAll(List.of(node.strip().split("\\s+")));
                }
                for (String piece : pieces) {
                    GlyphVector expected = shape(whole, piece);
                    GlyphVector actual = shape(subset, piece);
                    String what = path + " " + fileName(face) + " " + piece;
                    assertThat(actual.getGlyphCodes(0, actual.getNumGlyphs(), null))
                            .as(what)
                            .containsExactly(expected.getGlyphCodes(0, expected.getNumGlyphs(), null));
                    assertThat(actual.getGlyphPositions(0, actual.getNumGlyphs() + 1, null))
                            .as(what)
                            .containsExactly(expected.getGlyphPositions(0, expected.getNumGlyphs() + 1, null));
                    compared++;
                }
            }
        }
        assertThat(compared).as("runs compared").isGreaterThan(100);
    }

    /** The same with HarfBuzz's own command line: every text node, one per line, through {@code hb-shape}. */
    @Tag("integration")
    @ParameterizedTest
    @MethodSource("digests")
    void hbShapeGivesTheSameGlyphsAndPositionsWithTheSubset(Path file, @TempDir Path dir) throws Exception {
        Epubs.Book book = export(file);
        FontRegistry fonts = FontRegistry.defaults();
        for (FontFace face : List.of(fonts.regular(), fonts.bold())) {
            Path whole = Files.write(dir.resolve("whole.ttf"), face.bytes());
            String name = fileName(face);
            Path subset = Files.write(dir.resolve(name), book.bytes("OEBPS/fonts/" + name));
            StringBuilder lines = new StringBuilder();
            for (String path : book.spine()) {
                for (String run : runs(book.bytes(path))) {
                    lines.append(run.replace('\n', ' ').strip()).append('\n');
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

    /** The text nodes of a content document. */
    private static List<String> runs(byte[] xhtml) throws Exception {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XMLStreamReader r = factory.createXMLStreamReader(new ByteArrayInputStream(xhtml));
        List<String> runs = new ArrayList<>();
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.CHARACTERS && !r.getText().isBlank()) {
                runs.add(r.getText());
            }
        }
        return runs;
    }

    private static String fileName(FontFace face) {
        return face.family().replaceAll("[^A-Za-z0-9]+", "") + "-" + (face.bold() ? "Bold" : "Regular") + ".ttf";
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

package io.mirsad.epub;

import static io.mirsad.fonts.TestShaping.shapeRuns;
import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.digest.Digest;
import io.mirsad.digest.json.DigestJson;
import io.mirsad.export.ExportOptions;
import io.mirsad.fonts.FontFace;
import io.mirsad.fonts.FontRegistry;
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
 * cut to the glyphs shaping the book's text draws: every text node of every content document, every
 * word of it, and every element's whole text (a paragraph across its links and spans, a whole document)
 * must shape with each subset to exactly the glyphs and positions the whole face gives (the JDK shapes
 * with HarfBuzz, default features on). Both faces are checked on all the text, since a reading system may
 * set any of it in either weight.
 */
class EmbeddedFontShapingTest {
    /**
     * What a reader's "ligatures: none" leaves on (CSS {@code font-variant-ligatures: none}): HarfBuzz
     * without the ligature and contextual alternate features, joining forms and required ligatures on.
     */
    private static final String LIGATURES_OFF = "-liga,-clig,-dlig,-hlig,-calt";

    /** The samples, this module's fixtures and the other exporters' fixtures. */
    static Stream<Path> digests() {
        return Stream.concat(
                Epubs.DIGESTS.values().stream().sorted(),
                Stream.of(
                        Path.of("../examples/sample/roundup-en.json"),
                        Path.of("../export-pdf/src/test/resources/fixtures/water-briefs.json"),
                        Path.of("../export-pdf/src/test/resources/fixtures/grain-corridors.json"),
                        Path.of("../export-pdf/src/test/resources/fixtures/gulf-tashkeel.json"),
                        Path.of("../export-docx/src/test/resources/headlines-at-foot.json")));
    }

    @ParameterizedTest
    @MethodSource("digests")
    void everyRunShapesWithTheSubsetAsWithTheWholeFace(Path file) throws Exception {
        Epubs.Book book = export(file);
        FontRegistry fonts = FontRegistry.defaults();
        int compared = 0;
        for (FontFace whole : List.of(fonts.regular(), fonts.bold())) {
            FontFace subset = FontFace.of(whole.family(), whole.bold(), book.bytes("OEBPS/fonts/" + fileName(whole)));
            for (String path : book.spine()) {
                Text text = text(book.bytes(path));
                // A reading system may shape across element boundaries when the face stays the same.
                List<String> pieces = new ArrayList<>(text.elements());
                for (String node : text.nodes()) {
                    pieces.add(node);
                    pieces.addAll(List.of(node.strip().split("\\s+")));
                }
                for (String piece : pieces) {
                    // run by run, each in its own direction, as a reading system shapes it after bidi
                    List<GlyphVector> expected = shapeRuns(whole, piece);
                    List<GlyphVector> actual = shapeRuns(subset, piece);
                    String what = path + " " + fileName(whole) + " " + piece;
                    assertThat(actual).as(what).hasSameSizeAs(expected);
                    for (int run = 0; run < expected.size(); run++) {
                        GlyphVector e = expected.get(run);
                        GlyphVector a = actual.get(run);
                        assertThat(a.getGlyphCodes(0, a.getNumGlyphs(), null))
                                .as(what)
                                .containsExactly(e.getGlyphCodes(0, e.getNumGlyphs(), null));
                        assertThat(a.getGlyphPositions(0, a.getNumGlyphs() + 1, null))
                                .as(what)
                                .containsExactly(e.getGlyphPositions(0, e.getNumGlyphs() + 1, null));
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).as("runs compared").isGreaterThan(100);
    }

    /**
     * The same with HarfBuzz's own command line: every text node and every element's text, one per line,
     * through {@code hb-shape}.
     */
    @Tag("integration")
    @ParameterizedTest
    @MethodSource("digests")
    void hbShapeGivesTheSameGlyphsAndPositionsWithTheSubset(Path file, @TempDir Path dir) throws Exception {
        Epubs.Book book = export(file);
        FontRegistry fonts = FontRegistry.defaults();
        Path text = lines(book, dir);
        for (FontFace face : List.of(fonts.regular(), fonts.bold())) {
            FaceFiles files = FaceFiles.write(book, face, dir);
            String expected = hbShape(files.whole(), text, "");
            assertThat(expected.lines().count())
                    .as(files.name() + " lines shaped")
                    .isGreaterThan(3);
            assertThat(hbShape(files.subset(), text, "")).as(files.name()).isEqualTo(expected);
        }
    }

    /**
     * A reader who turns ligatures off ({@code font-variant-ligatures: none}) still gets joined letters:
     * with ligatures and contextual alternates off, {@code hb-shape} gives the subset the glyphs and
     * positions of the whole face, and draws no {@code .notdef}, for the book's text and for any other
     * word of its characters (here each word spelt backwards, whose letters take forms the book's words
     * never gave them).
     */
    @Tag("integration")
    @ParameterizedTest
    @MethodSource("digests")
    void withLigaturesOffTheSubsetStillJoinsAsTheWholeFace(Path file, @TempDir Path dir) throws Exception {
        Epubs.Book book = export(file);
        FontRegistry fonts = FontRegistry.defaults();
        Path text = lines(book, dir);
        StringBuilder backwards = new StringBuilder(Files.readString(text));
        for (String word : Files.readString(text).split("\\s+")) {
            backwards.append(new StringBuilder(word).reverse()).append('\n');
        }
        Files.writeString(text, backwards);
        for (FontFace face : List.of(fonts.regular(), fonts.bold())) {
            FaceFiles files = FaceFiles.write(book, face, dir);
            String name = files.name();
            String expected = hbShape(files.whole(), text, LIGATURES_OFF);
            assertThat(expected).as(name).isNotEqualTo(hbShape(files.whole(), text, ""));
            String actual = hbShape(files.subset(), text, LIGATURES_OFF);
            assertThat(actual).as(name).isEqualTo(expected);
            assertThat(actual)
                    .as(name + ": a .notdef drawn")
                    .doesNotContain("[0=")
                    .doesNotContain("|0=");
        }
    }

    /** A text face whole and as the book embeds it, written where {@code hb-shape} can read them. */
    private record FaceFiles(String name, Path whole, Path subset) {
        static FaceFiles write(Epubs.Book book, FontFace face, Path dir) throws Exception {
            String name = fileName(face);
            return new FaceFiles(
                    name,
                    Files.write(dir.resolve("whole.ttf"), face.bytes()),
                    Files.write(dir.resolve(name), book.bytes("OEBPS/fonts/" + name)));
        }
    }

    /** Every text node and every element's text of the book's content documents, one per line. */
    private static Path lines(Epubs.Book book, Path dir) throws Exception {
        StringBuilder lines = new StringBuilder();
        for (String path : book.spine()) {
            Text text = text(book.bytes(path));
            for (List<String> runs : List.of(text.nodes(), text.elements())) {
                for (String run : runs) {
                    lines.append(run.replace('\n', ' ').strip()).append('\n');
                }
            }
        }
        return Files.writeString(dir.resolve("text.txt"), lines);
    }

    private static String hbShape(Path font, Path text, String features) throws Exception {
        List<String> command =
                new ArrayList<>(List.of("hb-shape", "--no-glyph-names", "--text-file=" + text, font.toString()));
        if (!features.isEmpty()) {
            command.add("--features=" + features);
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
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

    /** A content document's text: its text nodes, and the whole text of each element that holds some. */
    private record Text(List<String> nodes, List<String> elements) {}

    private static Text text(byte[] xhtml) throws Exception {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        XMLStreamReader r = factory.createXMLStreamReader(new ByteArrayInputStream(xhtml));
        List<String> nodes = new ArrayList<>();
        List<String> elements = new ArrayList<>();
        Deque<StringBuilder> open = new ArrayDeque<>();
        while (r.hasNext()) {
            switch (r.next()) {
                case XMLStreamConstants.START_ELEMENT -> open.push(new StringBuilder());
                case XMLStreamConstants.END_ELEMENT -> {
                    String content = open.pop().toString();
                    if (!content.isBlank()) {
                        elements.add(content);
                    }
                    if (!open.isEmpty()) {
                        open.peek().append(content);
                    }
                }
                case XMLStreamConstants.CHARACTERS -> {
                    if (!r.getText().isBlank()) {
                        nodes.add(r.getText());
                    }
                    if (!open.isEmpty()) {
                        open.peek().append(r.getText());
                    }
                }
                default -> {
                    // no text
                }
            }
        }
        return new Text(nodes, elements);
    }

    private static String fileName(FontFace face) {
        return face.family().replaceAll("[^A-Za-z0-9]+", "") + "-" + (face.bold() ? "Bold" : "Regular") + ".ttf";
    }
}

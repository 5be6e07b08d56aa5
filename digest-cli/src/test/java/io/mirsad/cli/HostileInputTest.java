package io.mirsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Digests a hostile user would craft — each the sample with one thing changed — rendered in every format
 * through the command line. A refused digest gets exit 1 and one line per format naming the file and the
 * field, with no stack trace and no raw control character, and leaves the previous editions untouched; an
 * accepted one gives editions that EPUBCheck, POI's schemas, PDFBox and an XML parser all accept.
 */
class HostileInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> EXTENSIONS = List.of("pdf", "docx", "epub");
    /** Stands for an unpaired surrogate, which only a JSON escape can carry into a UTF-8 file. */
    private static final String LONE_SURROGATE = "@lone-surrogate@";

    @TempDir
    static Path shared;
    /** Editions of the unchanged digest, which every refused digest must leave in place byte for byte. */
    private static Map<String, byte[]> previous;

    @TempDir
    Path dir;

    /** A digest to refuse: the change, and the field path the message must name. */
    record Refused(String name, Consumer<ObjectNode> change, String field) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A digest to accept and render validly. */
    record Accepted(String name, Consumer<ObjectNode> change) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void renderTheUnchangedDigest() throws IOException {
        Path input = write(shared, "hostile", d -> {});
        MirsadCliTest.Run run = MirsadCliTest.mirsad("render", input.toString(), "-o", shared.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        previous = new HashMap<>();
        for (String ext : EXTENSIONS) {
            previous.put(ext, Files.readAllBytes(shared.resolve("hostile." + ext)));
        }
    }

    static Stream<Refused> refused() {
        return Stream.of(
                new Refused(
                        "url with a space", d -> source(d).put("url", "https://www.csis.org/a b"), "sources[0].url"),
                new Refused(
                        "url with quotes and brackets",
                        d -> source(d).put("url", "https://x.org/\"<>"),
                        "sources[0].url"),
                new Refused(
                        "url with a bad escape",
                        d -> link(d, "https://x.org/%zz"),
                        "sections[0].blocks[0].runs[1].url"),
                new Refused(
                        "url of plain words",
                        d -> link(d, "the centre's website"),
                        "sections[0].blocks[0].runs[1].url"),
                new Refused("SOH in the title", d -> meta(d).put("title", "عنوان\u0001العدد"), "metadata.title"),
                new Refused(
                        "ESC and BEL in the rights", d -> meta(d).put("rights", "\u001B[31m\u0007"), "metadata.rights"),
                new Refused(
                        "a lone surrogate in a headline",
                        d -> section(d, 1).put("headline", "خبر" + LONE_SURROGATE),
                        "sections[1].headline"),
                new Refused(
                        "NUL in a paragraph",
                        d -> paragraph(d).put("text", "نص\u0000نص"),
                        "sections[0].blocks[0].text"),
                new Refused(
                        "text bytes declared PNG",
                        d -> figure(d, "not a picture".getBytes(java.nio.charset.StandardCharsets.UTF_8), "image/png"),
                        "sections[0].blocks[2].image"),
                new Refused(
                        "PNG declared JPEG", d -> figure(d, png(8, 8), "image/jpeg"), "sections[0].blocks[2].image"),
                new Refused(
                        "truncated PNG",
                        d -> figure(d, Arrays.copyOf(png(8, 8), 40), "image/png"),
                        "sections[0].blocks[2].image"),
                new Refused("year 0000", d -> meta(d).put("published", "0000-01-03"), "metadata.published"),
                new Refused("year 2300", d -> meta(d).put("published", "2300-01-03"), "metadata.published"),
                new Refused("misspelt field", d -> meta(d).put("publshed", "2026-11-29"), "metadata.publshed"),
                new Refused(
                        "title of invisible characters",
                        d -> meta(d).put("title", "\u00A0\u200B\u200F\uFEFF"),
                        "metadata.title"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusesWithOneLinePerFormatNamingFileAndFieldAndKeepsThePreviousEditions(Refused c) throws IOException {
        Path out = previousEditions();
        Path input = write(dir, "hostile", c.change());
        MirsadCliTest.Run run = MirsadCliTest.mirsad("render", input.toString(), "-o", out.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertOneCleanLinePerProblem(run.err());
        assertThat(run.err().lines())
                .hasSize(1)
                .allSatisfy(line ->
                        assertThat(line).startsWith("mirsad: " + input + ": ").contains(c.field()));
        assertUnchanged(out);
    }

    static Stream<Accepted> accepted() {
        return Stream.of(
                new Accepted("javascript: link", d -> link(d, "javascript:alert(1)")),
                new Accepted("file: and empty links", d -> {
                    link(d, "file:///etc/passwd");
                    source(d).put("url", "");
                }),
                new Accepted("empty quote attribution", d -> quote(d, " ")),
                new Accepted("tab and line feed in text", d -> paragraph(d).put("text", "سطر\tأول\nوسطر ثان")),
                new Accepted("a real picture", d -> figure(d, png(40, 30), "image/png")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void rendersEveryFormatValidly(Accepted c) throws Exception {
        Path input = write(dir, "hostile", c.change());
        MirsadCliTest.Run run = MirsadCliTest.mirsad(
                "render", input.toString(), "-o", dir.resolve("out").toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        for (String ext : EXTENSIONS) {
            EditionValidity.assertValid(dir.resolve("out/hostile." + ext));
        }
        assertNoTemporaryFiles(dir.resolve("out"));
    }

    @Test
    void aHugeCoverIsRefusedAtOnceAndTheOtherFormatsAreWritten() throws IOException {
        Path out = previousEditions();
        Path input = write(dir, "hostile", d -> meta(d).put("title", "عنوان آخر"));
        MirsadCliTest.Run run =
                MirsadCliTest.mirsad("render", input.toString(), "-o", out.toString(), "-O", "epub.cover=/dev/zero");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err())
                .isEqualTo("mirsad: " + input + ": cannot write epub: option epub.cover: cannot read "
                        + "/dev/zero: larger than 20 MiB\n");
        assertThat(out.resolve("hostile.epub")).hasBinaryContent(previous.get("epub"));
        assertThat(out.resolve("hostile.pdf")).isNotEmptyFile();
        assertNoTemporaryFiles(out);
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithTheNearestKeyInEveryCommand() throws IOException {
        Path input = write(dir, "hostile", d -> {});
        Path out = dir.resolve("out");
        List<List<String>> commands = List.of(
                List.of("render", input.toString(), "-o", out.toString()),
                List.of("batch", input.toString(), "-o", out.toString()),
                List.of(
                        "anthology",
                        input.toString(),
                        "--title",
                        "مجلد",
                        "-o",
                        out.resolve("volume.pdf").toString()));
        for (List<String> command : commands) {
            List<String> args = new ArrayList<>(command);
            args.addAll(List.of("-O", "pdf.colums=2"));
            MirsadCliTest.Run run = MirsadCliTest.mirsad(args.toArray(String[]::new));
            assertThat(run.exit()).as(command.get(0)).isEqualTo(2);
            assertThat(run.err())
                    .as(command.get(0))
                    .startsWith("mirsad: unknown option pdf.colums (did you mean 'pdf.columns'?); known: ");
            assertThat(out).as(command.get(0)).doesNotExist();
        }
    }

    @Test
    void aFallbackFontOptionNamingNoFontIsRefusedByEveryFormat() throws IOException {
        Path input = write(dir, "hostile", d -> {});
        Path notAFont = Files.writeString(dir.resolve("font.ttf"), "not a font");
        MirsadCliTest.Run run = MirsadCliTest.mirsad(
                "render", input.toString(), "-o", dir.toString(), "-O", "fonts.fallback=" + notAFont);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().lines())
                .hasSize(3)
                .allSatisfy(line -> assertThat(line)
                        .startsWith("mirsad: " + input + ": cannot write ")
                        .endsWith(": option fonts.fallback: " + notAFont + ": not a TrueType or OpenType font file"));
        assertNoTemporaryFiles(dir);
    }

    @Test
    void aMalformedBidiLanguageIsRefused() throws IOException {
        Path input = write(dir, "hostile", d -> {});
        MirsadCliTest.Run run = MirsadCliTest.mirsad(
                "render", input.toString(), "-o", dir.toString(), "-f", "docx", "-O", "docx.bidi-language=not a tag!");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err())
                .isEqualTo("mirsad: " + input + ": cannot write docx: option docx.bidi-language: "
                        + "expected a language tag such as ar-EG, got 'not a tag!'\n");
    }

    @Test
    void publishedFillsAMissingDateAndNeverOverridesOne() throws Exception {
        Path undated = write(dir, "undated", d -> meta(d).remove("published"));
        MirsadCliTest.Run run = MirsadCliTest.mirsad(
                "render", undated.toString(), "-o", dir.toString(), "-f", "epub", "--published", "2026-12-06");
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        EditionValidity.assertValid(dir.resolve("undated.epub"));
        assertThat(opf(dir.resolve("undated.epub"))).contains("2026-12-06");

        Path dated = write(dir, "dated", d -> {});
        assertThat(MirsadCliTest.mirsad(
                                "render",
                                dated.toString(),
                                "-o",
                                dir.toString(),
                                "-f",
                                "epub",
                                "--published",
                                "2026-12-06")
                        .exit())
                .isZero();
        assertThat(opf(dir.resolve("dated.epub"))).contains("2026-11-29").doesNotContain("2026-12-06");
    }

    @Test
    void aDirectoryAsInputOrOutputIsNamedWithTheReason() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("digest.json"));
        MirsadCliTest.Run run = MirsadCliTest.mirsad("render", folder.toString(), "-o", dir.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("mirsad: " + folder + ": is a directory, not a digest\n");

        Path input = write(dir, "hostile", d -> {});
        Path file = Files.writeString(dir.resolve("file.txt"), "x");
        run = MirsadCliTest.mirsad("render", input.toString(), "-o", file.toString(), "-f", "pdf");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err())
                .isEqualTo("mirsad: " + file.resolve("hostile.pdf") + ": " + file.toAbsolutePath()
                        + " is not a directory\n");
    }

    @Test
    void anEnglishDigestGetsEnglishLabelsAndNoHijriDateInEveryFormat() throws Exception {
        Path input = write(dir, "english", d -> meta(d).put("language", "en").put("direction", "ltr"));
        MirsadCliTest.Run run = MirsadCliTest.mirsad("render", input.toString(), "-o", dir.toString());
        assertThat(run.err()).isEmpty();
        String pdf;
        try (org.apache.pdfbox.pdmodel.PDDocument doc =
                org.apache.pdfbox.Loader.loadPDF(dir.resolve("english.pdf").toFile())) {
            pdf = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
        String docx = zipText(dir.resolve("english.docx"), ".xml");
        String epub = zipText(dir.resolve("english.epub"), ".xhtml");
        assertThat(pdf).contains("By ", "Sources");
        assertThat(docx).contains("In this issue", "Sources");
        assertThat(epub).contains("Contents", "Notes and sources");
        for (String edition : List.of(pdf, docx, epub)) {
            assertThat(edition).doesNotContain("المحتويات", "الهوامش", "إعداد", "المصدر:", "المصادر", "الموافق", "هـ");
        }
    }

    @Test
    void aCharacterNoFaceHasIsReportedWithItsFieldsTheSameWayByEveryFormat() throws Exception {
        Path input = write(dir, "emoji", d -> {
            meta(d).put("title", "عدد خاص 😀");
            paragraph(d).put("text", "نص فيه وجه ضاحك 😀 في وسطه ورمز 中 في آخره");
        });
        MirsadCliTest.Run run = MirsadCliTest.mirsad("render", input.toString(), "-o", dir.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertOneCleanLinePerProblem(run.err());
        // every format meets the same characters: one line says so for all three
        assertThat(run.err().lines())
                .singleElement()
                .asString()
                .startsWith("mirsad: " + input
                        + ": warning (docx, epub, pdf): 2 characters no font of the edition can draw")
                .contains("U+4E2D CJK UNIFIED IDEOGRAPH-4E2D at sections[0].blocks[0].text")
                .contains("U+1F600 GRINNING FACE at metadata.title, sections[0].blocks[0].text")
                .endsWith("[font.missing-glyph]");
        for (String ext : EXTENSIONS) {
            EditionValidity.assertValid(dir.resolve("emoji." + ext));
        }
    }

    @Test
    void tooDeepNestingIsReportedWithoutAMadeUpLine() throws IOException {
        Path input = Files.writeString(
                dir.resolve("deep.json"), "{\"metadata\": " + "[".repeat(1500) + "]".repeat(1500) + "}");
        MirsadCliTest.Run run = MirsadCliTest.mirsad("render", input.toString(), "-o", dir.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertOneCleanLinePerProblem(run.err());
        assertThat(run.err())
                .startsWith("mirsad: " + input + ": ")
                .contains("nesting depth")
                .doesNotContain("line -1")
                .doesNotContain("StreamReadConstraints");
    }

    private static void assertOneCleanLinePerProblem(String err) {
        assertThat(err).doesNotContain("\tat ").doesNotContain("Exception:").doesNotContain("internal error");
        assertThat(err.chars().filter(ch -> ch < 0x20 && ch != '\n' || ch >= 0x7F && ch <= 0x9F))
                .isEmpty();
    }

    private Path previousEditions() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        for (String ext : EXTENSIONS) {
            Files.write(out.resolve("hostile." + ext), previous.get(ext));
        }
        return out;
    }

    private static void assertUnchanged(Path out) throws IOException {
        for (String ext : EXTENSIONS) {
            assertThat(out.resolve("hostile." + ext)).hasBinaryContent(previous.get(ext));
        }
        assertNoTemporaryFiles(out);
    }

    private static void assertNoTemporaryFiles(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.startsWith(".") || n.endsWith(".part"));
        }
    }

    /** The sample cut to its first two sections, changed, written as {@code NAME.json}. */
    private static Path write(Path dir, String name, Consumer<ObjectNode> change) throws IOException {
        ObjectNode digest = (ObjectNode) JSON.readTree(MirsadCliTest.SAMPLE_JSON.toFile());
        ArrayNode sections = (ArrayNode) digest.get("sections");
        while (sections.size() > 2) {
            sections.remove(sections.size() - 1);
        }
        change.accept(digest);
        return Files.writeString(
                dir.resolve(name + ".json"),
                JSON.writerWithDefaultPrettyPrinter().writeValueAsString(digest).replace(LONE_SURROGATE, "\\uD800"));
    }

    private static ObjectNode meta(ObjectNode d) {
        return (ObjectNode) d.get("metadata");
    }

    private static ObjectNode source(ObjectNode d) {
        return (ObjectNode) d.get("sources").get(0);
    }

    private static ObjectNode section(ObjectNode d, int i) {
        return (ObjectNode) d.get("sections").get(i);
    }

    private static ObjectNode paragraph(ObjectNode d) {
        ObjectNode p = (ObjectNode) section(d, 0).get("blocks").get(0);
        p.remove("runs");
        return p;
    }

    /** Makes the first paragraph "انظر " followed by a link to {@code url}. */
    private static void link(ObjectNode d, String url) {
        ObjectNode p = paragraph(d);
        p.put("text", "انظر الموقع");
        ArrayNode runs = p.putArray("runs");
        runs.addObject().put("type", "text").put("text", "انظر ");
        runs.addObject().put("type", "link").put("text", "الموقع").put("url", url);
    }

    private static void quote(ObjectNode d, String attribution) {
        ArrayNode blocks = (ArrayNode) section(d, 0).get("blocks");
        blocks.addObject().put("type", "quote").put("text", "قول مأثور").put("attribution", attribution);
    }

    /** Adds a figure as the third block of the first section. */
    private static void figure(ObjectNode d, byte[] image, String mediaType) {
        ArrayNode blocks = (ArrayNode) section(d, 0).get("blocks");
        blocks.addObject()
                .put("type", "figure")
                .put("image", Base64.getEncoder().encodeToString(image))
                .put("mediaType", mediaType)
                .put("alt", "رسم بياني")
                .put("caption", "الشكل 1");
    }

    private static byte[] png(int width, int height) {
        try {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    image.setRGB(x, y, (x * 7 + y * 13) * 0x010203);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String opf(Path epub) throws IOException {
        return zipText(epub, ".opf");
    }

    /** The text of every part of a zip package whose name ends in {@code suffix}. */
    static String zipText(Path file, String suffix) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            List<String> texts = new ArrayList<>();
            for (java.util.zip.ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (e.getName().endsWith(suffix)) {
                    try (java.io.InputStream in = zip.getInputStream(e)) {
                        texts.add(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                    }
                }
            }
            return String.join("\n", texts);
        }
    }
}

package io.mirsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.digest.Digest;
import io.mirsad.digest.json.DigestJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MirsadCliTest {
    static final Path SAMPLE_TXT = Path.of("../examples/sample/observatory.txt");
    static final Path SAMPLE_JSON = Path.of("../examples/sample/observatory.json");

    @TempDir
    Path dir;

    /** One run of the command line: exit code and both streams. */
    record Run(int exit, String out, String err) {}

    static Run mirsad(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Mirsad.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void formatsListsEveryInstalledExporter() {
        Run run = mirsad("formats");
        assertThat(run.exit()).isZero();
        assertThat(run.out().lines().map(l -> l.split("\\s+")[0])).containsExactly("docx", "epub", "pdf");
        assertThat(run.out()).contains("application/pdf").contains("application/epub+zip");
    }

    @Test
    void rendersThePageTextToEveryFormatNamedAfterTheInput() throws IOException {
        Run run = mirsad("render", SAMPLE_TXT.toString(), "--published", "2026-11-29", "-o", dir.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("observatory.pdf")))
                .startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        assertThat(Files.readAllBytes(dir.resolve("observatory.docx"))).startsWith('P', 'K');
        assertThat(Files.readAllBytes(dir.resolve("observatory.epub"))).startsWith('P', 'K');
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).hasSize(3);
        }
    }

    @Test
    void renderDatesPageTextFromItsNameAsBatchDoes() throws IOException {
        Path page = dir.resolve("observatory-2026-11-28.txt");
        Files.copy(SAMPLE_TXT, page);
        Run run = mirsad("render", page.toString(), "--date-from-name", "-f", "epub", "-o", dir.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        String opf = HostileInputTest.zipText(dir.resolve("observatory-2026-11-28.epub"), ".opf");
        assertThat(opf).contains("2026-11-28");
    }

    @Test
    void aFormatThatCannotBeWrittenIsReportedWhileTheOthersAreWritten() throws IOException {
        Run run = mirsad("render", SAMPLE_TXT.toString(), "-o", dir.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err())
                .startsWith("mirsad: " + SAMPLE_TXT + ": cannot write epub: metadata.published")
                .doesNotContain("\tat ");
        assertThat(dir.resolve("observatory.epub")).doesNotExist();
        assertThat(dir.resolve("observatory.pdf")).exists();
        assertThat(dir.resolve("observatory.docx")).exists();
        // The formats were written side by side: the failed one left no temporary file behind.
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("observatory.pdf", "observatory.docx");
        }
    }

    @Test
    void formatsWrittenSideBySideHaveTheBytesOfFormatsWrittenAlone() throws IOException {
        Path together = dir.resolve("together");
        assertThat(mirsad("render", SAMPLE_JSON.toString(), "-o", together.toString())
                        .out()
                        .lines())
                .containsExactly(Stream.of("docx", "epub", "pdf")
                        .map(f -> together.resolve("observatory." + f).toString())
                        .toArray(String[]::new));
        for (String format : new String[] {"pdf", "docx", "epub"}) {
            Path alone = dir.resolve(format);
            assertThat(mirsad("render", SAMPLE_JSON.toString(), "-f", format, "-o", alone.toString())
                            .exit())
                    .isZero();
            assertThat(Files.readAllBytes(together.resolve("observatory." + format)))
                    .as(format)
                    .isEqualTo(Files.readAllBytes(alone.resolve("observatory." + format)));
        }
    }

    @Test
    void rendersJsonToTheChosenFormatsOnly() {
        Run run = mirsad("render", SAMPLE_JSON.toString(), "--format", "epub,PDF", "-o", dir.toString());
        assertThat(run.exit()).isZero();
        assertThat(dir.resolve("observatory.epub")).exists();
        assertThat(dir.resolve("observatory.pdf")).exists();
        assertThat(dir.resolve("observatory.docx")).doesNotExist();
    }

    @Test
    void aFormatNamedTwiceIsWrittenOnce() {
        Run run = mirsad("render", SAMPLE_JSON.toString(), "--format", "pdf,epub,pdf", "-o", dir.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out().lines())
                .containsExactly(
                        dir.resolve("observatory.pdf").toString(),
                        dir.resolve("observatory.epub").toString());
    }

    @Test
    void importWritesTheDigestAsJsonToStandardOutputOrAFile() throws IOException {
        Run run = mirsad("import", SAMPLE_TXT.toString());
        assertThat(run.exit()).isZero();
        Digest imported = DigestJson.read(run.out());
        assertThat(imported.metadata().series()).isEqualTo("مرصد مراكز الأبحاث");
        assertThat(imported.sections()).hasSize(6);

        Path json = dir.resolve("digest.json");
        assertThat(mirsad("import", SAMPLE_TXT.toString(), "-o", json.toString(), "--show-dropped")
                        .exit())
                .isZero();
        assertThat(Files.readString(json)).isEqualTo(run.out());
    }

    @Test
    void importAndRenderMergeTheUsersGazetteer() throws IOException {
        Path page = dir.resolve("page.txt");
        Files.writeString(page, "عنوان العدد\nكاتب العدد\nسلسلة العدد\nوذكر منتدى النيل للسياسات أن المياه تكفي.\n");
        Path gazetteer = dir.resolve("mine.tsv");
        Files.writeString(
                gazetteer,
                "id\tkind\tname\tvariants\tnameLatin\tacronyms\turl\n"
                        + "nile-forum\tthink-tank\tمنتدى النيل للسياسات\t\tNile Policy Forum\tNPF\thttps://example.org\n");
        Run run = mirsad("import", page.toString(), "--gazetteer", gazetteer.toString());
        assertThat(run.exit()).isZero();
        Digest digest = DigestJson.read(run.out());
        assertThat(digest.source("nile-forum").orElseThrow().nameLatin()).isEqualTo("Nile Policy Forum");
        assertThat(run.err()).doesNotContain("not in the gazetteer");
        assertThat(DigestJson.read(mirsad("import", page.toString()).out()).source("nile-forum"))
                .as("without the file the institution is new")
                .isEmpty();

        assertThat(mirsad(
                                "render",
                                page.toString(),
                                "-f",
                                "docx",
                                "-o",
                                dir.toString(),
                                "--gazetteer",
                                gazetteer.toString())
                        .exit())
                .isZero();
        assertThat(dir.resolve("page.docx")).exists();

        Files.writeString(gazetteer, "id\tkind\tname\n");
        Run bad = mirsad("import", page.toString(), "--gazetteer", gazetteer.toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).startsWith("mirsad: " + gazetteer + ":1: the first line must be the header");
    }

    @Test
    void aMissingFileIsOneLineAndExitCodeOne() {
        Run run = mirsad("render", dir.resolve("nowhere.json").toString(), "-o", dir.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("mirsad: " + dir.resolve("nowhere.json") + ": no such file\n");
    }

    @Test
    void badJsonNamesFileLineAndColumnWithoutAStackTrace() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\n  \"metadata\": {\"title\": \"t\"}\n  \"sections\": []\n}\n");
        Run run = mirsad("render", bad.toString(), "-o", dir.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err())
                .startsWith("mirsad: " + bad + ":3:3: Unexpected character")
                .doesNotContain("\tat ");
        assertThat(run.err().lines()).hasSize(1);

        Run debug = mirsad("--debug", "render", bad.toString(), "-o", dir.toString());
        assertThat(debug.err()).contains("\tat ");
    }

    @Test
    void anInvalidDigestListsItsViolations() throws IOException {
        Path bad = dir.resolve("invalid.json");
        Files.writeString(bad, "{\"metadata\": {\"title\": \"\"}, \"sections\": []}");
        Run run = mirsad("render", bad.toString(), "-o", dir.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err())
                .contains(
                        bad
                                + ": 2 problems in digest: metadata.title: blank; sections: a digest needs at least one section");
    }

    @Test
    void usageErrorsExitWithTwo() {
        Run unknownFormat = mirsad("render", SAMPLE_JSON.toString(), "--format", "rtf", "-o", dir.toString());
        assertThat(unknownFormat.exit()).isEqualTo(2);
        assertThat(unknownFormat.err())
                .isEqualTo("mirsad: no exporter for format 'rtf' is installed; installed: docx, epub, pdf\n");

        assertThat(mirsad("render").exit()).isEqualTo(2);
        assertThat(mirsad("frobnicate").exit()).isEqualTo(2);
        assertThat(mirsad().exit()).isEqualTo(2);
    }

    @Test
    void aFailedExportLeavesNoFile() {
        Run run =
                mirsad("render", SAMPLE_JSON.toString(), "--format", "pdf", "-O", "digits=roman", "-o", dir.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("digits");
        assertThat(dir.resolve("observatory.pdf")).doesNotExist();
    }

    @Test
    void exportWarningsArePrintedOneLineEachAndTheEditionIsStillWritten() throws IOException {
        Path digest = dir.resolve("emoji.json");
        Files.writeString(
                digest,
                "{\"metadata\": {\"title\": \"عنوان\", \"published\": \"2026-11-29\"},"
                        + " \"sections\": [{\"kind\": \"story\", \"headline\": \"خبر\","
                        + " \"blocks\": [{\"type\": \"paragraph\", \"text\": \"نص فيه وجه ضاحك \uD83D\uDE00 في وسطه\"}]}]}");
        Run run = mirsad("render", digest.toString(), "--format", "pdf", "-o", dir.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.err().lines())
                .singleElement()
                .asString()
                .startsWith("mirsad: " + digest + ": warning (pdf): ")
                .contains("U+1F600")
                .endsWith("[font.missing-glyph]");
        assertThat(dir.resolve("emoji.pdf")).exists();
    }

    @Test
    void extractGivesBackTheDigestAndRenderingItAgainGivesTheSameBytes() throws IOException {
        Path first = dir.resolve("first");
        assertThat(mirsad("render", SAMPLE_JSON.toString(), "--format", "pdf", "-o", first.toString())
                        .exit())
                .isZero();
        Path edition = first.resolve("observatory.pdf");

        Run toStdout = mirsad("extract", edition.toString());
        assertThat(toStdout.exit()).isZero();
        assertThat(toStdout.err()).isEmpty();
        assertThat(DigestJson.read(toStdout.out())).isEqualTo(DigestJson.read(Files.readString(SAMPLE_JSON)));

        Path extracted = dir.resolve("observatory.json");
        assertThat(mirsad("extract", edition.toString(), "-o", extracted.toString())
                        .exit())
                .isZero();
        assertThat(Files.readString(extracted)).isEqualTo(toStdout.out());
        Path second = dir.resolve("second");
        assertThat(mirsad("render", extracted.toString(), "--format", "pdf", "-o", second.toString())
                        .exit())
                .isZero();
        assertThat(Files.readAllBytes(second.resolve("observatory.pdf"))).isEqualTo(Files.readAllBytes(edition));
    }

    @Test
    void extractExplainsFilesWithoutADigestInOneLine() throws IOException {
        Path missing = dir.resolve("nowhere.pdf");
        Run run = mirsad("extract", missing.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("mirsad: " + missing + ": no such file\n");

        run = mirsad("extract", SAMPLE_JSON.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err())
                .startsWith("mirsad: " + SAMPLE_JSON + ": not a readable PDF")
                .doesNotContain("\tat ")
                .hasLineCount(1);

        Path plain = dir.resolve("plain.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(plain.toFile());
        }
        run = mirsad("extract", plain.toString(), "-o", dir.resolve("out.json").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err())
                .startsWith("mirsad: " + plain + ": no embedded digest")
                .hasLineCount(1);
        assertThat(dir.resolve("out.json")).doesNotExist();
    }
}

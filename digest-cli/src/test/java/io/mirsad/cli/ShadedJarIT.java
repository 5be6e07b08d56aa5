package io.mirsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar leaves out ICU4J data and OOXML schema classes that no code path reads (see the shade
 * filters in this module's POM). Each DOCX and EPUB it writes must have the same bytes as the one the
 * libraries themselves write, run from the test class path, which has every jar whole, and each PDF the
 * same text. Runs after
 * {@code package} (failsafe, integration profile).
 */
@Tag("integration")
class ShadedJarIT {

    private static final Path JAR = Path.of("target/mirsad.jar").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void theSampleJsonInEveryFormat() throws Exception {
        assertSameEditions(MirsadCliTest.SAMPLE_JSON.toAbsolutePath(), List.of());
    }

    @Test
    void thePageTextImportedAndRenderedWithArabicIndicDigits() throws Exception {
        assertSameEditions(
                MirsadCliTest.SAMPLE_TXT.toAbsolutePath(),
                List.of("--published=2026-11-29", "-O", "digits=arabic-indic"));
    }

    @Test
    void theCssTemplateEngine() throws Exception {
        assertSameEditions(MirsadCliTest.SAMPLE_JSON.toAbsolutePath(), List.of("-f", "pdf", "-O", "pdf.engine=html"));
    }

    @Test
    void charactersNoFaceCanDrawAreReportedByName() throws Exception {
        // The warning names each character (ICU4J's character names must be in the jar); the Chinese
        // word also takes the line breaker through its dictionary.
        String json = Files.readString(MirsadCliTest.SAMPLE_JSON, StandardCharsets.UTF_8)
                .replaceFirst("يرصد هذا العدد", "يرصد \uD83D\uDCF0 \u4E2D\u6587 هذا العدد");
        Path input = Files.writeString(dir.resolve("undrawable.json"), json, StandardCharsets.UTF_8);
        String warnings = assertSameEditions(input, List.of("-f", "pdf"));
        assertThat(warnings).contains("U+1F4F0 NEWSPAPER").contains("U+4E2D CJK UNIFIED IDEOGRAPH-4E2D");
    }

    /** Renders {@code input} in-process and through the jar; returns what the jar printed. */
    private String assertSameEditions(Path input, List<String> options) throws Exception {
        Path library = Files.createDirectories(dir.resolve("library"));
        Path jar = Files.createDirectories(dir.resolve("jar"));
        List<String> args = new ArrayList<>(List.of("render", input.toString()));
        args.addAll(options);

        List<String> inProcess = new ArrayList<>(args);
        inProcess.addAll(List.of("-o", library.toString()));
        MirsadCliTest.Run run = MirsadCliTest.mirsad(inProcess.toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isZero();

        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true",
                "-jar",
                JAR.toString()));
        command.addAll(args);
        command.addAll(List.of("-o", jar.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("the jar finished").isTrue();
        assertThat(p.exitValue()).as(output).isZero();

        List<Path> editions = list(library);
        assertThat(editions).isNotEmpty();
        assertThat(list(jar)).hasSameSizeAs(editions);
        for (Path edition : editions) {
            Path fromJar = jar.resolve(edition.getFileName());
            if (edition.toString().endsWith(".pdf")) {
                // A PDF written in the test's JVM differs from the jar's in a few bytes even before
                // any filtering (the untrimmed jar's differ the same way); its text must not.
                assertThat(text(fromJar))
                        .as("%s written by the jar", edition.getFileName())
                        .isEqualTo(text(edition));
            } else {
                assertThat(fromJar)
                        .as("%s written by the jar", edition.getFileName())
                        .hasSameBinaryContentAs(edition);
            }
        }
        return output;
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}

package io.mirsad.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.mirsad.digest.Digest;
import io.mirsad.digest.Section;
import io.mirsad.digest.Source;
import io.mirsad.digest.text.ArabicText;
import io.mirsad.export.ExportOptions;
import io.mirsad.fonts.BundledFonts;
import io.mirsad.fonts.FontFace;
import io.mirsad.fonts.FontRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LibreOffice, headless, turns the DOCX into a PDF; poppler's {@code pdffonts} and {@code pdftotext} say
 * which faces it set the text in and what the text reads. Needs soffice (libreoffice-writer-nogui),
 * pdffonts and pdftotext (poppler-utils) and fc-list (fontconfig): a missing program fails the test.
 */
@Tag("integration")
class LibreOfficeIntegrationTest {
    private static final String PROBE_FAMILY = "Mirsad Probe";

    @TempDir
    Path dir;

    @Test
    void sampleIsSetInAmiriAndEveryWordComesBack() throws Exception {
        Digest digest = DocxPackage.sample();
        Path pdf = convert(write("sample.docx", new DocxExporter(), digest));
        List<String> fonts = fontNames(pdf);
        assertThat(fonts).contains("Amiri-Regular", "Amiri-Bold").allMatch(f -> f.startsWith("Amiri-"));

        // pdftotext puts spaces where a vowel mark sat between two letters, so spaces are not compared.
        String text = normalise(run("pdftotext", pdf.toString(), "-")).replaceAll("\\s+", "");
        List<String> missing = new ArrayList<>();
        for (String word : sourceWords(digest)) {
            if (!text.contains(word)) {
                missing.add(word);
            }
        }
        assertThat(missing).as("words of the digest missing from the PDF text").isEmpty();
    }

    /**
     * Amiri is installed on this machine, so a PDF set in Amiri does not show that the embedded copy was
     * used. A copy of Amiri renamed to a family no machine has can only come from the document.
     */
    @Test
    void theEmbeddedFaceIsWhatLibreOfficeSetsTheTextIn() throws Exception {
        assertThat(run("fc-list", PROBE_FAMILY).strip())
                .as("'%s' must not be installed", PROBE_FAMILY)
                .isEmpty();
        FontRegistry probe = FontRegistry.builder()
                .regular(FontFace.of(
                        PROBE_FAMILY,
                        false,
                        RenamedFont.rename(
                                BundledFonts.amiriRegular().bytes(), PROBE_FAMILY, "Regular", "MirsadProbe-Regular")))
                .bold(FontFace.of(
                        PROBE_FAMILY,
                        true,
                        RenamedFont.rename(BundledFonts.amiriBold().bytes(), PROBE_FAMILY, "Bold", "MirsadProbe-Bold")))
                .build();
        Digest digest = DocxPackage.sample();

        Path embedded = convert(
                write("embedded.docx", DocxExporter.builder().fonts(probe).build(), digest));
        assertThat(fontNames(embedded))
                .contains("MirsadProbe-Regular", "MirsadProbe-Bold")
                .allMatch(f -> f.startsWith("MirsadProbe-"));

        // Cut to the document's glyphs (docx.font-subset), the faces are still the ones LibreOffice uses,
        // and every page looks exactly as with the whole faces.
        Path subset = convert(write(
                "subset.docx",
                DocxExporter.builder().fonts(probe).subsetFonts(true).build(),
                digest));
        assertThat(fontNames(subset))
                .contains("MirsadProbe-Regular", "MirsadProbe-Bold")
                .allMatch(f -> f.startsWith("MirsadProbe-"));
        assertThat(Files.size(dir.resolve("subset.docx"))).isLessThan(Files.size(dir.resolve("embedded.docx")) / 2);
        assertThat(pages(subset)).isEqualTo(pages(embedded));

        // Control: the same document without the embedded faces falls back to something else.
        Path bare = convert(write(
                "bare.docx",
                DocxExporter.builder().fonts(probe).embedFonts(false).build(),
                digest));
        assertThat(fontNames(bare)).isNotEmpty().noneMatch(f -> f.startsWith("MirsadProbe-"));
    }

    /**
     * The date in the running header is set in Arabic-Indic digits. (The page and footnote numbers use
     * Word's {@code hindiNumbers} format, which LibreOffice 7.4 does not import: it shows them in
     * Western digits, so they are not checked here.)
     */
    @Test
    void arabicIndicOptionSetsTheHeaderDateInArabicIndicDigits() throws Exception {
        Path pdf = convert(write(
                "indic.docx",
                DocxExporter.builder().arabicIndicPageNumbers(true).build(),
                DocxPackage.sample()));
        String secondPage = normalise(run("pdftotext", "-f", "2", "-l", "2", pdf.toString(), "-"));
        assertThat(secondPage.replaceAll("\\s+", "")).contains("٢٩نوفمبر٢٠٢٦").doesNotContain("29نوفمبر");
    }

    private Path write(String name, DocxExporter exporter, Digest digest) throws IOException {
        Path docx = dir.resolve(name);
        exporter.export(digest, ExportOptions.defaults(), docx);
        return docx;
    }

    private Path convert(Path docx) throws IOException, InterruptedException {
        Path out = dir.resolve("pdf");
        run(
                "soffice",
                "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(),
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                out.toString(),
                docx.toString());
        String name = docx.getFileName().toString();
        Path pdf = out.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
        assertThat(pdf).as("LibreOffice's PDF").exists();
        return pdf;
    }

    /** The base names of the fonts a PDF uses, without the subset prefix ({@code ABCDEF+}). */
    private static List<String> fontNames(Path pdf) throws IOException, InterruptedException {
        String[] lines = run("pdffonts", pdf.toString()).split("\n");
        return Arrays.stream(lines)
                .skip(2)
                .filter(l -> !l.isBlank())
                .map(l -> l.split("\\s+")[0].replaceFirst("^[A-Z]{6}\\+", ""))
                .toList();
    }

    /** Every word of every paragraph, headline and source name, as the reader meets them. */
    private static List<String> sourceWords(Digest digest) {
        List<String> words = new ArrayList<>();
        words.addAll(words(digest.metadata().title()));
        for (Section s : digest.sections()) {
            if (s.headline() != null) {
                words.addAll(words(s.headline()));
            }
            s.paragraphs().forEach(p -> words.addAll(words(p.text())));
        }
        for (Source source : digest.sources()) {
            words.addAll(words(source.name()));
        }
        return words;
    }

    private static List<String> words(String text) {
        return Arrays.stream(normalise(text).split("[\\s\\p{Punct}،؛؟]+"))
                .filter(w -> !w.isEmpty())
                .toList();
    }

    /** Drops bidi controls and vowel marks: their order in extracted text follows the glyphs, not the source. */
    private static String normalise(String text) {
        return ArabicText.stripMarks(
                ArabicText.nfc(text.replaceAll("[\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]", "")));
    }

    /** The SHA-256 of every page rendered by poppler as PNG. */
    private List<String> pages(Path pdf) throws Exception {
        Path prefix = dir.resolve(pdf.getFileName() + "-page");
        run("pdftoppm", "-r", "60", "-png", pdf.toString(), prefix.toString());
        List<String> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path png : files.filter(f -> f.getFileName()
                            .toString()
                            .startsWith(prefix.getFileName().toString()))
                    .sorted()
                    .toList()) {
                pages.add(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(png))));
            }
        }
        assertThat(pages).isNotEmpty();
        return pages;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return fail("cannot run " + command[0] + " (is it installed?): " + e.getMessage());
        }
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return fail(command[0] + " did not finish in 180 s");
        }
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue())
                .as("%s exit status; output:%n%s", command[0], text)
                .isZero();
        return text;
    }
}

package io.mirsad.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.mirsad.digest.Block;
import io.mirsad.digest.Digest;
import io.mirsad.digest.Metadata;
import io.mirsad.digest.Section;
import io.mirsad.digest.SectionKind;
import io.mirsad.digest.Source;
import io.mirsad.digest.json.DigestJson;
import io.mirsad.digest.text.ArabicText;
import io.mirsad.export.ExportOptions;
import io.mirsad.fonts.BundledFonts;
import io.mirsad.fonts.FontFace;
import io.mirsad.fonts.FontRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LibreOffice, headless, turns the DOCX into a PDF; poppler's {@code pdffonts} and {@code pdftotext} say
 * which faces it set the text in (Amiri, and Noto for Greek, Cyrillic and Hebrew) and what the text reads. Needs soffice (libreoffice-writer-nogui),
 * pdffonts and pdftotext (poppler-utils) and fc-list (fontconfig): a missing program fails the test.
 */
@Tag("integration")
class LibreOfficeIntegrationTest {
    private static final String PROBE_FAMILY = "Mirsad Probe";
    /** Digests for the keeps: one written for them, the PDF exporter's fixtures and the sample. */
    private static final List<Path> KEEP_DIGESTS = List.of(
            Path.of("src/test/resources/headlines-at-foot.json"),
            Path.of("../export-pdf/src/test/resources/fixtures/grain-corridors.json"),
            Path.of("../export-pdf/src/test/resources/fixtures/water-briefs.json"),
            DocxPackage.SAMPLE);

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
     * Greek, Cyrillic and Hebrew runs are set in the bundled Noto faces the document embeds: no Noto face
     * is installed on this machine, so LibreOffice can only have them from the document.
     */
    @Test
    void greekCyrillicAndHebrewAreSetInTheEmbeddedFallbackFaces() throws Exception {
        assertThat(run("fc-list", "Noto Sans").strip())
                .as("no Noto face may be installed")
                .isEmpty();
        Digest digest = Digest.builder()
                .metadata(Metadata.builder()
                        .title("نشرة الصحافة الأجنبية")
                        .published(LocalDate.of(2026, 3, 1))
                        .build())
                .section(Section.builder(SectionKind.STORY)
                        .headline("عناوين من أثينا وموسكو والقدس")
                        .paragraph("كتبت صحيفة Καθημερινή اليونانية أن Ελλάδα تنتظر، ونقلت صحيفة Известия عن"
                                + " مسؤول في Москва، وقالت صحيفة הארץ إن ירושלים هادئة.")
                        .build())
                .build();
        for (boolean subset : List.of(false, true)) {
            String name = subset ? "fallback-subset.docx" : "fallback.docx";
            Path pdf = convert(
                    write(name, DocxExporter.builder().subsetFonts(subset).build(), digest));
            assertThat(fontNames(pdf)).as(name).contains("Amiri-Regular", "NotoSans-Regular", "NotoSansHebrew-Regular");
            String text = run("pdftotext", pdf.toString(), "-");
            assertThat(text)
                    .as(name)
                    .contains("Καθημερινή", "Ελλάδα", "Известия", "Москва")
                    .containsAnyOf("הארץ", "ץראה")
                    .containsAnyOf("ירושלים", "םילשורי");
        }

        // Control: without the embedded faces, LibreOffice sets those runs in a face of its own.
        Path bare = convert(write(
                "fallback-bare.docx", DocxExporter.builder().embedFonts(false).build(), digest));
        assertThat(fontNames(bare)).isNotEmpty().noneMatch(f -> f.startsWith("NotoSans"));
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

    /**
     * Headlines keep with their first paragraph in LibreOffice too: on every page where a headline is set,
     * the paragraph under it begins after it. The digests put headlines at many heights on A4 and A5 pages,
     * several of them just above a page foot and before a paragraph that names its source, and so carries a
     * footnote mark, in its first line ({@code headlines-at-foot.json}).
     *
     * <p>LibreOffice 7.4 strands exactly three of them: where that paragraph cannot begin on the headline's
     * page without a widow or an orphan, would not fit there whole even without its footnote, and its first
     * line carries a footnote mark. The paragraph moves on and takes its footnote along, the body of the page
     * it left grows, so LibreOffice's {@code SwContentFrame::MakeAll} counts the move as undone and never
     * tells the headline, which keeps with next, to follow. The same paragraph without the mark keeps its
     * headline; no DOCX construct that keeps the rules avoids it (docs/docx-keeps-in-libreoffice.md). When
     * LibreOffice gets this right, the list below empties.
     */
    @Test
    void noHeadlineIsTheLastTextOnAPageButWhereLibreOfficeLosesTheKeepToAFootnote() throws Exception {
        List<Edition> editions = new ArrayList<>();
        for (Path json : KEEP_DIGESTS) {
            for (Paper paper : List.of(Paper.A4, Paper.A5)) {
                editions.add(write(json, paper));
            }
        }
        List<Path> pdfs = convert(editions.stream().map(Edition::docx).toList());
        List<String> stranded = new ArrayList<>();
        for (int i = 0; i < editions.size(); i++) {
            for (String headline : strandedHeadlines(editions.get(i).digest(), pdfs.get(i))) {
                stranded.add(editions.get(i).docx().getFileName() + ": " + headline);
            }
        }
        assertThat(stranded)
                .containsExactly(
                        "headlines-at-foot-a5.docx: «الحبوب: قراءة في تقرير جديد» at the foot of page 5",
                        "headlines-at-foot-a5.docx: «الإسكان: قراءة في تقرير جديد» at the foot of page 9",
                        "observatory-a4.docx: «الاقتصاد المصري بين الدَّين والاستثمار» at the foot of page 2");
    }

    /** A digest and its DOCX. */
    private record Edition(Digest digest, Path docx) {}

    private Edition write(Path json, Paper paper) throws IOException {
        Digest digest;
        try (InputStream in = Files.newInputStream(json)) {
            digest = DigestJson.read(in);
        }
        String name = json.getFileName().toString().replace(".json", "-" + paper.optionName() + ".docx");
        Path docx = dir.resolve(name);
        ExportOptions options = ExportOptions.builder()
                .set(DocxExporter.PAPER, paper.optionName())
                .build();
        new DocxExporter().export(digest, options, docx);
        return new Edition(digest, docx);
    }

    /**
     * Each headline whose paragraph does not begin on the headline's page, after it. The page of a headline
     * is the last one whose text holds it: the contents on page 1 list it too.
     */
    private static List<String> strandedHeadlines(Digest digest, Path pdf) throws IOException, InterruptedException {
        List<String> pages = Arrays.stream(run("pdftotext", pdf.toString(), "-").split("\\f"))
                .map(LibreOfficeIntegrationTest::comparable)
                .toList();
        List<String> stranded = new ArrayList<>();
        for (Section section : digest.sections()) {
            String first = section.blocks().isEmpty()
                    ? ""
                    : comparable(text(section.blocks().get(0)));
            if (section.headline() == null || first.isEmpty()) {
                continue;
            }
            String headline = comparable(section.headline());
            int page = pages.size() - 1;
            while (page >= 0 && !pages.get(page).contains(headline)) {
                page--;
            }
            assertThat(page).as("page of «%s» in %s", section.headline(), pdf).isNotNegative();
            String rest = pages.get(page).substring(pages.get(page).lastIndexOf(headline) + headline.length());
            if (!rest.contains(first.substring(0, Math.min(24, first.length())))) {
                stranded.add("«" + section.headline() + "» at the foot of page " + (page + 1));
            }
        }
        return stranded;
    }

    /** The text a block begins with, as the reader meets it. */
    private static String text(Block block) {
        if (block instanceof Block.Paragraph p) {
            return p.text();
        }
        if (block instanceof Block.Quote q) {
            return q.text();
        }
        if (block instanceof Block.ListBlock l) {
            return l.items().get(0).text();
        }
        return Objects.requireNonNullElse(((Block.Figure) block).caption(), "");
    }

    /**
     * Text as pdftotext's can be compared with it: no spaces (pdftotext adds some around vowel marks), no
     * tatweel (LibreOffice's kashida justification) and no digits (footnote marks stand between words).
     */
    private static String comparable(String text) {
        return normalise(text).replaceAll("[\\s\\d\u0640]+", "");
    }

    private Path write(String name, DocxExporter exporter, Digest digest) throws IOException {
        Path docx = dir.resolve(name);
        exporter.export(digest, ExportOptions.defaults(), docx);
        return docx;
    }

    private Path convert(Path docx) throws IOException, InterruptedException {
        return convert(List.of(docx)).get(0);
    }

    /** Converts the documents to PDF in one run of LibreOffice, which takes seconds to start. */
    private List<Path> convert(List<Path> docx) throws IOException, InterruptedException {
        Path out = dir.resolve("pdf");
        List<String> command = new ArrayList<>(List.of(
                "soffice",
                "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(),
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                out.toString()));
        docx.forEach(d -> command.add(d.toString()));
        run(command.toArray(String[]::new));
        List<Path> pdfs = new ArrayList<>();
        for (Path d : docx) {
            String name = d.getFileName().toString();
            Path pdf = out.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
            assertThat(pdf).as("LibreOffice's PDF of %s", name).exists();
            pdfs.add(pdf);
        }
        return pdfs;
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

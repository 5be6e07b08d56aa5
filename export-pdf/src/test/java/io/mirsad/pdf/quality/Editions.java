package io.mirsad.pdf.quality;

import io.mirsad.digest.Digest;
import io.mirsad.digest.Inline;
import io.mirsad.digest.Metadata;
import io.mirsad.digest.Section;
import io.mirsad.digest.SectionKind;
import io.mirsad.digest.Volume;
import io.mirsad.digest.json.DigestJson;
import io.mirsad.export.ExportOptions;
import io.mirsad.export.ExporterRegistry;
import io.mirsad.export.VolumeExporter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The digests the quality tests print, and their PDF editions made by whatever exporter is installed
 * for {@code pdf} (found through the SPI, exactly as an application finds it). Editions are made once
 * per test run.
 */
final class Editions {
    private static final Map<String, byte[]> PDFS = new ConcurrentHashMap<>();

    private Editions() {}

    private static ExportOptions layout(String paper, int columns, String digits) {
        return ExportOptions.builder()
                .set("pdf.paper", paper)
                .set("pdf.columns", String.valueOf(columns))
                .set(ExportOptions.DIGITS, digits)
                .build();
    }

    /**
     * Every digest the extraction tests read: the sample, this module's fixtures and the EPUB module's
     * (prefixed {@code epub-}), which together have harakat, tanween, shadda, lam-kaf, kashida-justified
     * lines, Latin, digits and percent signs.
     */
    static final List<String> ALL =
            List.of("observatory", "grain-corridors", "water-briefs", "epub-digital", "epub-water");

    /**
     * Fully vocalised digests (harakat on nearly every word, superscript alef, shadda with kasra, marks on
     * letters inside ligatures and kerned under their neighbours, a Persian name with a non-joiner) with
     * numeric ranges that may break after their dash. Poppler reads them through the recall test's bar;
     * PDFBox and pdf.js are not held to every token of them: a range broken at a line end comes back in
     * two pieces, and pdf.js detaches some words' last mark (98.7–99.2 % measured).
     */
    static final List<String> VOCALISED = List.of("gulf-tashkeel");

    /**
     * The layouts the extraction tests run each digest in: one and two columns, A4 and A5, Western and
     * Arabic-Indic digits, each value in two of the four.
     */
    static final Map<String, ExportOptions> LAYOUTS = Map.of(
            "a4-1-western", layout("a4", 1, "western"),
            "a4-2-arabic", layout("a4", 2, "arabic-indic"),
            "a5-1-arabic", layout("a5", 1, "arabic-indic"),
            "a5-2-western", layout("a5", 2, "western"));

    /**
     * A digest of {@code examples/sample} ({@code observatory}, {@code roundup-en}), a fixture of
     * {@code src/test/resources/fixtures}, or one of the EPUB module's fixtures ({@code epub-NAME}).
     */
    static Digest digest(String name) {
        Path example = Path.of("../examples/sample/" + name + ".json");
        if (Files.exists(example) || name.startsWith("epub-")) {
            Path file = Files.exists(example)
                    ? example
                    : Path.of("../export-epub/src/test/resources/fixtures/" + name.substring(5) + ".json");
            try (InputStream in = Files.newInputStream(file)) {
                return DigestJson.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try (InputStream in = Editions.class.getResourceAsStream("/fixtures/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return DigestJson.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A digest of one section whose paragraphs are the golden texts, one each, in file order; for the
     * Bold goldens each paragraph is one strong run, which the edition sets in the bold face.
     */
    static Digest goldenTexts(ShapingGolden golden) {
        return shapingTexts(
                "golden",
                "نصوص مرجعية للتشكيل",
                golden.texts().stream().map(ShapingGolden.Text::text).toList(),
                golden.bold());
    }

    /**
     * A digest of one section, {@code id} under {@code headline}, with a paragraph for each of
     * {@code texts}, each one strong run if {@code bold}: what the shaping comparisons print.
     */
    static Digest shapingTexts(String id, String headline, List<String> texts, boolean bold) {
        Section.Builder section = Section.builder(SectionKind.STORY).id(id).headline(headline);
        texts.forEach(t -> section.paragraph(bold ? new Inline.Strong(t) : new Inline.Text(t)));
        return Digest.builder()
                .metadata(Metadata.builder()
                        .title("اختبار التشكيل")
                        .published(LocalDate.of(2026, 11, 29))
                        .build())
                .section(section.build())
                .build();
    }

    /**
     * A digest with every kind of block and run: a quotation, both kinds of list, a figure, links (one
     * not linkable), a citation, Latin words, digits and percent signs, and characters no PDF/A may hold
     * (an unassigned code point, an emoji no bundled face draws), which are left out; control characters
     * never get this far, since the model refuses them.
     */
    static Digest blocks() {
        Section section = Section.builder(SectionKind.STORY)
                .id("blocks")
                .headline("الكتل كلها في قسم واحد")
                .paragraph(
                        new Inline.Text("يرى "),
                        new Inline.SourceRef("مركز الدراسات", "csis"),
                        new Inline.Text(" أن الصادرات ارتفعت 12% في عام 2026، وفق تقرير نشره "),
                        new Inline.Link("موقع المركز", "https://www.csis.org/analysis"),
                        new Inline.Text(" بعنوان Global Trade Outlook، و"),
                        new Inline.Link("رابط غير صالح", "javascript:alert(1)"),
                        new Inline.Strong(" كلمة بارزة"),
                        new Inline.Text(" ورمز\u0378 ووجه 😀 في آخره."))
                .block(new io.mirsad.digest.Block.Quote(
                        List.of(new Inline.Text("الممرات البحرية جزء من الأمن الإقليمي لا من التجارة وحدها")),
                        "باحث في الاقتصاد"))
                .block(new io.mirsad.digest.Block.ListBlock(
                        true,
                        List.of(
                                io.mirsad.digest.Block.Paragraph.of("البند الأول من القائمة المرقمة"),
                                io.mirsad.digest.Block.Paragraph.of("البند الثاني من القائمة المرقمة"))))
                .block(new io.mirsad.digest.Block.ListBlock(
                        false, List.of(io.mirsad.digest.Block.Paragraph.of("بند من قائمة نقطية"))))
                .block(new io.mirsad.digest.Block.Figure(
                        io.mirsad.pdf.internal.Fixtures.bluePng(90, 40),
                        "image/png",
                        "مستطيل أزرق",
                        "شكل توضيحي: مستطيل أزرق"))
                .source("csis")
                .build();
        return Digest.builder()
                .metadata(Metadata.builder()
                        .title("كتل متنوعة")
                        .author("كاتبة الاختبار")
                        .published(LocalDate.of(2026, 11, 29))
                        .build())
                .section(section)
                .source(new io.mirsad.digest.Source(
                        "csis",
                        "مركز الدراسات الاستراتيجية والدولية",
                        "Center for Strategic and International Studies",
                        "https://www.csis.org",
                        io.mirsad.digest.SourceKind.OTHER))
                .build();
    }

    /** The PDF edition of a named digest ({@code observatory}, the sample, or a fixture's name). */
    static byte[] pdf(String name) {
        return PDFS.computeIfAbsent(name, n -> pdf(digest(n)));
    }

    /** The PDF edition of a named digest in one of the {@link #LAYOUTS}. */
    static byte[] pdf(String name, String layout) {
        return PDFS.computeIfAbsent(name + "/" + layout, n -> pdf(digest(name), LAYOUTS.get(layout)));
    }

    /** Every digest of {@link #ALL} in every one of the {@link #LAYOUTS}, as test arguments. */
    static Stream<Arguments> allInEveryLayout() {
        return inEveryLayout(ALL);
    }

    /** Every digest of {@link #VOCALISED} in every one of the {@link #LAYOUTS}, as test arguments. */
    static Stream<Arguments> vocalisedInEveryLayout() {
        return inEveryLayout(VOCALISED);
    }

    private static Stream<Arguments> inEveryLayout(List<String> names) {
        return names.stream()
                .flatMap(name -> new TreeSet<>(LAYOUTS.keySet()).stream().map(layout -> Arguments.of(name, layout)));
    }

    /** A volume binding the named digests ({@link #digest}), titled as an anthology of them. */
    static Volume volume(String... names) {
        List<Volume.Part> parts = new ArrayList<>();
        for (String name : names) {
            parts.add(Volume.Part.of(digest(name)));
        }
        return new Volume(
                Metadata.builder()
                        .title("مختارات من النشرات")
                        .series("مرصد مراكز الأبحاث")
                        .published(LocalDate.of(2026, 11, 30))
                        .build(),
                parts);
    }

    /** The PDF of a volume, written by the installed {@code pdf} exporter with options. */
    static byte[] pdf(Volume volume, ExportOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ((VolumeExporter) ExporterRegistry.load().require("pdf")).exportVolume(volume, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The PDF edition of a digest, with the exporter's defaults. */
    static byte[] pdf(Digest digest) {
        return pdf(digest, ExportOptions.defaults());
    }

    /** The PDF edition of a digest with options. */
    static byte[] pdf(Digest digest, ExportOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ExporterRegistry.load().require("pdf").export(digest, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

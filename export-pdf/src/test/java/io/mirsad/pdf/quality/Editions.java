package io.mirsad.pdf.quality;

import io.mirsad.digest.Digest;
import io.mirsad.digest.Inline;
import io.mirsad.digest.Metadata;
import io.mirsad.digest.Section;
import io.mirsad.digest.SectionKind;
import io.mirsad.digest.json.DigestJson;
import io.mirsad.export.ExportOptions;
import io.mirsad.export.ExporterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The digests the quality tests print, and their PDF editions made by whatever exporter is installed
 * for {@code pdf} (found through the SPI, exactly as an application finds it). Editions are made once
 * per test run.
 */
final class Editions {
    private static final Map<String, byte[]> PDFS = new ConcurrentHashMap<>();

    private Editions() {
    }

    /** The sample digest ({@code observatory}) or a fixture of {@code src/test/resources/fixtures}. */
    static Digest digest(String name) {
        if (name.equals("observatory")) {
            try (InputStream in = Files.newInputStream(Path.of("../examples/sample/observatory.json"))) {
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
        Section.Builder section = Section.builder(SectionKind.STORY).id("golden").headline("نصوص مرجعية للتشكيل");
        golden.texts().forEach(t -> section.paragraph(golden.bold() ? new Inline.Strong(t.text())
                : new Inline.Text(t.text())));
        return Digest.builder()
                .metadata(Metadata.builder().title("اختبار التشكيل").published(LocalDate.of(2026, 11, 29)).build())
                .section(section.build())
                .build();
    }

    /** The PDF edition of a named digest ({@code observatory}, the sample, or a fixture's name). */
    static byte[] pdf(String name) {
        return PDFS.computeIfAbsent(name, n -> pdf(digest(n)));
    }

    /** The PDF edition of a digest, with the exporter's defaults. */
    static byte[] pdf(Digest digest) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ExporterRegistry.load().require("pdf").export(digest, ExportOptions.defaults(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

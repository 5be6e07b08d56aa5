package io.mirsad.examples;

import io.mirsad.digest.Digest;
import io.mirsad.digest.Inline;
import io.mirsad.digest.Metadata;
import io.mirsad.digest.Section;
import io.mirsad.digest.SectionKind;
import io.mirsad.digest.Source;
import io.mirsad.digest.SourceKind;
import io.mirsad.export.DigestExporter;
import io.mirsad.export.ExportOptions;
import io.mirsad.export.ExporterRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Builds a small digest with the builder API and writes it in every installed format.
 * Run from the repository root: {@code mvn -q -DskipTests install && mvn -q -pl examples exec:java};
 * the files go to {@code out/}.
 */
public final class EmbeddingExample {
    private EmbeddingExample() {}

    /** A two-section digest citing one think tank. */
    public static Digest buildDigest() {
        return Digest.builder()
                .metadata(Metadata.builder()
                        .title("قراءة سريعة في تقارير الأسبوع")
                        .series("مرصد مراكز الأبحاث")
                        .author("فريق التحرير")
                        .published(LocalDate.of(2026, 11, 29))
                        .language("ar")
                        .build())
                .source(new Source(
                        "iiss",
                        "المعهد الدولي للدراسات الاستراتيجية",
                        "International Institute for Strategic Studies (IISS)",
                        "https://www.iiss.org",
                        SourceKind.THINK_TANK))
                .section(Section.builder(SectionKind.INTRODUCTION)
                        .paragraph("نجمع في هذه النشرة القصيرة خلاصة تقرير واحد، مثالًا على ما تصنعه المكتبة.")
                        .build())
                .section(Section.builder(SectionKind.STORY)
                        .headline("الميزان العسكري لعام 2026")
                        .source("iiss")
                        .paragraph(
                                new Inline.Text("وذكر "),
                                new Inline.SourceRef("المعهد الدولي للدراسات الاستراتيجية (IISS)", "iiss"),
                                new Inline.Text(" أن ميزانيات الدفاع في أوروبا ارتفعت للعام العاشر على التوالي."))
                        .build())
                .build();
    }

    /** Writes the digest to {@code outDir} in every installed format; returns the files written. */
    public static java.util.List<Path> exportAll(Digest digest, Path outDir) throws IOException {
        java.util.List<Path> written = new java.util.ArrayList<>();
        for (DigestExporter exporter : ExporterRegistry.load().exporters()) {
            Path target = outDir.resolve("example." + exporter.fileExtension());
            exporter.export(digest, ExportOptions.defaults(), target);
            written.add(target);
        }
        return written;
    }

    public static void main(String[] args) throws IOException {
        for (Path p : exportAll(buildDigest(), Path.of(args.length > 0 ? args[0] : "out"))) {
            System.out.println(p);
        }
    }
}

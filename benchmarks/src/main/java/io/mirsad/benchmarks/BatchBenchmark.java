package io.mirsad.benchmarks;

import io.mirsad.batch.Batch;
import io.mirsad.batch.BatchReport;
import io.mirsad.batch.Renderer;
import io.mirsad.digest.Digest;
import io.mirsad.digest.Metadata;
import io.mirsad.digest.Volume;
import io.mirsad.digest.json.DigestJson;
import io.mirsad.export.ExportOptions;
import io.mirsad.export.ExporterRegistry;
import io.mirsad.export.VolumeExporter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Many digests at once, warm: a batch of 20 digests in every format with one and two workers (target:
 * two workers ≥ 1.8 × the throughput of one on two cores), and a 50-digest PDF volume.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class BatchBenchmark {
    private static final int BATCH = 20;
    private static final int VOLUME = 50;

    @Param({"1", "2"})
    public int threads;

    private Path inputs;
    private Path outputs;
    private Batch batch;
    private Volume volume;
    private VolumeExporter pdf;

    @Setup
    public void setUp() throws IOException {
        Digest sample;
        try (InputStream in = BatchBenchmark.class.getResourceAsStream("/observatory.json")) {
            sample = DigestJson.read(in);
        }
        inputs = Files.createTempDirectory("mirsad-batch-in");
        outputs = Files.createTempDirectory("mirsad-batch-out");
        List<Volume.Part> parts = new ArrayList<>();
        for (int i = 0; i < Math.max(BATCH, VOLUME); i++) {
            Digest issue = issue(sample, i);
            if (i < BATCH) {
                Files.writeString(inputs.resolve("issue-" + i + ".json"), DigestJson.write(issue));
            }
            parts.add(Volume.Part.of(issue));
        }
        volume = new Volume(
                Metadata.builder()
                        .title("مختارات")
                        .published(LocalDate.of(2026, 12, 1))
                        .identifier("urn:mirsad:benchmark")
                        .build(),
                parts.subList(0, VOLUME));
        batch = Batch.builder(Renderer.builder().build(), outputs)
                .threads(threads)
                .force(true)
                .build();
        pdf = (VolumeExporter) ExporterRegistry.load().require("pdf");
    }

    private static Digest issue(Digest sample, int n) {
        Metadata m = sample.metadata();
        return new Digest(
                new Metadata(
                        m.title() + " " + n,
                        m.subtitle(),
                        m.series(),
                        m.authors(),
                        m.contributors(),
                        m.publisher(),
                        m.published().plusWeeks(n),
                        m.language(),
                        m.direction(),
                        m.identifier() + "-" + n,
                        m.rights(),
                        m.description(),
                        m.keywords()),
                sample.sections(),
                sample.sources());
    }

    /** Twenty digests in PDF, DOCX and EPUB, re-rendered and compared with the files of the last run. */
    @Benchmark
    public long batch20() throws IOException {
        BatchReport report = batch.run(List.of(inputs));
        if (!report.succeeded()) {
            throw new IllegalStateException(report.failures().toString());
        }
        return report.files().size();
    }

    /** A 50-digest PDF volume (about 150 pages); the same with either thread count. */
    @Benchmark
    public long pdfVolume50() throws IOException {
        ExportBenchmark.CountingStream out = new ExportBenchmark.CountingStream();
        pdf.exportVolume(volume, ExportOptions.defaults(), out);
        return out.count;
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        for (Path dir : List.of(inputs, outputs)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}

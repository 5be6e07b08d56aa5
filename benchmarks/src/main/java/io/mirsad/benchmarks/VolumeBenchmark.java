package io.mirsad.benchmarks;

import io.mirsad.digest.Digest;
import io.mirsad.digest.Metadata;
import io.mirsad.digest.Volume;
import io.mirsad.digest.json.DigestJson;
import io.mirsad.export.ExportOptions;
import io.mirsad.export.ExporterRegistry;
import io.mirsad.export.VolumeExporter;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** A 50-digest PDF volume (about 150 pages), warm. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class VolumeBenchmark {
    private static final int VOLUME = 50;

    private Volume volume;
    private VolumeExporter pdf;

    @Setup
    public void setUp() throws IOException {
        Digest sample;
        try (InputStream in = VolumeBenchmark.class.getResourceAsStream("/observatory.json")) {
            sample = DigestJson.read(in);
        }
        List<Volume.Part> parts = new ArrayList<>();
        for (int i = 0; i < VOLUME; i++) {
            parts.add(Volume.Part.of(BatchBenchmark.issue(sample, i)));
        }
        volume = new Volume(
                Metadata.builder()
                        .title("مختارات")
                        .published(LocalDate.of(2026, 12, 1))
                        .identifier("urn:mirsad:benchmark")
                        .build(),
                parts);
        pdf = (VolumeExporter) ExporterRegistry.load().require("pdf");
    }

    @Benchmark
    public long pdfVolume50() throws IOException {
        ExportBenchmark.CountingStream out = new ExportBenchmark.CountingStream();
        pdf.exportVolume(volume, ExportOptions.defaults(), out);
        return out.count;
    }
}

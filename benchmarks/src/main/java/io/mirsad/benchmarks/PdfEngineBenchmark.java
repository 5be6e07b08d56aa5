package io.mirsad.benchmarks;

import io.mirsad.digest.Digest;
import io.mirsad.digest.json.DigestJson;
import io.mirsad.export.ExportOptions;
import io.mirsad.pdf.PdfExporter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm time per edition of the two PDF engines on the same digest (the sample), for the README's
 * "which PDF engine when" table; shaping, recall and size come from export-pdf-html's
 * EngineComparisonTest.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PdfEngineBenchmark {

    @Param({"typesetter", "html"})
    public String engine;

    private final PdfExporter exporter = new PdfExporter();
    private ExportOptions options;
    private Digest sample;

    @Setup
    public void setUp() throws IOException {
        options = ExportOptions.builder().set(PdfExporter.ENGINE, engine).build();
        try (InputStream in = PdfEngineBenchmark.class.getResourceAsStream("/observatory.json")) {
            sample = DigestJson.read(in);
        }
    }

    @Benchmark
    public int sample() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        exporter.export(sample, options, out);
        return out.size();
    }
}

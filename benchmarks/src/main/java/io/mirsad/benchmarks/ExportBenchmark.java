package io.mirsad.benchmarks;

import io.mirsad.digest.Digest;
import io.mirsad.digest.Section;
import io.mirsad.digest.SectionKind;
import io.mirsad.digest.json.DigestJson;
import io.mirsad.export.DigestExporter;
import io.mirsad.export.ExportOptions;
import io.mirsad.export.ExporterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
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
 * Warm in-process export times, per format: the sample digest, and a 50-digest anthology (the
 * sample's stories repeated 50 times in one digest, about 150 PDF pages), and ten times the sample's
 * stories for the linear-cost target (10x the text in at most 10.5x the time).
 * Targets: sample ≤ 30 ms (PDF) / ≤ 20 ms (DOCX, EPUB); anthology ≤ 1 s (DOCX, EPUB), ≤ 2 s (PDF).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExportBenchmark {

    @Param({"pdf", "docx", "epub"})
    public String format;

    private DigestExporter exporter;
    private Digest sample;
    private Digest tenfold;
    private Digest anthology;

    @Setup
    public void setUp() throws IOException {
        exporter = ExporterRegistry.load().require(format);
        try (InputStream in = ExportBenchmark.class.getResourceAsStream("/observatory.json")) {
            sample = DigestJson.read(in);
        }
        tenfold = anthology(sample, 10);
        anthology = anthology(sample, 50);
    }

    /** The sample's sections repeated {@code copies} times, with unique ids. */
    static Digest anthology(Digest sample, int copies) {
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            for (Section s : sample.sections()) {
                if (i == 0 || s.kind() != SectionKind.INTRODUCTION) {
                    sections.add(new Section(s.id() + "-" + i, s.kind(), s.headline(), s.blocks(), s.sources()));
                }
            }
        }
        return Digest.builder()
                .metadata(sample.metadata())
                .sources(sample.sources())
                .sections(sections)
                .build();
    }

    @Benchmark
    public long sample() throws IOException {
        return export(sample);
    }

    /** Ten times the sample's stories: linear cost means at most 10.5 times {@link #sample()}. */
    @Benchmark
    public long tenfold() throws IOException {
        return export(tenfold);
    }

    @Benchmark
    public long anthology50() throws IOException {
        return export(anthology);
    }

    private long export(Digest digest) throws IOException {
        CountingStream out = new CountingStream();
        exporter.export(digest, ExportOptions.defaults(), out);
        return out.count;
    }

    /** Counts bytes, so the benchmark measures the exporter and not memory copies. */
    static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}

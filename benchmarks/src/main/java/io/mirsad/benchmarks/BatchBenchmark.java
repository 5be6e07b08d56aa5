package io.mirsad.benchmarks;

import io.mirsad.batch.Batch;
import io.mirsad.batch.BatchReport;
import io.mirsad.batch.Renderer;
import io.mirsad.digest.Digest;
import io.mirsad.digest.Metadata;
import io.mirsad.digest.json.DigestJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Batch throughput in a warm JVM: {@link Batch#run} over {@code digests} digests (copies of the sample,
 * each its own title and date) in PDF, DOCX and EPUB, with one and with two workers. The time of one
 * worker over that of two is the speed-up without JVM start and warm-up, which a whole-process
 * {@code benchmarks/batch.sh} cannot leave out (target: ≥ 1.8 on two cores).
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar BatchBenchmark
 * java -jar benchmarks/target/benchmarks.jar BatchBenchmark -p digests=50
 * }</pre>
 *
 * Two workers take six warm-up iterations to settle (the compiler is still at work on the second thread's
 * paths after three).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 6, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
public class BatchBenchmark {
    @Param({"1", "2"})
    public int workers;

    @Param({"20"})
    public int digests;

    private Path inputs;
    private Path outputs;
    private Batch batch;

    @Setup
    public void setUp() throws IOException {
        Digest sample;
        try (InputStream in = BatchBenchmark.class.getResourceAsStream("/observatory.json")) {
            sample = DigestJson.read(in);
        }
        inputs = Files.createTempDirectory("mirsad-batch-in");
        outputs = Files.createTempDirectory("mirsad-batch-out");
        for (int i = 0; i < digests; i++) {
            Files.writeString(inputs.resolve("issue-" + i + ".json"), DigestJson.write(issue(sample, i)));
        }
        // Forced: every run renders every edition again (and finds the files of the last run equal).
        batch = Batch.builder(Renderer.builder().build(), outputs)
                .threads(workers)
                .force(true)
                .build();
    }

    /** The sample as issue {@code n}: its own title, date and identifier, so that no two covers are alike. */
    static Digest issue(Digest sample, int n) {
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

    /** Every digest in PDF, DOCX and EPUB; returns the number of files, so that nothing is left unused. */
    @Benchmark
    public long batch() throws IOException {
        BatchReport report = batch.run(List.of(inputs));
        if (!report.succeeded()) {
            throw new IllegalStateException(report.failures().toString());
        }
        return report.files().size();
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

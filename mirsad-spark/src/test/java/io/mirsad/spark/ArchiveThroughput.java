package io.mirsad.spark;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Measures editions per second of {@link RenderArchive} on local Spark masters:
 * {@code ArchiveThroughput 200 local[1] local[2] local[1] local[2]} renders 200 generated digests (a few
 * broken) as PDF and EPUB once per master named, in turn, after a warm-up run of 100 that loads fonts and
 * exporters and lets the JIT compile. Alternating the masters spreads the load of a shared machine over
 * both. Run by {@code measure-throughput.sh}; a figure, not a test.
 */
public final class ArchiveThroughput {
    /** Enough digests for the JIT to have compiled the typesetter before the clock starts. */
    private static final int WARM_UP = 100;

    private ArchiveThroughput() {}

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        Path dir = Files.createTempDirectory("mirsad-throughput");
        RenderSettings settings = new RenderSettings(List.of("pdf", "epub"), Map.of(), true, null);
        Archives.write(dir.resolve("warm-up"), WARM_UP);
        Archives.write(dir.resolve("archive"), count);
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int run = 1; run < args.length; run++) {
            String master = args[run];
            SparkSession spark = SparkSession.builder()
                    .master(master)
                    .appName("ArchiveThroughput")
                    .config("spark.ui.enabled", "false")
                    .getOrCreate();
            try {
                if (run == 1) {
                    RenderArchive.builder(dir.resolve("warm-up-out").toString())
                            .settings(settings)
                            .build()
                            .run(
                                    spark,
                                    dir.resolve("warm-up").toString(),
                                    dir.resolve("warm-up-results").toString())
                            .count();
                }
                RenderArchive job = RenderArchive.builder(
                                dir.resolve("out-" + run).toString())
                        .settings(settings)
                        .build();
                long cpu = os.getProcessCpuTime();
                long start = System.nanoTime();
                List<Row> rows = job.run(
                                spark,
                                dir.resolve("archive").toString(),
                                dir.resolve("results-" + run).toString())
                        .filter("status = 'WRITTEN'")
                        .collectAsList();
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
                System.out.printf(
                        "%s: %d editions in %.1f s wall, %.1f s CPU: %.2f editions/s, %.3f CPU s per"
                                + " edition (load average %.1f)%n",
                        master,
                        rows.size(),
                        seconds,
                        cpuSeconds,
                        rows.size() / seconds,
                        cpuSeconds / rows.size(),
                        os.getSystemLoadAverage());
            } finally {
                spark.stop();
            }
        }
    }
}

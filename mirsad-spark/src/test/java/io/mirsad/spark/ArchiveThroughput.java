package io.mirsad.spark;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.sun.management.OperatingSystemMXBean;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Measures editions per second of {@link RenderArchive} on a local Spark master:
 * {@code ArchiveThroughput local[2] 200} renders 200 generated digests (a few broken) as PDF and EPUB, after
 * a warm-up run of 20 that loads fonts and exporters and lets the JIT compile. Run by
 * {@code measure-throughput.sh}, one JVM per master; a figure, not a test.
 */
public final class ArchiveThroughput {
    private ArchiveThroughput() {
    }

    public static void main(String[] args) throws Exception {
        String master = args[0];
        int count = Integer.parseInt(args[1]);
        Path dir = Files.createTempDirectory("mirsad-throughput");
        SparkSession spark = SparkSession.builder().master(master).appName("ArchiveThroughput")
                .config("spark.ui.enabled", "false").getOrCreate();
        try {
            RenderSettings settings = new RenderSettings(List.of("pdf", "epub"), Map.of(), true, null);
            Archives.write(dir.resolve("warm-up"), 20);
            RenderArchive.builder(dir.resolve("warm-up-out").toString()).settings(settings).build()
                    .run(spark, dir.resolve("warm-up").toString(), dir.resolve("warm-up-results").toString()).count();

            Archives.write(dir.resolve("archive"), count);
            RenderArchive job = RenderArchive.builder(dir.resolve("out").toString()).settings(settings).build();
            OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpu = os.getProcessCpuTime();
            long start = System.nanoTime();
            List<Row> rows = job.run(spark, dir.resolve("archive").toString(), dir.resolve("results").toString())
                    .filter("status = 'WRITTEN'").collectAsList();
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
            System.out.printf("%s: %d editions in %.1f s wall, %.1f s CPU: %.2f editions/s, %.3f CPU s per edition"
                    + " (load average %.1f)%n", master, rows.size(), seconds, cpuSeconds, rows.size() / seconds,
                    cpuSeconds / rows.size(), os.getSystemLoadAverage());
        } finally {
            spark.stop();
        }
    }
}

package io.mirsad.spark;

import io.mirsad.batch.Edition;
import io.mirsad.batch.Failure;
import io.mirsad.batch.Input;
import io.mirsad.batch.Renderer;
import io.mirsad.batch.Rendering;
import io.mirsad.spark.internal.ArchiveListing;
import io.mirsad.spark.internal.HadoopFiles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.SerializableConfiguration;

/**
 * Renders an archive of digests on Apache Spark, through the same {@link Renderer} as {@code mirsad batch},
 * so that a cluster and one machine write the same bytes. Inputs and outputs are Hadoop paths (HDFS, S3A,
 * a local folder): each edition goes to the output under its input's path with its own extension, written
 * under a temporary name and renamed, so a killed task leaves no half-written edition and a retried or
 * speculative one rewrites the same bytes. A bad digest becomes failed rows, never a failed job.
 *
 * <pre>{@code
 * RenderArchive job = RenderArchive.builder("hdfs:///editions").settings(settings).build();
 * Dataset<Row> results = job.run(spark, "hdfs:///archive", "hdfs:///editions/_mirsad/results");
 * results.filter("status = 'FAILED'").show();
 * }</pre>
 *
 * Or over digests a Spark program already holds: {@code RenderArchive.table(spark, job.render(inputs))}.
 * Each executor builds its renderer once, on first use; only the {@link RenderSettings} travel with a task.
 * Run it with {@code spark-submit --class io.mirsad.spark.RenderArchive mirsad-spark.jar INPUT OUTPUT [-f pdf,epub]};
 * {@code --help} lists the options.
 */
public final class RenderArchive {
    /** Digests per task: some 30 CPU seconds as PDF and EPUB, so a straggler or a retried task costs little. */
    private static final int DIGESTS_PER_TASK = 200;

    private final String output;
    private final RenderSettings settings;
    private final int partitions;

    private RenderArchive(Builder b) {
        this.output = b.output;
        this.settings = b.settings;
        this.partitions = b.partitions;
    }

    /** A job writing editions under {@code output}, a Hadoop path. */
    public static Builder builder(String output) {
        return new Builder(output);
    }

    public static void main(String[] args) {
        System.exit(RenderArchiveCommand.execute(args));
    }

    /**
     * Renders every digest under {@code input} and saves the results table at {@code results} as Parquet.
     *
     * @return the results table, read back from where it was saved
     * @throws IOException if {@code input} does not exist or cannot be listed
     */
    public Dataset<Row> run(SparkSession spark, String input, String results) throws IOException {
        return run(spark, input, results, "parquet");
    }

    /**
     * Renders every digest under {@code input} and saves the results table at {@code results}, replacing
     * any table there, in {@code tableFormat}: {@code parquet} or {@code json} (JSON lines).
     *
     * @return the results table, read back from where it was saved (so rendering runs once)
     * @throws IOException if {@code input} does not exist or cannot be listed
     */
    public Dataset<Row> run(SparkSession spark, String input, String results, String tableFormat) throws IOException {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        table(spark, render(sc, input))
                .write()
                .mode(SaveMode.Overwrite)
                .format(tableFormat)
                .save(results);
        return tableFormat.equals("json")
                ? spark.read().schema(RenderResult.SCHEMA).json(results)
                : spark.read().format(tableFormat).load(results);
    }

    /**
     * Renders every digest under {@code input}, a folder searched recursively for {@code .json} and
     * {@code .txt} files (names starting with {@code .} or {@code _} are skipped) or a single file. The
     * listing happens now, on the driver; the reading and rendering when the result is computed, once per
     * action, so cache it or save it once.
     *
     * @throws IOException if {@code input} does not exist or cannot be listed
     */
    public JavaRDD<RenderResult> render(JavaSparkContext sc, String input) throws IOException {
        List<ArchiveListing.Entry> files = ArchiveListing.list(input, sc.hadoopConfiguration());
        Broadcast<SerializableConfiguration> hadoop =
                sc.broadcast(new SerializableConfiguration(sc.hadoopConfiguration()));
        // Locals, so that the closure carries settings and paths, never this job or a renderer.
        RenderSettings s = settings;
        String out = output;
        int slices = partitions > 0
                ? partitions
                : Math.max(
                        1,
                        Math.min(files.size(), Math.max(3 * sc.defaultParallelism(), files.size() / DIGESTS_PER_TASK)));
        return sc.parallelize(files, slices)
                .flatMap(
                        file -> renderFile(file, s, out, hadoop.value().value()).iterator());
    }

    /** Renders digests a Spark program already holds, writing their editions as {@link #render(JavaSparkContext, String)} does. */
    public JavaRDD<RenderResult> render(JavaRDD<ArchiveInput> inputs) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(inputs.context());
        Broadcast<SerializableConfiguration> hadoop =
                sc.broadcast(new SerializableConfiguration(sc.hadoopConfiguration()));
        RenderSettings s = settings;
        String out = output;
        return inputs.flatMap(
                in -> renderInput(in, s, out, hadoop.value().value()).iterator());
    }

    /** Results as a table of {@link RenderResult#SCHEMA}, to save or query. */
    public static Dataset<Row> table(SparkSession spark, JavaRDD<RenderResult> results) {
        return spark.createDataFrame(results.map(RenderResult::toRow), RenderResult.SCHEMA);
    }

    private static List<RenderResult> renderFile(
            ArchiveListing.Entry file, RenderSettings settings, String output, Configuration conf) {
        if (file.problem() != null) {
            return failedInEveryFormat(file.path(), settings, file.problem());
        }
        byte[] bytes;
        try {
            Path path = new Path(file.path());
            bytes = HadoopFiles.read(path.getFileSystem(conf), path);
        } catch (IOException e) {
            return failedInEveryFormat(file.path(), settings, file.name() + ": cannot read: " + e.getMessage());
        }
        return renderInput(new ArchiveInput(file.path(), file.name(), bytes), settings, output, conf);
    }

    private static List<RenderResult> renderInput(
            ArchiveInput in, RenderSettings settings, String output, Configuration conf) {
        Renderer renderer = Renderers.get(settings);
        Rendering rendering = renderer.render(new Input(in.name(), in.bytes()));
        FileSystem fs;
        try {
            fs = new Path(output).getFileSystem(conf);
        } catch (IOException e) {
            return failedInEveryFormat(in.input(), settings, output + ": " + e.getMessage());
        }
        List<RenderResult> results = new ArrayList<>();
        for (String format : renderer.formats()) {
            results.add(result(in, format, rendering, fs, output));
        }
        return results;
    }

    private static RenderResult result(
            ArchiveInput in, String format, Rendering rendering, FileSystem fs, String output) {
        for (Failure f : rendering.failures()) {
            if (f.format() == null || f.format().equals(format)) {
                return RenderResult.failed(in.input(), format, f.message());
            }
        }
        Edition edition = rendering.editions().stream()
                .filter(e -> e.format().equals(format))
                .findFirst()
                .orElseThrow();
        Path target = new Path(output, in.outputStem() + "." + edition.fileExtension());
        try {
            boolean written = HadoopFiles.write(fs, target, edition.bytes());
            return new RenderResult(
                    in.input(),
                    format,
                    target.toString(),
                    (long) edition.bytes().length,
                    edition.sha256(),
                    written ? RenderResult.Status.WRITTEN : RenderResult.Status.UNCHANGED,
                    null,
                    edition.warnings().stream().map(Object::toString).toList());
        } catch (IOException e) {
            return RenderResult.failed(in.input(), format, target + ": cannot write: " + e.getMessage());
        }
    }

    private static List<RenderResult> failedInEveryFormat(String input, RenderSettings settings, String error) {
        return Renderers.get(settings).formats().stream()
                .map(f -> RenderResult.failed(input, f, error))
                .toList();
    }

    /** Configures a {@link RenderArchive}. */
    public static final class Builder {
        private final String output;
        private RenderSettings settings = RenderSettings.defaults();
        private int partitions;

        private Builder(String output) {
            this.output = Objects.requireNonNull(output, "output");
        }

        /** Formats, options and dating; {@link RenderSettings#defaults()} unless set. */
        public Builder settings(RenderSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /**
         * How many tasks share an archive read from a path; unless set, three per core the cluster offers,
         * or one per 200 digests if that is more.
         */
        public Builder partitions(int partitions) {
            if (partitions < 1) {
                throw new IllegalArgumentException("partitions must be at least 1, got " + partitions);
            }
            this.partitions = partitions;
            return this;
        }

        /**
         * The job, its formats checked.
         *
         * @throws io.mirsad.export.ExportException if a format is not installed (checked here, on the driver,
         *                                          rather than in every task)
         */
        public RenderArchive build() {
            Renderers.get(settings);
            return new RenderArchive(this);
        }
    }
}

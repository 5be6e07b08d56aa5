package io.mirsad.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The command line of {@link RenderArchive} under {@code spark-submit}:
 * {@code spark-submit --class io.mirsad.spark.RenderArchive mirsad-spark.jar INPUT OUTPUT [-f pdf,epub]}.
 * It exits 0 once the job has run, failed rows or not (the results table says which editions failed), and 1
 * if the input does not exist.
 */
@Command(
        name = "RenderArchive",
        mixinStandardHelpOptions = true,
        description = "Render every digest (.json, .txt) under INPUT into OUTPUT on Spark, mirroring the input"
                + " tree, and save a results table (input, format, output, bytes, sha256, status, error).")
final class RenderArchiveCommand implements Callable<Integer> {
    @Parameters(
            index = "0",
            paramLabel = "INPUT",
            description = "A Hadoop path: a folder (searched recursively) or a file.")
    String input;

    @Parameters(index = "1", paramLabel = "OUTPUT", description = "A Hadoop path to write the editions under.")
    String output;

    @Option(
            names = {"-f", "--format"},
            split = ",",
            paramLabel = "FORMAT",
            description = "Formats to write (default: every installed one).")
    List<String> formats = new ArrayList<>();

    @Option(
            names = "--date-from-name",
            description = "Date undated digests from the first YYYY-MM-DD in the file name.")
    boolean dateFromName;

    @Option(
            names = "--published",
            paramLabel = "YYYY-MM-DD",
            description = "Publication date for an input without one (never overrides a JSON digest's own).")
    LocalDate published;

    @Option(
            names = {"-O", "--option"},
            paramLabel = "KEY=VALUE",
            description = "An exporter option, as for mirsad render.")
    Map<String, String> options = new LinkedHashMap<>();

    @Option(
            names = "--results",
            paramLabel = "PATH",
            description = "Where to save the results table (default: OUTPUT/_mirsad/results).")
    String results;

    @Option(names = "--results-format", paramLabel = "FORMAT", description = "parquet (default) or json (JSON lines).")
    String resultsFormat = "parquet";

    @Option(
            names = "--partitions",
            paramLabel = "N",
            description = "Tasks to split the archive into (default: by size and cores).")
    int partitions;

    static int execute(String[] args) {
        return new CommandLine(new RenderArchiveCommand()).execute(args);
    }

    @Override
    public Integer call() throws IOException {
        if (!resultsFormat.equals("parquet") && !resultsFormat.equals("json")) {
            throw new CommandLine.ParameterException(
                    new CommandLine(this), "--results-format must be parquet or json, got " + resultsFormat);
        }
        RenderArchive.Builder job =
                RenderArchive.builder(output).settings(new RenderSettings(formats, options, dateFromName, published));
        if (partitions > 0) {
            job.partitions(partitions);
        }
        String table = results != null ? results : output.replaceAll("/+$", "") + "/_mirsad/results";
        SparkSession spark =
                SparkSession.builder().appName("mirsad RenderArchive").getOrCreate();
        try {
            Dataset<Row> rows;
            try {
                rows = job.build().run(spark, input, table, resultsFormat);
            } catch (FileNotFoundException e) {
                System.err.println("mirsad: " + input + ": no such file or folder");
                return 1;
            }
            for (Row r : rows.groupBy("status").count().orderBy("status").collectAsList()) {
                System.err.printf("mirsad: %s %d%n", r.getString(0), r.getLong(1));
            }
            for (Row r : rows.filter("status = 'FAILED'")
                    .select("format", "error")
                    .limit(20)
                    .collectAsList()) {
                System.err.printf("mirsad: %s: %s%n", r.getString(0), r.getString(1));
            }
            System.err.println("mirsad: results in " + table);
        } finally {
            spark.stop();
        }
        return 0;
    }
}

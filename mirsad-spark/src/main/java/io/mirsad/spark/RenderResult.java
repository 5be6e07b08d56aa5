package io.mirsad.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * One row of an archive's results table: one edition of one input, written or failed. Every input has one
 * row per format, so a query for what is missing needs no join.
 *
 * @param input    where the input came from
 * @param format   the format
 * @param output   the edition's path, or {@code null} if it failed
 * @param bytes    the edition's size, or {@code null} if it failed
 * @param sha256   the SHA-256 of the edition's bytes in lower-case hex, or {@code null} if it failed
 * @param status   what happened
 * @param error    why it failed, naming the input (and line where known), or {@code null}
 * @param warnings what the exporter warned about
 */
public record RenderResult(
        String input,
        String format,
        String output,
        Long bytes,
        String sha256,
        Status status,
        String error,
        List<String> warnings)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The results table's columns, in order. */
    public static final StructType SCHEMA = new StructType()
            .add("input", DataTypes.StringType, false)
            .add("format", DataTypes.StringType, false)
            .add("output", DataTypes.StringType, true)
            .add("bytes", DataTypes.LongType, true)
            .add("sha256", DataTypes.StringType, true)
            .add("status", DataTypes.StringType, false)
            .add("error", DataTypes.StringType, true)
            .add("warnings", DataTypes.createArrayType(DataTypes.StringType, false), false);

    /** What became of one edition. */
    public enum Status {
        /** Written under its output path. */
        WRITTEN,
        /** The file there already held exactly these bytes (a re-run, a retried or speculative task). */
        UNCHANGED,
        /** Not written: see the error. */
        FAILED
    }

    public RenderResult {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(status, "status");
        warnings = List.copyOf(warnings);
    }

    static RenderResult failed(String input, String format, String error) {
        return new RenderResult(input, format, null, null, null, Status.FAILED, error, List.of());
    }

    /** This result as a row of {@link #SCHEMA}. */
    public Row toRow() {
        return RowFactory.create(
                input,
                format,
                output,
                bytes,
                sha256,
                status.name(),
                error,
                scala.jdk.javaapi.CollectionConverters.asScala(warnings).toSeq());
    }
}

package io.mirsad.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mirsad.batch.Batch;
import io.mirsad.batch.BatchReport;
import io.mirsad.batch.Input;
import io.mirsad.batch.Renderer;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderArchiveTest {
    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder()
                .master("local[2]")
                .appName("RenderArchiveTest")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void rendersAnArchiveByteForByteAsTheBatchDoesWithEachBrokenDigestAFailedRow() throws IOException {
        Path in = dir.resolve("archive");
        List<String> good = Archives.write(in, 200);
        Path out = dir.resolve("editions");
        RenderSettings settings = new RenderSettings(List.of("pdf", "epub"), Map.of(), true, null);
        int builtBefore = Renderers.built();

        List<Row> rows = RenderArchive.builder(out.toUri().toString())
                .settings(settings)
                .build()
                .run(
                        spark,
                        in.toUri().toString(),
                        out.resolve("_mirsad/results").toUri().toString())
                .collectAsList();

        // The driver built the renderer to check the formats; no task built another.
        assertThat(Renderers.built() - builtBefore).isEqualTo(1);
        assertThat(rows).hasSize(200 * 2);
        Map<String, List<Row>> byStatus = rows.stream().collect(Collectors.groupingBy(r -> r.getAs("status")));
        assertThat(names(byStatus.get("FAILED"))).containsExactlyInAnyOrderElementsOf(Archives.BROKEN.keySet());
        assertThat(byStatus.get("FAILED"))
                .allSatisfy(r -> assertThat((String) r.getAs("error")).isNotBlank());
        assertThat(byStatus.get("WRITTEN")).hasSize(good.size() * 2);
        assertThat(names(byStatus.get("WRITTEN"))).containsExactlyInAnyOrderElementsOf(good);
        assertThat(error(rows, "broken/truncated.json")).startsWith("broken/truncated.json:3:14: ");
        assertThat(error(rows, "broken/clash.txt")).contains("clash.json");

        // Each written row describes its file.
        Map<String, byte[]> editions = Archives.files(out);
        for (Row r : byStatus.get("WRITTEN")) {
            byte[] file = Files.readAllBytes(Path.of(java.net.URI.create(r.getAs("output"))));
            assertThat((long) r.<Long>getAs("bytes")).isEqualTo(file.length);
            assertThat((String) r.getAs("sha256")).isEqualTo(sha256(file));
        }
        assertThat(editions).hasSize(good.size() * 2);

        // The single-machine batch, on the same inputs with the same settings, writes the same files.
        Path reference = dir.resolve("batch");
        BatchReport report = Batch.builder(settings.newRenderer(), reference)
                .threads(2)
                .build()
                .run(List.of(in));
        assertThat(report.failures())
                .extracting(f -> in.relativize(Path.of(f.input())).toString().replace('\\', '/'))
                .containsExactlyInAnyOrderElementsOf(Archives.BROKEN.keySet());
        Map<String, byte[]> expected = Archives.files(reference);
        assertThat(editions.keySet()).isEqualTo(expected.keySet());
        assertThat(editions)
                .allSatisfy((name, bytes) -> assertThat(bytes).as(name).isEqualTo(expected.get(name)));
        assertThat(hiddenFiles(out)).isEmpty();
    }

    @Test
    void aSecondRunFindsEveryEditionInPlaceAndRewritesNothing() throws IOException {
        Path in = dir.resolve("archive");
        List<String> good = Archives.write(in.resolve("docx"), 20 + Archives.BROKEN.size() + 1);
        Path out = dir.resolve("editions");
        RenderArchive job = RenderArchive.builder(out.toString())
                .settings(new RenderSettings(List.of("docx"), Map.of(), true, null))
                .partitions(3)
                .build();
        String results = dir.resolve("results").toString();

        List<Row> first = job.run(spark, in.toString(), results, "json").collectAsList();
        Map<String, byte[]> written = Archives.files(out);
        List<Row> second = job.run(spark, in.toString(), results, "json").collectAsList();

        assertThat(statuses(first, "WRITTEN")).containsExactlyInAnyOrderElementsOf(good);
        assertThat(statuses(second, "UNCHANGED")).containsExactlyInAnyOrderElementsOf(good);
        assertThat(statuses(second, "FAILED")).containsExactlyInAnyOrderElementsOf(Archives.BROKEN.keySet());
        assertThat(Archives.files(out)).containsOnlyKeys(written.keySet());
        assertThat(written).hasSize(good.size());
        assertThat(hiddenFiles(out)).isEmpty();
    }

    @Test
    void rendersDigestsAProgramAlreadyHolds() throws IOException {
        byte[] digest = Files.readAllBytes(Path.of("../examples/sample/observatory.json"));
        byte[] page = Files.readAllBytes(Path.of("../examples/sample/observatory.txt"));
        List<ArchiveInput> inputs = List.of(
                new ArchiveInput("table:1", "a/observatory.json", digest),
                new ArchiveInput("table:2", "b/observatory.txt", page),
                new ArchiveInput("table:3", "c/bad.json", "{".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        Path out = dir.resolve("editions");
        RenderSettings settings =
                new RenderSettings(List.of("epub"), Map.of(), false, java.time.LocalDate.of(2026, 11, 29));
        RenderArchive job =
                RenderArchive.builder(out.toString()).settings(settings).build();
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());

        List<RenderResult> results = job.render(sc.parallelize(inputs, 2)).collect();

        assertThat(results)
                .extracting(RenderResult::input, RenderResult::status)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("table:1", RenderResult.Status.WRITTEN),
                        org.assertj.core.groups.Tuple.tuple("table:2", RenderResult.Status.WRITTEN),
                        org.assertj.core.groups.Tuple.tuple("table:3", RenderResult.Status.FAILED));
        Renderer renderer = settings.newRenderer();
        assertThat(out.resolve("a/observatory.epub"))
                .hasBinaryContent(renderer.render(new Input("a/observatory.json", digest))
                        .editions()
                        .get(0)
                        .bytes());
        assertThat(out.resolve("b/observatory.epub"))
                .hasBinaryContent(renderer.render(new Input("b/observatory.txt", page))
                        .editions()
                        .get(0)
                        .bytes());
        assertThat(results.stream()
                        .filter(r -> r.status() == RenderResult.Status.FAILED)
                        .findFirst()
                        .orElseThrow()
                        .error())
                .startsWith("c/bad.json:");
    }

    @Test
    void aMissingArchiveFailsBeforeAnythingIsRendered() {
        RenderArchive job =
                RenderArchive.builder(dir.resolve("editions").toString()).build();

        assertThatThrownBy(() -> job.run(
                        spark,
                        dir.resolve("nowhere").toString(),
                        dir.resolve("results").toString()))
                .isInstanceOf(FileNotFoundException.class);
        assertThat(dir.resolve("editions")).doesNotExist();
    }

    private static String error(List<Row> rows, String name) {
        return rows.stream()
                .filter(r -> ((String) r.getAs("input")).endsWith("/" + name))
                .findFirst()
                .map(r -> (String) r.getAs("error"))
                .orElseThrow();
    }

    /** The inputs named in rows, relative to the archive's root. */
    private static Set<String> names(List<Row> rows) {
        Set<String> names = new HashSet<>();
        for (Row r : rows) {
            String input = r.getAs("input");
            names.add(input.substring(input.indexOf("/archive/") + "/archive/".length())
                    .replaceFirst("^docx/", ""));
        }
        return names;
    }

    private static Set<String> statuses(List<Row> rows, String status) {
        return names(rows.stream().filter(r -> r.getAs("status").equals(status)).toList());
    }

    private static List<Path> hiddenFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".tmp"))
                    .collect(Collectors.toCollection(ArrayList::new));
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

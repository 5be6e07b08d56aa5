package io.mirsad.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.mirsad.digest.importer.Gazetteer;
import io.mirsad.digest.importer.PageImporter;
import io.mirsad.digest.json.DigestJson;
import io.mirsad.epub.EpubExporter;
import io.mirsad.export.ExportOptions;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchTest {
    @TempDir
    Path dir;

    private final Renderer docx = Renderer.builder().formats("docx").build();

    @Test
    void mirrorsTheInputTreeSoThatTwoIndexFilesDoNotCollide() throws IOException {
        Path in = dir.resolve("in");
        Samples.write(in.resolve("2025/index.json"), Samples.json(1));
        Samples.write(in.resolve("2026/index.json"), Samples.json(2));
        Path out = dir.resolve("out");

        BatchReport report = Batch.builder(docx, out).threads(2).build().run(List.of(in));

        assertThat(report.succeeded()).isTrue();
        assertThat(report.written()).isEqualTo(2);
        assertThat(out.resolve("2025/index.docx")).isRegularFile();
        assertThat(out.resolve("2026/index.docx")).isRegularFile();
        assertThat(Files.mismatch(out.resolve("2025/index.docx"), out.resolve("2026/index.docx")))
                .isNotNegative();
    }

    @Test
    void filesNamedSeparatelyMirrorFromTheirCommonFolder() throws IOException {
        Path a = Samples.write(dir.resolve("a/index.json"), Samples.json(1));
        Path b = Samples.write(dir.resolve("b/index.json"), Samples.json(2));
        Path out = dir.resolve("out");

        BatchReport report = Batch.builder(docx, out).build().run(List.of(a, b));

        assertThat(report.succeeded()).isTrue();
        assertThat(out.resolve("a/index.docx")).isRegularFile();
        assertThat(out.resolve("b/index.docx")).isRegularFile();
    }

    @Test
    void badFilesAreCollectedWhileTheRestAreWrittenWithNoPartialFiles() throws IOException {
        Path in = dir.resolve("in");
        Samples.write(in.resolve("good.json"), Samples.json(1));
        Samples.write(in.resolve("broken.json"), "{\n  \"metadata\": {\n    \"title\": \n}");
        Samples.write(in.resolve("undated.json"), DigestJson.write(Samples.issue(3, false)));
        Path missing = dir.resolve("nowhere.json");
        Path out = dir.resolve("out");
        Renderer renderer = Renderer.builder().formats("docx", "epub").build();

        BatchReport report = Batch.builder(renderer, out).threads(2).build().run(List.of(in, missing));

        assertThat(report.succeeded()).isFalse();
        assertThat(report.failures())
                .extracting(Failure::message)
                .satisfiesExactlyInAnyOrder(
                        m -> assertThat(m).isEqualTo(missing + ": no such file"),
                        m -> assertThat(m)
                                .startsWith(in.resolve("broken.json") + ":4:1: ")
                                .doesNotContain("line 4"),
                        m -> assertThat(m)
                                .startsWith(in.resolve("undated.json") + ": cannot write epub: ")
                                .contains("published"));
        // Every format of the good file, DOCX of the undated one; nothing half-written anywhere.
        assertThat(files(out)).containsExactlyInAnyOrder("good.docx", "good.epub", "undated.docx");
    }

    @Test
    void aSecondRunSkipsEditionsUpToDateByContentAndForceRendersAgain() throws IOException {
        Path in = dir.resolve("in");
        Samples.write(in.resolve("a.json"), Samples.json(1));
        Samples.write(in.resolve("b.json"), Samples.json(2));
        Path out = dir.resolve("out");
        Batch batch = Batch.builder(docx, out).build();
        assertThat(batch.run(List.of(in)).written()).isEqualTo(2);
        FileTime old = FileTime.fromMillis(0);
        Files.setLastModifiedTime(out.resolve("a.docx"), old);

        BatchReport again = batch.run(List.of(in));
        assertThat(statuses(again)).containsOnly(EditionResult.Status.UP_TO_DATE);
        assertThat(Files.getLastModifiedTime(out.resolve("a.docx"))).isEqualTo(old);

        // A changed input, and an edition spoiled by hand, are rendered again; the other is left alone.
        Samples.write(in.resolve("a.json"), Samples.json(7));
        Files.write(out.resolve("b.docx"), new byte[] {1, 2, 3});
        BatchReport changed = batch.run(List.of(in));
        assertThat(changed.written()).isEqualTo(2);

        BatchReport forced = Batch.builder(docx, out).force(true).build().run(List.of(in));
        assertThat(statuses(forced)).containsOnly(EditionResult.Status.UNCHANGED);
    }

    @Test
    void anotherGazetteerRendersPageTextAgainButNotJson() throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.copy(Samples.SAMPLE_TXT, in.resolve("page.txt"));
        Samples.write(in.resolve("digest.json"), Samples.json(1));
        Path out = dir.resolve("out");
        assertThat(withGazetteer(Gazetteer.defaults(), out).run(List.of(in)).written())
                .isEqualTo(2);
        assertThat(statuses(withGazetteer(Gazetteer.defaults(), out).run(List.of(in))))
                .containsOnly(EditionResult.Status.UP_TO_DATE);
        String before = Sha256.hex(out.resolve("page.docx"));

        // Without the bundled institutions the page cites other sources: its edition is stale, the JSON's is not.
        BatchReport other = withGazetteer(Gazetteer.empty(), out).run(List.of(in));

        assertThat(other.files())
                .flatExtracting(FileResult::editions)
                .extracting(e -> out.relativize(e.target()).toString(), EditionResult::status)
                .containsExactlyInAnyOrder(
                        tuple("page.docx", EditionResult.Status.WRITTEN),
                        tuple("digest.docx", EditionResult.Status.UP_TO_DATE));
        assertThat(Sha256.hex(out.resolve("page.docx"))).isNotEqualTo(before);
    }

    @Test
    void anEditedCoverRendersTheEpubAgainUnderTheSameOptions() throws IOException {
        Path in = Samples.write(dir.resolve("in/digest.json"), Samples.json(1));
        Path cover = dir.resolve("cover.png");
        writePng(cover, Color.DARK_GRAY);
        Path out = dir.resolve("out");
        Batch batch = Batch.builder(
                        Renderer.builder()
                                .formats("epub")
                                .options(ExportOptions.builder()
                                        .set(EpubExporter.COVER, cover.toString())
                                        .build())
                                .build(),
                        out)
                .build();
        assertThat(batch.run(List.of(in)).written()).isEqualTo(1);
        assertThat(statuses(batch.run(List.of(in)))).containsOnly(EditionResult.Status.UP_TO_DATE);
        String before = Sha256.hex(out.resolve("digest.epub"));

        writePng(cover, Color.ORANGE);
        // The same size and time would hide the edit from the renderer's memory of hashes: move the time on.
        Files.setLastModifiedTime(
                cover, FileTime.fromMillis(Files.getLastModifiedTime(cover).toMillis() + 2000));

        assertThat(statuses(batch.run(List.of(in)))).containsOnly(EditionResult.Status.WRITTEN);
        assertThat(Sha256.hex(out.resolve("digest.epub"))).isNotEqualTo(before);
    }

    private static void writePng(Path file, Color color) throws IOException {
        BufferedImage image = new BufferedImage(60, 90, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 60, 90);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    private static Batch withGazetteer(Gazetteer gazetteer, Path out) {
        PageImporter importer = PageImporter.builder().gazetteer(gazetteer).build();
        Renderer renderer = Renderer.builder()
                .formats("docx")
                .reader(DigestReader.builder().importer(importer).build())
                .build();
        return Batch.builder(renderer, out).build();
    }

    @Test
    void pageTextTakesItsDateFromItsNameWhenAsked() throws IOException {
        Path page = dir.resolve("in/observatory-2026-11-28.txt");
        Files.createDirectories(page.getParent());
        Files.copy(Samples.SAMPLE_TXT, page);
        Renderer epub = Renderer.builder()
                .formats("epub")
                .reader(DigestReader.builder().dateFromName(true).build())
                .build();

        assertThat(Batch.builder(epub, dir.resolve("dated"))
                        .build()
                        .run(List.of(page))
                        .succeeded())
                .isTrue();
        BatchReport undated = Batch.builder(Renderer.builder().formats("epub").build(), dir.resolve("undated"))
                .build()
                .run(List.of(page));
        assertThat(undated.failures())
                .singleElement()
                .extracting(Failure::message)
                .asString()
                .contains("cannot write epub")
                .contains("published");
        assertThat(DigestReader.dateInName("x/2025-01-01/observatory-2026-02-30-2026-11-28.txt"))
                .contains(java.time.LocalDate.of(2026, 11, 28));
    }

    @Test
    void theSameFileTwiceIsReadOnce() throws IOException {
        Path a = Samples.write(dir.resolve("a.json"), Samples.json(1));
        BatchReport report = Batch.builder(docx, dir.resolve("out"))
                .build()
                .run(List.of(a, dir.resolve(".").resolve("a.json"), dir));
        assertThat(report.files()).hasSize(1);
        assertThat(report.problems())
                .hasSize(2)
                .allSatisfy(p -> assertThat(p.message()).contains("the same file as"));
    }

    @Test
    void aCancelledBatchStartsNothingNew() throws IOException {
        Path in = dir.resolve("in");
        for (int i = 0; i < 4; i++) {
            Samples.write(in.resolve(i + ".json"), Samples.json(i));
        }
        Cancellation cancellation = new Cancellation();
        BatchListener cancelAfterFirst = new BatchListener() {
            @Override
            public void finished(FileResult result) {
                cancellation.cancel();
            }
        };
        BatchReport report = Batch.builder(docx, dir.resolve("out"))
                .threads(1)
                .listener(cancelAfterFirst)
                .build()
                .run(List.of(in), cancellation);
        assertThat(report.cancelled()).isTrue();
        assertThat(report.succeeded()).isFalse();
        assertThat(report.files()).hasSize(1);
        assertThat(files(dir.resolve("out"))).containsExactly("0.docx");
    }

    private static List<EditionResult.Status> statuses(BatchReport report) {
        return report.files().stream()
                .flatMap(f -> f.editions().stream())
                .map(EditionResult::status)
                .toList();
    }

    /** Every file under {@code root} but the manifest, relative. */
    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString())
                    .filter(p -> !p.equals(io.mirsad.batch.internal.Manifest.FILE_NAME))
                    .sorted()
                    .toList();
        }
    }
}

package io.mirsad.cli;

import static io.mirsad.cli.MirsadCliTest.mirsad;
import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.cli.MirsadCliTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {
    @TempDir
    Path dir;

    @Test
    void rendersEveryFileAndExitsZeroThenSkipsWhatIsUpToDate() throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in.resolve("2026"));
        Files.copy(MirsadCliTest.SAMPLE_JSON, in.resolve("2026/index.json"));
        Files.copy(MirsadCliTest.SAMPLE_TXT, in.resolve("observatory-2026-11-28.txt"));
        Path out = dir.resolve("out");

        Run run = mirsad(
                "batch", in.toString(), "-o", out.toString(), "--format", "docx,epub", "-j", "2", "--date-from-name");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(out.resolve("2026/index.epub")).isRegularFile();
        assertThat(out.resolve("observatory-2026-11-28.epub")).isRegularFile();
        // Standard error is not a terminal here: a plain line per file, then the summary.
        assertThat(run.err())
                .contains("[1/2] ", "[2/2] ")
                .contains("mirsad: 2 files, 4 editions written, 0 up to date, 0 failures");

        Run again = mirsad("batch", in.toString(), "-o", out.toString(), "--format", "docx,epub", "--date-from-name");
        assertThat(again.exit()).isZero();
        assertThat(again.err()).contains("0 editions written, 4 up to date");
    }

    @Test
    void anotherGazetteerRendersPageTextAgain() throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.copy(MirsadCliTest.SAMPLE_JSON, in.resolve("digest.json"));
        Files.writeString(
                in.resolve("page.txt"),
                "موسم متأخر\nكاتبة التقرير\nنشرة المطر\nوذكر مرصد الواحات للدراسات أن الأمطار تأخرت هذا العام.\n");
        Path gazetteer = dir.resolve("oases.tsv");
        Files.writeString(
                gazetteer,
                "id\tkind\tname\tvariants\tnameLatin\tacronyms\turl\n"
                        + "oasis-observatory\tthink-tank\tمرصد الواحات للدراسات\t\tOasis Observatory\t\t\n");
        String out = dir.resolve("out").toString();
        assertThat(mirsad("batch", in.toString(), "-o", out, "-f", "docx").exit())
                .isZero();

        Run mine = mirsad("batch", in.toString(), "-o", out, "-f", "docx", "--gazetteer", gazetteer.toString());

        assertThat(mine.exit()).as(mine.err()).isZero();
        assertThat(mine.err()).contains("2 files, 1 editions written, 1 up to date");
        Run same = mirsad("batch", in.toString(), "-o", out, "-f", "docx", "--gazetteer", gazetteer.toString());
        assertThat(same.err()).contains("2 files, 0 editions written, 2 up to date");
    }

    @Test
    void anyFailureMakesTheExitCodeOneAndIsNamedInTheSummary() throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.copy(MirsadCliTest.SAMPLE_JSON, in.resolve("good.json"));
        Files.writeString(in.resolve("bad.json"), "{ \"metadata\": ");

        Run run = mirsad("batch", in.toString(), "-o", dir.resolve("out").toString(), "-f", "docx");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err())
                .contains("mirsad: " + in.resolve("bad.json") + ":1:")
                .contains("2 files, 1 editions written, 0 up to date, 1 failures");
        assertThat(dir.resolve("out/good.docx")).isRegularFile();
        assertThat(dir.resolve("out/bad.docx")).doesNotExist();
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Run run = mirsad("batch", MirsadCliTest.SAMPLE_JSON.toString(), "-o", dir.toString(), "-f", "odt");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("odt");
    }
}

package io.mirsad.cli;

import static io.mirsad.cli.MirsadCliTest.mirsad;
import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.cli.MirsadCliTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnthologyCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesOneVolumeFromPageTextDatedByName() throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.copy(MirsadCliTest.SAMPLE_TXT, in.resolve("observatory-2026-11-21.txt"));
        Files.copy(MirsadCliTest.SAMPLE_JSON, in.resolve("observatory.json"));
        Path volume = dir.resolve("volume.epub");

        Run run = mirsad(
                "anthology",
                in.toString(),
                "--title",
                "مختارات",
                "-f",
                "epub",
                "--date-from-name",
                "--sort",
                "date",
                "-o",
                volume.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo(volume.toString());
        assertThat(volume).isRegularFile();
        assertThat(run.err()).contains("2 digests bound, 0 left out");
    }

    @Test
    void withoutKeepGoingABadInputWritesNothingAndExitsOne() throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.copy(MirsadCliTest.SAMPLE_JSON, in.resolve("good.json"));
        Files.writeString(in.resolve("bad.json"), "{");
        Path volume = dir.resolve("volume.pdf");

        Run run = mirsad("anthology", in.toString(), "--title", "مختارات", "-f", "pdf", "-o", volume.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err())
                .contains("mirsad: " + in.resolve("bad.json") + ":1:")
                .contains("1 input is bad; nothing was written");
        assertThat(volume).doesNotExist();

        Run kept = mirsad(
                "anthology", in.toString(), "--title", "مختارات", "-f", "pdf", "--keep-going", "-o", volume.toString());
        assertThat(kept.exit()).isZero();
        assertThat(kept.err()).contains("left out: " + in.resolve("bad.json"));
        assertThat(volume).isRegularFile();
    }
}

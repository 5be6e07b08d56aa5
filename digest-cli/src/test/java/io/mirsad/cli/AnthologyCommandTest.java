package io.mirsad.cli;

import static io.mirsad.cli.MirsadCliTest.mirsad;
import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.cli.MirsadCliTest.Run;
import io.mirsad.digest.json.DigestJson;
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

    @Test
    void extractListsAndWritesEachDigestOfAPdfVolume() throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.copy(MirsadCliTest.SAMPLE_JSON, in.resolve("a.json"));
        Files.writeString(
                in.resolve("b.json"),
                Files.readString(MirsadCliTest.SAMPLE_JSON).replaceFirst("\"title\": \"", "\"title\": \"الثاني: "));
        Path volume = dir.resolve("volume.pdf");
        assertThat(mirsad("anthology", in.toString(), "--title", "مختارات", "-f", "pdf", "-o", volume.toString())
                        .exit())
                .isZero();

        Run list = mirsad("extract", volume.toString(), "--list");
        assertThat(list.exit()).as(list.err()).isZero();
        assertThat(list.out()).isEqualTo("digest-1.json\ndigest-2.json\n");

        Run bare = mirsad("extract", volume.toString());
        assertThat(bare.exit()).isEqualTo(2);
        assertThat(bare.err()).contains("a volume carrying 2 digests: give -o DIR");

        Path out = dir.resolve("digests");
        Run all = mirsad("extract", volume.toString(), "-o", out.toString());
        assertThat(all.exit()).as(all.err()).isZero();
        assertThat(DigestJson.read(Files.readString(out.resolve("digest-1.json"))))
                .isEqualTo(DigestJson.read(Files.readString(in.resolve("a.json"))));
        assertThat(Files.readString(out.resolve("digest-2.json"))).contains("الثاني: ");
    }
}

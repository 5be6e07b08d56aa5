package io.mirsad.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HadoopFilesTest {
    @TempDir
    java.nio.file.Path dir;

    private final byte[] edition = "an edition".getBytes(StandardCharsets.UTF_8);

    @Test
    void aSecondWriterOfTheSameBytesLeavesTheFileAsItWas() throws IOException {
        FileSystem fs = FileSystem.getLocal(new Configuration());
        Path target = new Path(dir.resolve("2026/a.pdf").toUri());

        assertThat(HadoopFiles.write(fs, target, edition)).isTrue();
        assertThat(HadoopFiles.write(fs, target, edition)).isFalse();

        assertThat(dir.resolve("2026/a.pdf")).hasBinaryContent(edition);
        assertThat(listing()).containsExactly("2026", "2026/a.pdf");
    }

    @Test
    void otherBytesReplaceTheFileWhole() throws IOException {
        FileSystem fs = FileSystem.getLocal(new Configuration());
        Path target = new Path(dir.resolve("a.pdf").toUri());
        HadoopFiles.write(fs, target, "an older edition, longer".getBytes(StandardCharsets.UTF_8));

        assertThat(HadoopFiles.write(fs, target, edition)).isTrue();

        assertThat(dir.resolve("a.pdf")).hasBinaryContent(edition);
        assertThat(listing()).containsExactly("a.pdf");
    }

    /** Everything in the folder, checksum files of Hadoop's local file system aside. */
    private java.util.List<String> listing() throws IOException {
        try (Stream<java.nio.file.Path> walk = Files.walk(dir)) {
            return walk.filter(p -> !p.equals(dir))
                    .map(p -> dir.relativize(p).toString())
                    .filter(n -> !n.endsWith(".crc"))
                    .sorted()
                    .toList();
        }
    }
}

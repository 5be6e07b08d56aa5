package io.mirsad.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.digest.Digest;
import io.mirsad.digest.json.DigestJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingExampleTest {

    @Test
    void theExampleWritesOneFilePerInstalledFormat(@TempDir Path dir) throws IOException {
        assertThat(EmbeddingExample.exportAll(EmbeddingExample.buildDigest(), dir))
                .extracting(p -> p.getFileName().toString())
                .containsExactly("example.docx", "example.epub", "example.pdf");
        assertThat(Files.size(dir.resolve("example.pdf"))).isGreaterThan(1000);
    }

    @Test
    void theSampleDigestReadsAndHasWhatTheReadmePromises() throws IOException {
        Digest sample = DigestJson.read(Files.readString(Path.of("sample/observatory.json")));
        assertThat(sample.sections()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(sample.sources()).hasSizeGreaterThanOrEqualTo(4);
        String all = DigestJson.write(sample);
        assertThat(all).contains("CSIS").contains("SIPRI").contains("2.7").contains("الدَّين");
    }
}

package io.mirsad.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.digest.json.DigestJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** How a reader dates what it reads: the name's date, then the date given, never over a digest's own. */
class DigestReaderTest {
    private static final LocalDate GIVEN = LocalDate.of(2026, 12, 1);
    private static final LocalDate IN_NAME = LocalDate.of(2026, 11, 28);
    private static final byte[] UNDATED =
            DigestJson.write(Samples.issue(1, false)).getBytes(StandardCharsets.UTF_8);
    private static final byte[] DATED = DigestJson.write(Samples.issue(1, true)).getBytes(StandardCharsets.UTF_8);

    @Test
    void anUndatedDigestTakesTheGivenDateAndADatedOneKeepsItsOwn() {
        DigestReader reader = DigestReader.builder().published(GIVEN).build();
        assertThat(reader.read(new Input("a.json", UNDATED)).metadata().published())
                .isEqualTo(GIVEN);
        assertThat(reader.read(new Input("a.json", DATED)).metadata().published())
                .isEqualTo(Samples.issue(1, true).metadata().published());
        assertThat(DigestReader.defaults()
                        .read(new Input("a.json", UNDATED))
                        .metadata()
                        .published())
                .isNull();
    }

    @Test
    void aDateInTheNameComesBeforeTheGivenOneWhenAsked() {
        DigestReader byName =
                DigestReader.builder().dateFromName(true).published(GIVEN).build();
        assertThat(byName.dateFor("observatory-2026-11-28.json")).isEqualTo(IN_NAME);
        assertThat(byName.dateFor("observatory.json")).isEqualTo(GIVEN);
        assertThat(byName.read(new Input("observatory-2026-11-28.json", UNDATED))
                        .metadata()
                        .published())
                .isEqualTo(IN_NAME);
        DigestReader notByName = DigestReader.builder().published(GIVEN).build();
        assertThat(notByName.dateFor("observatory-2026-11-28.json")).isEqualTo(GIVEN);
    }

    @Test
    void pageTextTakesTheGivenDateOverItsPages() throws IOException {
        byte[] page = Files.readAllBytes(Samples.SAMPLE_TXT);
        DigestReader reader = DigestReader.builder().published(GIVEN).build();
        assertThat(reader.read(new Input("observatory.txt", page)).metadata().published())
                .isEqualTo(GIVEN);
    }
}

package io.mirsad.batch;

import io.mirsad.digest.Digest;
import io.mirsad.digest.Metadata;
import io.mirsad.digest.json.DigestJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Distinct digests made from the bundled sample: numbered titles, weekly dates. */
final class Samples {
    static final Path SAMPLE_JSON = Path.of("../examples/sample/observatory.json");
    static final Path SAMPLE_TXT = Path.of("../examples/sample/observatory.txt");
    private static final Digest SAMPLE = read();

    private Samples() {}

    /** The sample as issue {@code n}: its own title, date and identifier; {@code dated} false leaves the date out. */
    static Digest issue(int n, boolean dated) {
        return issue(n, dated, SAMPLE.metadata().language());
    }

    /** Issue {@code n}, dated, as if written in {@code language} (its direction follows the language). */
    static String json(int n, String language) {
        return DigestJson.write(issue(n, true, language));
    }

    private static Digest issue(int n, boolean dated, String language) {
        Metadata m = SAMPLE.metadata();
        Metadata issue = new Metadata(
                m.title() + " — العدد " + n,
                m.subtitle(),
                m.series(),
                m.authors(),
                m.contributors(),
                m.publisher(),
                dated ? LocalDate.of(2026, 1, 3).plusWeeks(n) : null,
                language,
                language.equals(m.language()) ? m.direction() : null,
                "urn:mirsad:test:" + n,
                m.rights(),
                m.description(),
                m.keywords());
        return new Digest(issue, SAMPLE.sections(), SAMPLE.sources());
    }

    static String json(int n) {
        return DigestJson.write(issue(n, true));
    }

    static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static Digest read() {
        try {
            return DigestJson.read(Files.readString(SAMPLE_JSON));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.mirsad.spark;

import io.mirsad.digest.Digest;
import io.mirsad.digest.Metadata;
import io.mirsad.digest.json.DigestJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Archives for the tests, written to disk: variants of the sample (JSON and page text) and of the
 * exporters' fixtures, each with its own title and date, in folders by year, and a few broken inputs.
 */
final class Archives {
    private static final Path ROOT = Path.of("..");
    private static final List<Path> JSON = List.of(
            ROOT.resolve("examples/sample/observatory.json"),
            ROOT.resolve("export-pdf/src/test/resources/fixtures/grain-corridors.json"),
            ROOT.resolve("export-pdf/src/test/resources/fixtures/water-briefs.json"),
            ROOT.resolve("export-epub/src/test/resources/fixtures/digital.json"),
            ROOT.resolve("export-epub/src/test/resources/fixtures/water.json"));
    private static final Path PAGE = ROOT.resolve("examples/sample/observatory.txt");

    /** Inputs that cannot be read as digests, by name; each must give failed rows in every format. */
    static final Map<String, byte[]> BROKEN = new TreeMap<>(Map.of(
            "broken/truncated.json", utf8("{\n  \"metadata\": {\n    \"title\": "),
            "broken/empty-object.json", utf8("{}"),
            "broken/array.json", utf8("[1, 2, 3]"),
            "broken/empty-page.txt", utf8(""),
            "broken/latin1.json", new byte[] {'{', '"', (byte) 0xe9, '"', ':', '1', '}'},
            "broken/clash.txt", utf8("any page: its name clashes with clash.json")));

    private Archives() {}

    /**
     * Writes {@code count} inputs under {@code dir}: {@link #BROKEN} and {@code count - 1 - BROKEN.size()}
     * distinct digests (dated by name for page text) and a good digest whose name clashes with a broken one's, plus a hidden file and a non-digest that a listing
     * must skip.
     *
     * @return the names of the good inputs, relative to {@code dir}
     */
    static List<String> write(Path dir, int count) throws IOException {
        List<String> good = new ArrayList<>();
        for (int i = 0; i < count - BROKEN.size() - 1; i++) {
            LocalDate date = LocalDate.of(2024, 1, 6).plusWeeks(i);
            int source = i % (JSON.size() + 1);
            String name;
            String content;
            if (source == JSON.size()) {
                name = date.getYear() + "/observatory-" + date + ".txt";
                content = retitledPage(i);
            } else {
                name = date.getYear() + "/" + base(JSON.get(source)) + "-" + date + ".json";
                content = DigestJson.write(variant(read(JSON.get(source)), i, date));
            }
            write(dir.resolve(name), utf8(content));
            good.add(name);
        }
        // Good, but shares its stem with broken/clash.txt, which sorts after it and is refused.
        String clash = "broken/clash.json";
        write(dir.resolve(clash), utf8(DigestJson.write(variant(read(JSON.get(0)), count, LocalDate.of(2027, 1, 2)))));
        good.add(clash);
        for (Map.Entry<String, byte[]> b : BROKEN.entrySet()) {
            write(dir.resolve(b.getKey()), b.getValue());
        }
        write(dir.resolve("2024/.draft.json"), utf8("{"));
        write(dir.resolve("README.md"), utf8("not a digest"));
        return good;
    }

    /** A folder's files by relative path, skipping hidden ones and the results table (under _mirsad). */
    static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = dir.relativize(p).toString().replace('\\', '/');
                if (!name.startsWith(".") && !name.contains("/.") && !name.startsWith("_mirsad/")) {
                    files.put(name, Files.readAllBytes(p));
                }
            }
        }
        return files;
    }

    private static Digest variant(Digest d, int n, LocalDate date) {
        Metadata m = d.metadata();
        Metadata issue = new Metadata(
                m.title() + " — العدد " + n,
                m.subtitle(),
                m.series(),
                m.authors(),
                m.contributors(),
                m.publisher(),
                date,
                m.language(),
                m.direction(),
                "urn:mirsad:spark-test:" + n,
                m.rights(),
                m.description(),
                m.keywords());
        return new Digest(issue, d.sections(), d.sources());
    }

    /** The sample page with its number in its title line. */
    private static String retitledPage(int n) throws IOException {
        String page = Files.readString(PAGE);
        int end = page.indexOf('\n');
        return page.substring(0, end) + " — العدد " + n + page.substring(end);
    }

    private static Digest read(Path file) {
        try {
            return DigestJson.read(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String base(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }
}

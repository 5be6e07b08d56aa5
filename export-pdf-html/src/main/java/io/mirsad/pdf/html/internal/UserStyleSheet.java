package io.mirsad.pdf.html.internal;

import io.mirsad.export.ExportException;
import io.mirsad.export.ExportWarning;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user's style sheet ({@code html.css}), checked before layout so that problems are reported with
 * the file and line they are on: every {@code url(…)} and {@code @import} must name a local file that
 * exists. OpenHTMLtoPDF's own parser then reports rules it cannot read, with their line, through the
 * same warning listener.
 *
 * @param file the style sheet
 * @param uri  its {@code file:} URI, which the document links and relative URLs resolve against
 */
record UserStyleSheet(Path file, String uri) {
    private static final Pattern URL = Pattern.compile(
            "url\\(\\s*(?:\"([^\"]*)\"|'([^']*)'|([^)\"'\\s]*))\\s*\\)|@import\\s+(?:\"([^\"]*)\"|'([^']*)')",
            Pattern.CASE_INSENSITIVE);

    /** Reads and checks {@code file}; a missing or unreadable file is an error, a bad reference a warning. */
    static UserStyleSheet read(Path file, String option, Consumer<ExportWarning> warnings) {
        Path absolute = file.toAbsolutePath().normalize();
        String css;
        try {
            css = Files.readString(absolute, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ExportException("option " + option + ": cannot read the style sheet " + file + ": " + e);
        }
        URI base = absolute.toUri();
        references(css, (ref, line) -> check(ref, base, file + ":" + line, warnings));
        return new UserStyleSheet(absolute, base.toString());
    }

    /**
     * The style sheet and the local files it links that exist: what a layout under it reads besides the
     * digest. Nothing is checked; an unreadable style sheet is listed alone.
     */
    static List<Path> files(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>(List.of(absolute));
        try {
            URI base = absolute.toUri();
            references(Files.readString(absolute, StandardCharsets.UTF_8), (ref, line) -> {
                URI target = resolve(ref, base);
                if (target != null && isFile(target) && Files.isRegularFile(Path.of(target))) {
                    files.add(Path.of(target));
                }
            });
        } catch (IOException e) {
            // The layout reports it, with the option's name; listed alone, the file still decides the fingerprint.
        }
        return List.copyOf(files);
    }

    /** Calls {@code action} with each {@code url(…)} or {@code @import} target and its 1-based line. */
    private static void references(String css, BiConsumer<String, Integer> action) {
        String[] lines = css.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = URL.matcher(lines[i]);
            while (m.find()) {
                String ref = first(m);
                if (ref != null && !ref.isBlank() && !ref.startsWith("data:") && !ref.startsWith("#")) {
                    action.accept(ref, i + 1);
                }
            }
        }
    }

    private static void check(String ref, URI base, String where, Consumer<ExportWarning> warnings) {
        URI target = resolve(ref, base);
        if (target == null) {
            warnings.accept(new ExportWarning("css.invalid-url", "url(" + ref + ") is not a valid URL", where));
        } else if (!isFile(target)) {
            warnings.accept(new ExportWarning(
                    "css.remote-url",
                    "url(" + ref + ") is not loaded: Mirsad never" + " accesses the network; use a local file",
                    where));
        } else if (!Files.isRegularFile(Path.of(target))) {
            warnings.accept(new ExportWarning(
                    "css.missing-file", "url(" + ref + ") names " + Path.of(target) + ", which does not exist", where));
        }
    }

    /** {@code ref} resolved against the style sheet, or null if it is not a valid URL. */
    private static URI resolve(String ref, URI base) {
        try {
            return base.resolve(new URI(ref.replace(" ", "%20")));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isFile(URI target) {
        return target.getScheme() != null
                && target.getScheme().toLowerCase(Locale.ROOT).equals("file");
    }

    private static String first(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return null;
    }
}

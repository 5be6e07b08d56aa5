package io.mirsad.digest.internal.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mirsad.digest.SourceKind;
import io.mirsad.digest.importer.GazetteerEntry;
import io.mirsad.digest.importer.GazetteerFormatException;
import io.mirsad.digest.text.ArabicText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Reads gazetteer entries from TSV or JSON. */
public final class GazetteerReader {
    private static final List<String> COLUMNS =
            List.of("id", "kind", "name", "variants", "nameLatin", "acronyms", "url");
    private static final ObjectMapper JSON = new ObjectMapper();

    private GazetteerReader() {}

    /** Reads a {@code .tsv} or {@code .json} file. */
    public static List<GazetteerEntry> read(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try (InputStream in = Files.newInputStream(file)) {
            if (name.endsWith(".tsv")) {
                return readTsv(in, file.toString());
            }
            if (name.endsWith(".json")) {
                return readJson(in, file.toString());
            }
        }
        throw new GazetteerFormatException(file + ": a gazetteer file must end in .tsv or .json");
    }

    /** Reads UTF-8 TSV with the header line {@code id kind name variants nameLatin acronyms url}. */
    public static List<GazetteerEntry> readTsv(InputStream in, String fileName) throws IOException {
        List<GazetteerEntry> entries = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        boolean headerSeen = false;
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = Arrays.asList(line.split("\t", -1));
            if (!headerSeen) {
                if (!cells.equals(COLUMNS)) {
                    throw new GazetteerFormatException(fileName + ":" + lineNumber
                            + ": the first line must be the header " + String.join("<TAB>", COLUMNS));
                }
                headerSeen = true;
                continue;
            }
            if (cells.size() != COLUMNS.size()) {
                throw new GazetteerFormatException(fileName + ":" + lineNumber + ": expected " + COLUMNS.size()
                        + " tab-separated columns, found " + cells.size());
            }
            String where = fileName + ":" + lineNumber;
            add(
                    entries,
                    where,
                    entry(
                            where,
                            cells.get(0),
                            cells.get(1),
                            cells.get(2),
                            list(cells.get(3)),
                            cells.get(4),
                            list(cells.get(5)),
                            cells.get(6)));
        }
        if (!headerSeen) {
            throw new GazetteerFormatException(fileName + ": empty gazetteer (no header line)");
        }
        return entries;
    }

    /** Reads a UTF-8 JSON array of entry objects. */
    public static List<GazetteerEntry> readJson(InputStream in, String fileName) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw new GazetteerFormatException(
                    fileName + ":" + e.getLocation().getLineNr() + ":"
                            + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(),
                    e);
        }
        if (root == null || !root.isArray()) {
            throw new GazetteerFormatException(fileName + ": a JSON gazetteer must be an array of entries");
        }
        List<GazetteerEntry> entries = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode o = root.get(i);
            String where = fileName + ": entry [" + i + "]";
            if (!o.isObject()) {
                throw new GazetteerFormatException(where + ": must be an object");
            }
            add(
                    entries,
                    where,
                    entry(
                            where,
                            text(o, "id"),
                            text(o, "kind"),
                            text(o, "name"),
                            strings(o, "variants", where),
                            text(o, "nameLatin"),
                            strings(o, "acronyms", where),
                            text(o, "url")));
        }
        return entries;
    }

    /** One file lists an institution once; replacing an entry is what {@code Gazetteer.Builder} is for. */
    private static void add(List<GazetteerEntry> entries, String where, GazetteerEntry entry) {
        if (entries.stream().anyMatch(e -> e.id().equals(entry.id()))) {
            throw new GazetteerFormatException(where + ": duplicate id '" + entry.id() + "'");
        }
        entries.add(entry);
    }

    private static GazetteerEntry entry(
            String where,
            String id,
            String kind,
            String name,
            List<String> variants,
            String nameLatin,
            List<String> acronyms,
            String url) {
        try {
            SourceKind sourceKind =
                    kind == null || kind.isBlank() ? SourceKind.OTHER : SourceKind.fromJsonName(kind.strip());
            return new GazetteerEntry(
                    id == null ? "" : id.strip(),
                    name == null ? null : ArabicText.nfc(name.strip()),
                    variants.stream().map(ArabicText::nfc).toList(),
                    nameLatin,
                    acronyms,
                    url,
                    sourceKind);
        } catch (IllegalArgumentException e) {
            throw new GazetteerFormatException(where + ": " + e.getMessage(), e);
        }
    }

    private static List<String> list(String cell) {
        return Arrays.stream(cell.split("\\|"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> strings(JsonNode o, String field, String where) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new GazetteerFormatException(where + "." + field + ": must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        v.forEach(item -> out.add(item.asText().strip()));
        return out;
    }
}

package io.mirsad.digest.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mirsad.digest.Block;
import io.mirsad.digest.Digest;
import io.mirsad.digest.DigestValidationException;
import io.mirsad.digest.Direction;
import io.mirsad.digest.Inline;
import io.mirsad.digest.Metadata;
import io.mirsad.digest.Section;
import io.mirsad.digest.SectionKind;
import io.mirsad.digest.Source;
import io.mirsad.digest.SourceKind;

/**
 * Reads and writes digests as JSON. Output is deterministic: fields in a fixed order, two-space
 * indentation, a paragraph's {@code runs} written only when it holds more than one plain run.
 * Safe to use from many threads.
 */
public final class DigestJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    /** Two-space indent, "key": value, one array element a line, "\n" on every platform. */
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private DigestJson() {
    }

    /** Parses a digest from JSON text. */
    public static Digest read(String json) {
        return read(new StringReader(json));
    }

    /** Parses a digest from UTF-8 JSON bytes. */
    public static Digest read(InputStream in) {
        return parse(() -> MAPPER.readTree(in));
    }

    /** Parses a digest from JSON characters. */
    public static Digest read(Reader reader) {
        return parse(() -> MAPPER.readTree(reader));
    }

    /** The digest as pretty-printed JSON text, ending in a newline. */
    public static String write(Digest digest) {
        try {
            return WRITER.writeValueAsString(toTree(digest)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the digest as UTF-8 JSON; the stream is not closed. */
    public static void write(Digest digest, OutputStream out) throws IOException {
        out.write(write(digest).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Reads the document into a tree; syntax errors carry their line and column. */
    private interface TreeSource {
        JsonNode read() throws IOException;
    }

    private static Digest parse(TreeSource source) {
        JsonNode root;
        try {
            root = source.read();
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            int line = loc == null ? -1 : loc.getLineNr();
            int col = loc == null ? -1 : loc.getColumnNr();
            throw new DigestJsonException("line " + line + ", column " + col + ": " + e.getOriginalMessage(),
                    line, col, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || root.isMissingNode()) {
            throw new DigestJsonException("empty document: expected a JSON object", 1, 1, null);
        }
        try {
            return new TreeReader().digest(root);
        } catch (DigestValidationException e) {
            throw new DigestJsonException(e.getMessage(), -1, -1, e);
        }
    }

    // ---- writing ----

    private static ObjectNode toTree(Digest d) {
        ObjectNode root = MAPPER.createObjectNode();
        Metadata m = d.metadata();
        ObjectNode meta = root.putObject("metadata");
        meta.put("title", m.title());
        putIfSet(meta, "subtitle", m.subtitle());
        putIfSet(meta, "series", m.series());
        ArrayNode authors = meta.putArray("authors");
        m.authors().forEach(authors::add);
        putIfSet(meta, "publisher", m.publisher());
        putIfSet(meta, "published", m.published() == null ? null : m.published().toString());
        meta.put("language", m.language());
        meta.put("direction", m.direction().name().toLowerCase(java.util.Locale.ROOT));
        putIfSet(meta, "identifier", m.identifier());
        putIfSet(meta, "rights", m.rights());
        putIfSet(meta, "description", m.description());
        if (!m.keywords().isEmpty()) {
            ArrayNode kw = meta.putArray("keywords");
            m.keywords().forEach(kw::add);
        }
        ArrayNode sources = root.putArray("sources");
        for (Source s : d.sources()) {
            ObjectNode o = sources.addObject();
            o.put("id", s.id());
            o.put("name", s.name());
            putIfSet(o, "nameLatin", s.nameLatin());
            putIfSet(o, "url", s.url());
            o.put("kind", s.kind().jsonName());
        }
        ArrayNode sections = root.putArray("sections");
        for (Section s : d.sections()) {
            ObjectNode o = sections.addObject();
            o.put("id", s.id());
            o.put("kind", s.kind().jsonName());
            putIfSet(o, "headline", s.headline());
            ArrayNode blocks = o.putArray("blocks");
            s.blocks().forEach(b -> writeBlock(blocks.addObject(), b));
            ArrayNode ids = o.putArray("sources");
            s.sources().forEach(ids::add);
        }
        return root;
    }

    private static void writeBlock(ObjectNode o, Block block) {
        if (block instanceof Block.Paragraph p) {
            o.put("type", "paragraph");
            writeRuns(o, p.runs());
        } else if (block instanceof Block.Quote q) {
            o.put("type", "quote");
            writeRuns(o, q.runs());
            putIfSet(o, "attribution", q.attribution());
        } else if (block instanceof Block.ListBlock l) {
            o.put("type", "list");
            o.put("ordered", l.ordered());
            ArrayNode items = o.putArray("items");
            l.items().forEach(item -> writeRuns(items.addObject(), item.runs()));
        } else if (block instanceof Block.Figure f) {
            o.put("type", "figure");
            o.put("mediaType", f.mediaType());
            o.put("alt", f.alt());
            putIfSet(o, "caption", f.caption());
            o.put("image", Base64.getEncoder().encodeToString(f.image()));
        }
    }

    private static void writeRuns(ObjectNode o, List<Inline> runs) {
        o.put("text", io.mirsad.digest.Inlines.plainText(runs));
        if (runs.size() == 1 && runs.get(0) instanceof Inline.Text) {
            return;
        }
        ArrayNode arr = o.putArray("runs");
        for (Inline run : runs) {
            ObjectNode r = arr.addObject();
            if (run instanceof Inline.Text) {
                r.put("type", "text");
            } else if (run instanceof Inline.Emphasis) {
                r.put("type", "emphasis");
            } else if (run instanceof Inline.Strong) {
                r.put("type", "strong");
            } else if (run instanceof Inline.Link link) {
                r.put("type", "link");
                r.put("url", link.url());
            } else if (run instanceof Inline.SourceRef ref) {
                r.put("type", "source");
                r.put("source", ref.sourceId());
            }
            r.put("text", run.text());
        }
    }

    private static void putIfSet(ObjectNode o, String field, String value) {
        if (value != null) {
            o.put(field, value);
        }
    }

    // ---- reading ----

    /** Walks the tree, collecting type errors with their paths before the model's own validation runs. */
    private static final class TreeReader {
        private final List<String> errors = new ArrayList<>();

        Digest digest(JsonNode root) {
            if (!root.isObject()) {
                throw new DigestJsonException("the document must be a JSON object, not " + root.getNodeType(),
                        -1, -1, null);
            }
            Metadata metadata = metadata(object(root, "metadata", "metadata"));
            List<Source> sources = new ArrayList<>();
            each(root, "sources", "sources", (node, path) -> sources.add(source(node, path)));
            List<Section> sections = new ArrayList<>();
            each(root, "sections", "sections", (node, path) -> sections.add(section(node, path)));
            if (!errors.isEmpty()) {
                throw new DigestJsonException(String.join("; ", errors), -1, -1, null);
            }
            return Digest.builder().metadata(metadata).sources(sources).sections(sections).build();
        }

        private Metadata metadata(JsonNode m) {
            Metadata.Builder b = Metadata.builder()
                    .title(text(m, "title", "metadata.title"))
                    .subtitle(text(m, "subtitle", "metadata.subtitle"))
                    .series(text(m, "series", "metadata.series"))
                    .authors(strings(m, "authors", "metadata.authors"))
                    .publisher(text(m, "publisher", "metadata.publisher"))
                    .identifier(text(m, "identifier", "metadata.identifier"))
                    .rights(text(m, "rights", "metadata.rights"))
                    .description(text(m, "description", "metadata.description"))
                    .keywords(strings(m, "keywords", "metadata.keywords"));
            String language = text(m, "language", "metadata.language");
            if (language != null) {
                b.language(language);
            }
            String published = text(m, "published", "metadata.published");
            if (published != null) {
                try {
                    b.published(LocalDate.parse(published));
                } catch (DateTimeParseException e) {
                    errors.add("metadata.published: not a date in the form YYYY-MM-DD: '" + published + "'");
                }
            }
            String direction = text(m, "direction", "metadata.direction");
            if (direction != null) {
                switch (direction) {
                    case "rtl" -> b.direction(Direction.RTL);
                    case "ltr" -> b.direction(Direction.LTR);
                    default -> errors.add("metadata.direction: must be rtl or ltr, not '" + direction + "'");
                }
            }
            return b.build();
        }

        private Source source(JsonNode s, String path) {
            SourceKind kind = SourceKind.OTHER;
            String k = text(s, "kind", path + ".kind");
            if (k != null) {
                try {
                    kind = SourceKind.fromJsonName(k);
                } catch (IllegalArgumentException e) {
                    errors.add(path + ".kind: " + e.getMessage());
                }
            }
            return new Source(orEmpty(text(s, "id", path + ".id")), orEmpty(text(s, "name", path + ".name")),
                    text(s, "nameLatin", path + ".nameLatin"), text(s, "url", path + ".url"), kind);
        }

        private Section section(JsonNode s, String path) {
            SectionKind kind = SectionKind.STORY;
            String k = text(s, "kind", path + ".kind");
            if (k == null) {
                errors.add(path + ".kind: missing");
            } else {
                try {
                    kind = SectionKind.fromJsonName(k);
                } catch (IllegalArgumentException e) {
                    errors.add(path + ".kind: " + e.getMessage());
                }
            }
            Section.Builder b = Section.builder(kind)
                    .id(text(s, "id", path + ".id"))
                    .headline(text(s, "headline", path + ".headline"));
            each(s, "blocks", path + ".blocks", (node, p) -> {
                Block block = block(node, p);
                if (block != null) {
                    b.block(block);
                }
            });
            strings(s, "sources", path + ".sources").forEach(b::source);
            return b.build();
        }

        private Block block(JsonNode o, String path) {
            String type = text(o, "type", path + ".type");
            if (type == null) {
                errors.add(path + ".type: missing");
                return null;
            }
            switch (type) {
                case "paragraph":
                    return new Block.Paragraph(runs(o, path));
                case "quote":
                    return new Block.Quote(runs(o, path), text(o, "attribution", path + ".attribution"));
                case "list": {
                    List<Block.Paragraph> items = new ArrayList<>();
                    each(o, "items", path + ".items", (node, p) -> items.add(new Block.Paragraph(runs(node, p))));
                    return new Block.ListBlock(o.path("ordered").asBoolean(false), items);
                }
                case "figure": {
                    byte[] image = new byte[0];
                    String data = text(o, "image", path + ".image");
                    if (data != null) {
                        try {
                            image = Base64.getDecoder().decode(data);
                        } catch (IllegalArgumentException e) {
                            errors.add(path + ".image: not base64: " + e.getMessage());
                        }
                    }
                    return new Block.Figure(image, orEmpty(text(o, "mediaType", path + ".mediaType")),
                            orEmpty(text(o, "alt", path + ".alt")), text(o, "caption", path + ".caption"));
                }
                default:
                    errors.add(path + ".type: unknown block type '" + type + "' (paragraph, quote, list, figure)");
                    return null;
            }
        }

        private List<Inline> runs(JsonNode o, String path) {
            if (!o.has("runs")) {
                return List.of(new Inline.Text(orEmpty(text(o, "text", path + ".text"))));
            }
            List<Inline> runs = new ArrayList<>();
            each(o, "runs", path + ".runs", (r, p) -> {
                String t = orEmpty(text(r, "text", p + ".text"));
                String type = orEmpty(text(r, "type", p + ".type"));
                switch (type) {
                    case "text" -> runs.add(new Inline.Text(t));
                    case "emphasis" -> runs.add(new Inline.Emphasis(t));
                    case "strong" -> runs.add(new Inline.Strong(t));
                    case "link" -> runs.add(new Inline.Link(t, orEmpty(text(r, "url", p + ".url"))));
                    case "source" -> runs.add(new Inline.SourceRef(t, orEmpty(text(r, "source", p + ".source"))));
                    default -> errors.add(p + ".type: unknown run type '" + type
                            + "' (text, emphasis, strong, link, source)");
                }
            });
            String text = text(o, "text", path + ".text");
            if (text != null && !text.equals(io.mirsad.digest.Inlines.plainText(runs))) {
                errors.add(path + ".text: does not equal the concatenated runs");
            }
            return runs;
        }

        private JsonNode object(JsonNode parent, String field, String path) {
            JsonNode n = parent.get(field);
            if (n == null || n.isNull()) {
                errors.add(path + ": missing");
                return MAPPER.createObjectNode();
            }
            if (!n.isObject()) {
                errors.add(path + ": must be an object");
                return MAPPER.createObjectNode();
            }
            return n;
        }

        private String text(JsonNode parent, String field, String path) {
            JsonNode n = parent.get(field);
            if (n == null || n.isNull()) {
                return null;
            }
            if (!n.isTextual()) {
                errors.add(path + ": must be a string");
                return null;
            }
            return n.asText();
        }

        private List<String> strings(JsonNode parent, String field, String path) {
            List<String> out = new ArrayList<>();
            each(parent, field, path, (n, p) -> {
                if (n.isTextual()) {
                    out.add(n.asText());
                } else {
                    errors.add(p + ": must be a string");
                }
            });
            return out;
        }

        private void each(JsonNode parent, String field, String path,
                          java.util.function.BiConsumer<JsonNode, String> action) {
            JsonNode n = parent.get(field);
            if (n == null || n.isNull()) {
                return;
            }
            if (!n.isArray()) {
                errors.add(path + ": must be an array");
                return;
            }
            for (int i = 0; i < n.size(); i++) {
                action.accept(n.get(i), path + "[" + i + "]");
            }
        }

        private static String orEmpty(String s) {
            return s == null ? "" : s;
        }
    }
}

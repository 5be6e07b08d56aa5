package io.mirsad.digest.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.mirsad.digest.Block;
import io.mirsad.digest.Contributor;
import io.mirsad.digest.Digest;
import io.mirsad.digest.Direction;
import io.mirsad.digest.Inline;
import io.mirsad.digest.Inlines;
import io.mirsad.digest.Metadata;
import io.mirsad.digest.Section;
import io.mirsad.digest.SectionKind;
import io.mirsad.digest.Source;
import io.mirsad.digest.SourceKind;
import io.mirsad.digest.json.DigestJsonException;
import io.mirsad.digest.text.NearestName;
import io.mirsad.digest.text.Printable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.BiConsumer;

/** Walks a JSON tree into a digest, collecting type errors with their paths before the model's own validation runs. */
public final class DigestTreeReader {
    private final List<String> errors = new ArrayList<>();

    private DigestTreeReader() {}

    /**
     * The digest the tree describes.
     *
     * @throws DigestJsonException listing every type error with its path
     * @throws io.mirsad.digest.DigestValidationException if the values break the model's rules
     */
    public static Digest read(JsonNode root) {
        return new DigestTreeReader().digest(root);
    }

    private Digest digest(JsonNode root) {
        if (!root.isObject()) {
            throw new DigestJsonException(
                    "the document must be a JSON object, not " + root.getNodeType(), -1, -1, null);
        }
        fields(root, "", "metadata", "sources", "sections");
        Metadata metadata = metadata(object(root, "metadata", "metadata"));
        List<Source> sources = new ArrayList<>();
        each(root, "sources", "sources", (node, path) -> sources.add(source(node, path)));
        List<Section> sections = new ArrayList<>();
        each(root, "sections", "sections", (node, path) -> sections.add(section(node, path)));
        if (!errors.isEmpty()) {
            throw new DigestJsonException(String.join("; ", errors), -1, -1, null);
        }
        return Digest.builder()
                .metadata(metadata)
                .sources(sources)
                .sections(sections)
                .build();
    }

    private Metadata metadata(JsonNode m) {
        fields(
                m,
                "metadata",
                "title",
                "subtitle",
                "series",
                "authors",
                "publisher",
                "published",
                "language",
                "direction",
                "identifier",
                "rights",
                "description",
                "keywords",
                "contributors");
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
        each(m, "contributors", "metadata.contributors", (node, path) -> {
            fields(node, path, "name", "role");
            String name = text(node, "name", path + ".name");
            if (name == null) {
                errors.add(path + ".name: missing");
            }
            String role = text(node, "role", path + ".role");
            switch (role == null ? "" : role) {
                case "editor" -> b.contributor(new Contributor(orEmpty(name), Contributor.Role.EDITOR));
                case "translator" -> b.contributor(new Contributor(orEmpty(name), Contributor.Role.TRANSLATOR));
                default ->
                    errors.add(path + ".role: must be editor or translator, not '" + Printable.escape(role) + "'");
            }
        });
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
        fields(s, path, "id", "name", "nameLatin", "url", "kind");
        SourceKind kind = SourceKind.OTHER;
        String k = text(s, "kind", path + ".kind");
        if (k != null) {
            try {
                kind = SourceKind.fromJsonName(k);
            } catch (IllegalArgumentException e) {
                errors.add(path + ".kind: " + e.getMessage());
            }
        }
        return new Source(
                orEmpty(text(s, "id", path + ".id")),
                orEmpty(text(s, "name", path + ".name")),
                text(s, "nameLatin", path + ".nameLatin"),
                text(s, "url", path + ".url"),
                kind);
    }

    private Section section(JsonNode s, String path) {
        fields(s, path, "id", "kind", "headline", "blocks", "sources");
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
        Section.Builder b =
                Section.builder(kind).id(text(s, "id", path + ".id")).headline(text(s, "headline", path + ".headline"));
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
                fields(o, path, "type", "text", "runs");
                return new Block.Paragraph(runs(o, path));
            case "quote":
                fields(o, path, "type", "text", "runs", "attribution");
                return new Block.Quote(runs(o, path), text(o, "attribution", path + ".attribution"));
            case "list": {
                fields(o, path, "type", "ordered", "items");
                List<Block.Paragraph> items = new ArrayList<>();
                each(o, "items", path + ".items", (node, p) -> {
                    fields(node, p, "text", "runs");
                    items.add(new Block.Paragraph(runs(node, p)));
                });
                return new Block.ListBlock(o.path("ordered").asBoolean(false), items);
            }
            case "figure": {
                fields(o, path, "type", "image", "mediaType", "alt", "caption");
                byte[] image = new byte[0];
                String data = text(o, "image", path + ".image");
                if (data != null) {
                    try {
                        image = Base64.getDecoder().decode(data);
                    } catch (IllegalArgumentException e) {
                        errors.add(path + ".image: not base64: " + e.getMessage());
                    }
                }
                return new Block.Figure(
                        image,
                        orEmpty(text(o, "mediaType", path + ".mediaType")),
                        orEmpty(text(o, "alt", path + ".alt")),
                        text(o, "caption", path + ".caption"));
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
            fields(r, p, "type", "text", "url", "source");
            String t = orEmpty(text(r, "text", p + ".text"));
            String type = orEmpty(text(r, "type", p + ".type"));
            switch (type) {
                case "text" -> runs.add(new Inline.Text(t));
                case "emphasis" -> runs.add(new Inline.Emphasis(t));
                case "strong" -> runs.add(new Inline.Strong(t));
                case "link" -> runs.add(new Inline.Link(t, orEmpty(text(r, "url", p + ".url"))));
                case "source" -> runs.add(new Inline.SourceRef(t, orEmpty(text(r, "source", p + ".source"))));
                default ->
                    errors.add(p + ".type: unknown run type '" + type + "' (text, emphasis, strong, link, source)");
            }
        });
        String text = text(o, "text", path + ".text");
        if (text != null && !text.equals(Inlines.plainText(runs))) {
            errors.add(path + ".text: does not equal the concatenated runs");
        }
        return runs;
    }

    /** Reports every field the format does not define, with the nearest one it does. */
    private void fields(JsonNode node, String path, String... known) {
        if (!node.isObject()) {
            return;
        }
        List<String> names = List.of(known);
        node.fieldNames().forEachRemaining(name -> {
            if (!names.contains(name)) {
                errors.add((path.isEmpty() ? "" : path + ".") + Printable.escape(name) + ": unknown field"
                        + NearestName.suggestion(name, names));
            }
        });
    }

    private JsonNode object(JsonNode parent, String field, String path) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            errors.add(path + ": missing");
            return JsonNodeFactory.instance.objectNode();
        }
        if (!n.isObject()) {
            errors.add(path + ": must be an object");
            return JsonNodeFactory.instance.objectNode();
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

    private void each(JsonNode parent, String field, String path, BiConsumer<JsonNode, String> action) {
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

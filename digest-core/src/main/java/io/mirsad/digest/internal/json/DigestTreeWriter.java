package io.mirsad.digest.internal.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mirsad.digest.Block;
import io.mirsad.digest.Digest;
import io.mirsad.digest.Inline;
import io.mirsad.digest.Inlines;
import io.mirsad.digest.Metadata;
import io.mirsad.digest.Section;
import io.mirsad.digest.Source;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/** Turns a digest into its JSON tree, fields in the order the schema lists them. */
public final class DigestTreeWriter {
    private DigestTreeWriter() {}

    /** The digest as a JSON tree. */
    public static ObjectNode toTree(Digest d) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        Metadata m = d.metadata();
        ObjectNode meta = root.putObject("metadata");
        meta.put("title", m.title());
        putIfSet(meta, "subtitle", m.subtitle());
        putIfSet(meta, "series", m.series());
        ArrayNode authors = meta.putArray("authors");
        m.authors().forEach(authors::add);
        if (!m.contributors().isEmpty()) {
            ArrayNode contributors = meta.putArray("contributors");
            m.contributors()
                    .forEach(c -> contributors
                            .addObject()
                            .put("name", c.name())
                            .put("role", c.role().name().toLowerCase(Locale.ROOT)));
        }
        putIfSet(meta, "publisher", m.publisher());
        putIfSet(meta, "published", m.published() == null ? null : m.published().toString());
        meta.put("language", m.language());
        meta.put("direction", m.direction().name().toLowerCase(Locale.ROOT));
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
        o.put("text", Inlines.plainText(runs));
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
}

package io.mirsad.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One field of a digest whose text an edition sets in type, named by its path as validation errors name
 * it ({@code sections[2].blocks[0].text}, {@code sections[2].blocks[1].runs[3].text} when a paragraph has
 * several runs). Warnings about what a format could not do with some text name the field this way.
 *
 * @param path where the text is, in JSON-path style
 * @param text the text
 */
public record TextField(String path, String text) {
    public TextField {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
    }

    /**
     * Every field of {@code digest} an edition prints, in the order validation visits them: metadata,
     * sources, sections. Identifiers, keywords and the text alternatives of figures are not printed and
     * not listed; absent fields are left out.
     */
    public static List<TextField> of(Digest digest) {
        List<TextField> fields = new ArrayList<>();
        Metadata m = digest.metadata();
        add(fields, "metadata.title", m.title());
        add(fields, "metadata.subtitle", m.subtitle());
        add(fields, "metadata.series", m.series());
        add(fields, "metadata.publisher", m.publisher());
        add(fields, "metadata.rights", m.rights());
        add(fields, "metadata.description", m.description());
        for (int i = 0; i < m.authors().size(); i++) {
            add(fields, "metadata.authors[" + i + "]", m.authors().get(i));
        }
        for (int i = 0; i < m.contributors().size(); i++) {
            add(
                    fields,
                    "metadata.contributors[" + i + "].name",
                    m.contributors().get(i).name());
        }
        for (int i = 0; i < digest.sources().size(); i++) {
            Source s = digest.sources().get(i);
            add(fields, "sources[" + i + "].name", s.name());
            add(fields, "sources[" + i + "].nameLatin", s.nameLatin());
            add(fields, "sources[" + i + "].url", s.url());
        }
        for (int i = 0; i < digest.sections().size(); i++) {
            Section s = digest.sections().get(i);
            String path = "sections[" + i + "]";
            add(fields, path + ".headline", s.headline());
            for (int j = 0; j < s.blocks().size(); j++) {
                block(fields, path + ".blocks[" + j + "]", s.blocks().get(j));
            }
        }
        return fields;
    }

    private static void block(List<TextField> fields, String path, Block block) {
        if (block instanceof Block.Paragraph p) {
            runs(fields, path, p.runs());
        } else if (block instanceof Block.Quote q) {
            runs(fields, path, q.runs());
            add(fields, path + ".attribution", q.attribution());
        } else if (block instanceof Block.ListBlock l) {
            for (int i = 0; i < l.items().size(); i++) {
                runs(fields, path + ".items[" + i + "]", l.items().get(i).runs());
            }
        } else if (block instanceof Block.Figure f) {
            add(fields, path + ".caption", f.caption());
        }
    }

    /** A paragraph of one run is written as plain {@code text} in JSON, so its path has no run index. */
    private static void runs(List<TextField> fields, String path, List<Inline> runs) {
        for (int k = 0; k < runs.size(); k++) {
            add(
                    fields,
                    (runs.size() == 1 ? path : path + ".runs[" + k + "]") + ".text",
                    runs.get(k).text());
        }
    }

    private static void add(List<TextField> fields, String path, String text) {
        if (text != null && !text.isEmpty()) {
            fields.add(new TextField(path, text));
        }
    }
}

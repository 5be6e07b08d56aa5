package io.mirsad.digest.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.mirsad.digest.Block;
import io.mirsad.digest.DigestValidationException;
import io.mirsad.digest.Inline;
import io.mirsad.digest.Inlines;
import io.mirsad.digest.Metadata;
import io.mirsad.digest.Section;
import io.mirsad.digest.SectionKind;
import io.mirsad.digest.Source;
import io.mirsad.digest.Violation;

/** Checks a whole digest and collects every violation with its path. */
public final class DigestValidator {
    private final List<Violation> violations = new ArrayList<>();
    private final Set<String> sourceIds = new HashSet<>();

    private DigestValidator() {
    }

    /** @throws DigestValidationException if anything is wrong */
    public static void check(Metadata metadata, List<Section> sections, List<Source> sources) {
        DigestValidator v = new DigestValidator();
        v.metadata(metadata);
        v.sources(sources);
        v.sections(sections);
        if (!v.violations.isEmpty()) {
            throw new DigestValidationException(v.violations);
        }
    }

    private void metadata(Metadata m) {
        if (isBlank(m.title())) {
            add("metadata.title", "blank");
        }
        try {
            new Locale.Builder().setLanguageTag(m.language());
        } catch (IllformedLocaleException e) {
            add("metadata.language", "not a BCP 47 language tag: '" + m.language() + "'");
        }
        for (int i = 0; i < m.authors().size(); i++) {
            if (isBlank(m.authors().get(i))) {
                add("metadata.authors[" + i + "]", "blank");
            }
        }
        for (int i = 0; i < m.contributors().size(); i++) {
            if (isBlank(m.contributors().get(i).name())) {
                add("metadata.contributors[" + i + "].name", "blank");
            }
        }
    }

    private void sources(List<Source> sources) {
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.get(i);
            String path = "sources[" + i + "]";
            if (isBlank(s.id())) {
                add(path + ".id", "blank");
            } else if (!sourceIds.add(s.id())) {
                add(path + ".id", "duplicate id '" + s.id() + "'");
            }
            if (isBlank(s.name())) {
                add(path + ".name", "blank");
            }
        }
    }

    private void sections(List<Section> sections) {
        if (sections.isEmpty()) {
            add("sections", "a digest needs at least one section");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            String path = "sections[" + i + "]";
            if (isBlank(s.id())) {
                add(path + ".id", "blank");
            } else if (!ids.add(s.id())) {
                add(path + ".id", "duplicate id '" + s.id() + "'");
            }
            if (s.kind() != SectionKind.INTRODUCTION && isBlank(s.headline())) {
                add(path + ".headline", "blank");
            }
            if (s.blocks().isEmpty()) {
                add(path + ".blocks", "empty");
            }
            for (int j = 0; j < s.blocks().size(); j++) {
                block(path + ".blocks[" + j + "]", s.blocks().get(j));
            }
            for (int j = 0; j < s.sources().size(); j++) {
                sourceId(path + ".sources[" + j + "]", s.sources().get(j));
            }
        }
    }

    private void block(String path, Block block) {
        if (block instanceof Block.Paragraph p) {
            runs(path, p.runs());
        } else if (block instanceof Block.Quote q) {
            runs(path, q.runs());
        } else if (block instanceof Block.ListBlock l) {
            if (l.items().isEmpty()) {
                add(path + ".items", "empty");
            }
            for (int i = 0; i < l.items().size(); i++) {
                runs(path + ".items[" + i + "]", l.items().get(i).runs());
            }
        } else if (block instanceof Block.Figure f) {
            if (f.image().length == 0) {
                add(path + ".image", "empty");
            }
            if (!f.mediaType().equals("image/png") && !f.mediaType().equals("image/jpeg")) {
                add(path + ".mediaType", "must be image/png or image/jpeg, not '" + f.mediaType() + "'");
            }
            if (isBlank(f.alt())) {
                add(path + ".alt", "blank");
            }
        }
    }

    private void runs(String path, List<Inline> runs) {
        if (isBlank(Inlines.plainText(runs))
                && runs.stream().noneMatch(Inline.SourceRef.class::isInstance)) {
            add(path + ".text", "blank");
        }
        for (int k = 0; k < runs.size(); k++) {
            if (runs.get(k) instanceof Inline.SourceRef ref) {
                sourceId(path + ".runs[" + k + "].source", ref.sourceId());
            }
        }
    }

    private void sourceId(String path, String id) {
        if (!sourceIds.contains(id)) {
            add(path, "unknown source id '" + id + "'");
        }
    }

    private void add(String path, String message) {
        violations.add(new Violation(path, message));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}

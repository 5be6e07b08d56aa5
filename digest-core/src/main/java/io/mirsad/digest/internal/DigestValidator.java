package io.mirsad.digest.internal;

import io.mirsad.digest.Block;
import io.mirsad.digest.DigestValidationException;
import io.mirsad.digest.Images;
import io.mirsad.digest.Inline;
import io.mirsad.digest.Inlines;
import io.mirsad.digest.Metadata;
import io.mirsad.digest.Section;
import io.mirsad.digest.SectionKind;
import io.mirsad.digest.Source;
import io.mirsad.digest.Urls;
import io.mirsad.digest.Violation;
import io.mirsad.digest.text.Blank;
import io.mirsad.digest.text.Printable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a whole digest and collects every violation with its path. Every string is checked for
 * characters XML cannot carry (so no format has to clean or refuse them later), every URL once for all
 * formats, every picture once by decoding it.
 */
public final class DigestValidator {
    /** Publication dates outside these years are taken for typing mistakes. */
    private static final int FIRST_YEAR = 1900;

    private static final int LAST_YEAR = 2200;

    private final List<Violation> violations = new ArrayList<>();
    private final Set<String> sourceIds = new HashSet<>();

    private DigestValidator() {}

    /**
     * Checks a whole digest and lists every violation at once.
     *
     * @throws DigestValidationException if anything is wrong
     */
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
        required("metadata.title", m.title());
        text("metadata.subtitle", m.subtitle());
        text("metadata.series", m.series());
        text("metadata.publisher", m.publisher());
        text("metadata.identifier", m.identifier());
        text("metadata.rights", m.rights());
        text("metadata.description", m.description());
        try {
            new Locale.Builder().setLanguageTag(m.language());
        } catch (IllformedLocaleException e) {
            add("metadata.language", "not a BCP 47 language tag: '" + Printable.escape(m.language()) + "'");
        }
        LocalDate published = m.published();
        if (published != null && (published.getYear() < FIRST_YEAR || published.getYear() > LAST_YEAR)) {
            add(
                    "metadata.published",
                    "implausible date " + published + " (expected a year from " + FIRST_YEAR + " to " + LAST_YEAR
                            + ")");
        }
        for (int i = 0; i < m.authors().size(); i++) {
            required("metadata.authors[" + i + "]", m.authors().get(i));
        }
        for (int i = 0; i < m.keywords().size(); i++) {
            text("metadata.keywords[" + i + "]", m.keywords().get(i));
        }
        for (int i = 0; i < m.contributors().size(); i++) {
            required(
                    "metadata.contributors[" + i + "].name",
                    m.contributors().get(i).name());
        }
    }

    private void sources(List<Source> sources) {
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.get(i);
            String path = "sources[" + i + "]";
            if (required(path + ".id", s.id()) && !sourceIds.add(s.id())) {
                add(path + ".id", "duplicate id '" + Printable.escape(s.id()) + "'");
            }
            required(path + ".name", s.name());
            text(path + ".nameLatin", s.nameLatin());
            url(path + ".url", s.url());
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
            if (required(path + ".id", s.id()) && !ids.add(s.id())) {
                add(path + ".id", "duplicate id '" + Printable.escape(s.id()) + "'");
            }
            if (s.kind() != SectionKind.INTRODUCTION) {
                required(path + ".headline", s.headline());
            } else {
                text(path + ".headline", s.headline());
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
            text(path + ".attribution", q.attribution());
        } else if (block instanceof Block.ListBlock l) {
            if (l.items().isEmpty()) {
                add(path + ".items", "empty");
            }
            for (int i = 0; i < l.items().size(); i++) {
                runs(path + ".items[" + i + "]", l.items().get(i).runs());
            }
        } else if (block instanceof Block.Figure f) {
            if (!f.mediaType().equals("image/png") && !f.mediaType().equals("image/jpeg")) {
                add(
                        path + ".mediaType",
                        "must be image/png or image/jpeg, not '" + Printable.escape(f.mediaType()) + "'");
                Images.problem(f.image(), null).ifPresent(problem -> add(path + ".image", problem));
            } else {
                Images.problem(f.image(), f.mediaType()).ifPresent(problem -> add(path + ".image", problem));
            }
            required(path + ".alt", f.alt());
            text(path + ".caption", f.caption());
        }
    }

    private void runs(String path, List<Inline> runs) {
        if (Blank.isBlank(Inlines.plainText(runs)) && runs.stream().noneMatch(Inline.SourceRef.class::isInstance)) {
            add(path + ".text", "blank");
        }
        for (int k = 0; k < runs.size(); k++) {
            Inline run = runs.get(k);
            String runPath = runs.size() == 1 ? path : path + ".runs[" + k + "]";
            text(runPath + ".text", run.text());
            if (run instanceof Inline.SourceRef ref) {
                sourceId(path + ".runs[" + k + "].source", ref.sourceId());
            } else if (run instanceof Inline.Link link) {
                url(path + ".runs[" + k + "].url", link.url());
            }
        }
    }

    private void sourceId(String path, String id) {
        if (!sourceIds.contains(id)) {
            add(path, "unknown source id '" + Printable.escape(id) + "'");
        }
    }

    private void url(String path, String url) {
        if (text(path, url)) {
            Urls.problem(url).ifPresent(problem -> add(path, problem));
        }
    }

    /** Checks a required field; {@code true} if it is present and clean. */
    private boolean required(String path, String value) {
        if (Blank.isBlank(value)) {
            add(path, "blank");
            return false;
        }
        return text(path, value);
    }

    /** Refuses characters XML cannot carry and other control characters; {@code true} if clean. */
    private boolean text(String path, String value) {
        if (value == null) {
            return true;
        }
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            if (isForbidden(cp)) {
                add(
                        path,
                        "control character " + Printable.codePoint(cp) + " at character " + (i + 1)
                                + " (not allowed in text)");
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /**
     * C0 controls other than tab, line feed and carriage return (XML 1.0 forbids them), DEL and the C1
     * controls, unpaired surrogates, and the non-characters U+FFFE and U+FFFF.
     */
    private static boolean isForbidden(int cp) {
        return cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r'
                || cp >= 0x7F && cp <= 0x9F
                || cp <= Character.MAX_VALUE && Character.isSurrogate((char) cp)
                || cp == 0xFFFE
                || cp == 0xFFFF;
    }

    private void add(String path, String message) {
        violations.add(new Violation(path, message));
    }
}

package io.mirsad.digest.internal.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.mirsad.digest.Digest;
import io.mirsad.digest.Metadata;
import io.mirsad.digest.Section;
import io.mirsad.digest.SectionKind;
import io.mirsad.digest.importer.ImportResult;

/**
 * Builds the digest from a parsed page: the introduction (if any) becomes section {@code introduction},
 * the stories {@code story-1}, {@code story-2}… in page order, each with the sources attribution found.
 */
public final class DigestAssembler {
    private DigestAssembler() {
    }

    /** The digest and the report of what was dropped and what to check. */
    public static ImportResult assemble(ParsedPage page, SourceAttribution attribution, LocalDate published,
                                        String language, List<String> decodingWarnings) {
        boolean hasIntro = !page.intro().isEmpty();
        List<List<String>> texts = new ArrayList<>();
        if (hasIntro) {
            texts.add(page.intro().stream().map(PageLine::text).toList());
        }
        page.sections().forEach(s -> texts.add(s.paragraphs().stream().map(PageLine::text).toList()));
        SourceAttribution.Result attributed = attribution.attribute(texts);

        Digest.Builder digest = Digest.builder()
                .metadata(Metadata.builder()
                        .title(page.title())
                        .series(page.series())
                        .authors(page.authors())
                        .published(published)
                        .language(language)
                        .build())
                .sources(attributed.sources());
        int at = 0;
        if (hasIntro) {
            digest.section(section(SectionKind.INTRODUCTION, "introduction", null, attributed, at++));
        }
        for (int i = 0; i < page.sections().size(); i++) {
            digest.section(section(SectionKind.STORY, "story-" + (i + 1), page.sections().get(i).headline().text(),
                    attributed, at++));
        }
        List<String> warnings = new ArrayList<>(decodingWarnings);
        warnings.addAll(page.warnings());
        warnings.addAll(attributed.warnings());
        return new ImportResult(digest.build(), page.dropped(), warnings);
    }

    private static Section section(SectionKind kind, String id, String headline, SourceAttribution.Result attributed,
                                   int index) {
        Section.Builder b = Section.builder(kind).id(id).headline(headline);
        attributed.paragraphs().get(index).forEach(b::block);
        attributed.sectionSources().get(index).forEach(b::source);
        return b.build();
    }
}

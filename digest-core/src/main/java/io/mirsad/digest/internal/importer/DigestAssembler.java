package io.mirsad.digest.internal.importer;

import io.mirsad.digest.Block;
import io.mirsad.digest.Digest;
import io.mirsad.digest.Inline;
import io.mirsad.digest.Metadata;
import io.mirsad.digest.Section;
import io.mirsad.digest.SectionKind;
import io.mirsad.digest.importer.DroppedLine;
import io.mirsad.digest.importer.ImportResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds the digest from a parsed page: the introduction (if any) becomes section {@code introduction},
 * the stories {@code story-1}, {@code story-2}… in page order, each with the sources attribution found.
 * Runs of list items become a list block after the paragraph that introduces them; a credit line
 * ("المصدر: …") that names only sources its section names elsewhere is dropped.
 */
public final class DigestAssembler {
    private DigestAssembler() {}

    /**
     * The digest and the report of what was dropped and what to check.
     *
     * @param published the date the caller gave, which wins over the page's; or {@code null}
     */
    public static ImportResult assemble(
            ParsedPage page,
            SourceAttribution attribution,
            LocalDate published,
            String language,
            List<String> decodingWarnings) {
        boolean hasIntro = !page.intro().isEmpty();
        List<List<PageLine>> lines = new ArrayList<>();
        if (hasIntro) {
            lines.add(page.intro());
        }
        page.sections().forEach(s -> lines.add(s.paragraphs()));
        List<List<ListItems.Item>> items = lines.stream()
                .map(ls -> ls.stream().map(l -> ListItems.item(l.text())).toList())
                .toList();
        List<List<String>> texts = new ArrayList<>();
        for (int s = 0; s < lines.size(); s++) {
            List<String> section = new ArrayList<>();
            for (int p = 0; p < lines.get(s).size(); p++) {
                ListItems.Item item = items.get(s).get(p);
                section.add(item == null ? lines.get(s).get(p).text() : item.text());
            }
            texts.add(section);
        }
        SourceAttribution.Result attributed = attribution.attribute(texts);

        List<String> warnings = new ArrayList<>(decodingWarnings);
        warnings.addAll(page.warnings());
        LocalDate date = published;
        if (date == null) {
            date = page.published();
        } else if (page.published() != null && !page.published().equals(published)) {
            warnings.add("the page gives " + page.published() + " as its publication date; " + published + " kept");
        }
        Digest.Builder digest = Digest.builder()
                .metadata(Metadata.builder()
                        .title(page.title())
                        .series(page.series())
                        .authors(page.authors())
                        .contributors(page.contributors())
                        .published(date)
                        .language(language)
                        .build())
                .sources(attributed.sources());
        List<DroppedLine> dropped = new ArrayList<>(page.dropped());
        for (int s = 0; s < lines.size(); s++) {
            boolean intro = hasIntro && s == 0;
            Section.Builder b = Section.builder(intro ? SectionKind.INTRODUCTION : SectionKind.STORY)
                    .id(intro ? "introduction" : "story-" + (hasIntro ? s : s + 1))
                    .headline(
                            intro
                                    ? null
                                    : page.sections()
                                            .get(hasIntro ? s - 1 : s)
                                            .headline()
                                            .text());
            blocks(
                            page,
                            lines.get(s),
                            items.get(s),
                            attributed.paragraphs().get(s),
                            attributed.named().get(s),
                            dropped)
                    .forEach(b::block);
            attributed.sectionSources().get(s).forEach(b::source);
            digest.section(b.build());
        }
        warnings.addAll(attributed.warnings());
        dropped.sort(Comparator.comparingInt(DroppedLine::lineNumber));
        return new ImportResult(digest.build(), dropped, warnings);
    }

    /** A section's blocks: paragraphs, runs of list items as lists, credit lines that only repeat dropped. */
    private static List<Block> blocks(
            ParsedPage page,
            List<PageLine> lines,
            List<ListItems.Item> items,
            List<Block.Paragraph> paragraphs,
            List<Set<String>> named,
            List<DroppedLine> dropped) {
        List<Block> blocks = new ArrayList<>();
        List<Block.Paragraph> list = new ArrayList<>();
        boolean ordered = false;
        for (int p = 0; p < paragraphs.size(); p++) {
            ListItems.Item item = items.get(p);
            if (!list.isEmpty() && (item == null || item.ordered() != ordered)) {
                blocks.add(new Block.ListBlock(ordered, list));
                list = new ArrayList<>();
            }
            if (item != null) {
                ordered = item.ordered();
                list.add(paragraphs.get(p));
            } else if (onlyRepeatsSources(lines.get(p), paragraphs.get(p), named, p)) {
                int n = lines.get(p).number();
                dropped.add(new DroppedLine(n, page.raw().get(n - 1), DroppedLine.Reason.SOURCE_CREDIT));
            } else {
                blocks.add(paragraphs.get(p));
            }
        }
        if (!list.isEmpty()) {
            blocks.add(new Block.ListBlock(ordered, list));
        }
        return blocks;
    }

    /** A credit line that names sources, all of them named elsewhere in its section, and cites none itself. */
    private static boolean onlyRepeatsSources(
            PageLine line, Block.Paragraph paragraph, List<Set<String>> named, int p) {
        if (!PageResidue.isSourceCredit(line.text())
                || named.get(p).isEmpty()
                || paragraph.runs().stream().anyMatch(Inline.SourceRef.class::isInstance)) {
            return false;
        }
        Set<String> elsewhere = new HashSet<>();
        for (int q = 0; q < named.size(); q++) {
            if (q != p) {
                elsewhere.addAll(named.get(q));
            }
        }
        return elsewhere.containsAll(named.get(p));
    }
}

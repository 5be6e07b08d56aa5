package io.mirsad.digest.internal.importer;

import io.mirsad.digest.Block;
import io.mirsad.digest.Inline;
import io.mirsad.digest.Source;
import io.mirsad.digest.SourceKind;
import io.mirsad.digest.importer.GazetteerEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the sources each section cites and marks the point of attribution in its paragraphs.
 *
 * <p>Every name the gazetteer knows counts as a citation. Institutions it lacks count when a reporting
 * phrase names them ({@link UnknownInstitutions}); their later mentions anywhere in the page count too.
 * In each section a source gets one {@link Inline.SourceRef}: at its first mention that follows a
 * reporting phrase in the same sentence, or else at its first mention. Immutable and thread-safe.
 */
public final class SourceAttribution {
    /** How many words before a mention a reporting phrase may stand. */
    private static final int CUE_REACH = 6;

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?؟؛;…]");

    private final Map<String, GazetteerEntry> entries;
    private final NameIndex gazetteerIndex;

    public SourceAttribution(List<GazetteerEntry> gazetteer) {
        Map<String, GazetteerEntry> byId = new LinkedHashMap<>();
        gazetteer.forEach(e -> byId.put(e.id(), e));
        this.entries = Collections.unmodifiableMap(byId);
        this.gazetteerIndex = NameIndex.of(gazetteer);
    }

    /**
     * What attribution found.
     *
     * @param paragraphs     each section's paragraphs, with source references in their runs
     * @param sectionSources each section's cited source ids, in order of citation
     * @param named          each section's paragraphs' named source ids, whether cited there or not
     * @param sources        every cited source, in order of first citation
     * @param warnings       notes on institutions found outside the gazetteer
     */
    public record Result(
            List<List<Block.Paragraph>> paragraphs,
            List<List<String>> sectionSources,
            List<List<Set<String>>> named,
            List<Source> sources,
            List<String> warnings) {}

    /** Attributes the sections, given as lists of normalised paragraph texts. */
    public Result attribute(List<List<String>> sections) {
        List<List<List<WordToken>>> tokens = new ArrayList<>();
        for (List<String> section : sections) {
            tokens.add(section.stream().map(WordTokens::of).toList());
        }
        Map<String, Source> discovered = new LinkedHashMap<>();
        Map<String, String> discoveredNames = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        discover(sections, tokens, discovered, discoveredNames, warnings);
        NameIndex index = discoveredNames.isEmpty() ? gazetteerIndex : gazetteerIndex.with(discoveredNames);

        List<List<Block.Paragraph>> paragraphs = new ArrayList<>();
        List<List<String>> sectionSources = new ArrayList<>();
        List<List<Set<String>>> named = new ArrayList<>();
        Map<String, Source> cited = new LinkedHashMap<>();
        for (int s = 0; s < sections.size(); s++) {
            List<String> texts = sections.get(s);
            List<List<Mention>> mentions = new ArrayList<>();
            for (int p = 0; p < texts.size(); p++) {
                mentions.add(MentionFinder.find(texts.get(p), tokens.get(s).get(p), index));
            }
            Map<String, At> refs = chooseReferences(texts, tokens.get(s), mentions);
            List<Block.Paragraph> built = new ArrayList<>();
            for (int p = 0; p < texts.size(); p++) {
                built.add(paragraph(texts.get(p), mentions.get(p), refs, p));
            }
            paragraphs.add(built);
            sectionSources.add(List.copyOf(refs.keySet()));
            named.add(mentions.stream()
                    .map(ms -> ms.stream().map(Mention::sourceId).collect(Collectors.toUnmodifiableSet()))
                    .toList());
            refs.keySet()
                    .forEach(id -> cited.computeIfAbsent(
                            id, k -> entries.containsKey(k) ? entries.get(k).toSource() : discovered.get(k)));
        }
        return new Result(paragraphs, sectionSources, named, List.copyOf(cited.values()), warnings);
    }

    private void discover(
            List<List<String>> sections,
            List<List<List<WordToken>>> tokens,
            Map<String, Source> discovered,
            Map<String, String> names,
            List<String> warnings) {
        Set<String> taken = new HashSet<>(entries.keySet());
        Map<String, String> idsByKey = new LinkedHashMap<>();
        for (int s = 0; s < sections.size(); s++) {
            for (int p = 0; p < sections.get(s).size(); p++) {
                String text = sections.get(s).get(p);
                List<WordToken> words = tokens.get(s).get(p);
                List<Mention> known = MentionFinder.find(text, words, gazetteerIndex);
                for (UnknownInstitutions.Found found : UnknownInstitutions.find(text, words, known)) {
                    String key = NameFolder.foldPhrase(found.name());
                    if (idsByKey.containsKey(key)) {
                        continue;
                    }
                    String id = SourceIds.derive(found.name(), found.nameLatin(), taken);
                    taken.add(id);
                    idsByKey.put(key, id);
                    names.put(found.name(), id);
                    discovered.put(id, new Source(id, found.name(), found.nameLatin(), null, SourceKind.OTHER));
                    warnings.add("'" + found.name() + "' is not in the gazetteer; cited as new source '" + id + "'");
                }
            }
        }
    }

    /** Where a reference goes: which paragraph of the section, which mention in it. */
    private record At(int paragraph, int mention) implements Comparable<At> {
        @Override
        public int compareTo(At o) {
            return paragraph != o.paragraph
                    ? Integer.compare(paragraph, o.paragraph)
                    : Integer.compare(mention, o.mention);
        }
    }

    /**
     * For each source the section names, the mention that carries its reference: the first mention
     * after a reporting phrase, else the first mention. Keyed by source id in order of position.
     */
    private static Map<String, At> chooseReferences(
            List<String> texts, List<List<WordToken>> tokens, List<List<Mention>> mentions) {
        Map<String, At> first = new LinkedHashMap<>();
        Map<String, At> cued = new LinkedHashMap<>();
        for (int p = 0; p < texts.size(); p++) {
            for (int m = 0; m < mentions.get(p).size(); m++) {
                Mention mention = mentions.get(p).get(m);
                first.putIfAbsent(mention.sourceId(), new At(p, m));
                if (isCued(texts.get(p), tokens.get(p), mention)) {
                    cued.putIfAbsent(mention.sourceId(), new At(p, m));
                }
            }
        }
        Map<String, At> ordered = new LinkedHashMap<>();
        first.keySet().stream()
                .sorted(Comparator.comparing(id -> cued.getOrDefault(id, first.get(id))))
                .forEach(id -> ordered.put(id, cued.getOrDefault(id, first.get(id))));
        return ordered;
    }

    private static boolean isCued(String text, List<WordToken> tokens, Mention mention) {
        for (int k = mention.firstToken(); k >= Math.max(0, mention.firstToken() - CUE_REACH); k--) {
            WordToken word = tokens.get(k);
            if (word.end() > mention.start()) {
                continue;
            }
            if (SENTENCE_END
                    .matcher(text.substring(word.end(), mention.start()))
                    .find()) {
                return false;
            }
            if (ReportingPhrases.isCue(word)) {
                return true;
            }
        }
        return false;
    }

    private static Block.Paragraph paragraph(String text, List<Mention> mentions, Map<String, At> refs, int p) {
        List<Inline> runs = new ArrayList<>();
        int done = 0;
        for (int m = 0; m < mentions.size(); m++) {
            Mention mention = mentions.get(m);
            if (!refs.get(mention.sourceId()).equals(new At(p, m))) {
                continue;
            }
            if (mention.start() > done) {
                runs.add(new Inline.Text(text.substring(done, mention.start())));
            }
            runs.add(new Inline.SourceRef(text.substring(mention.start(), mention.end()), mention.sourceId()));
            done = mention.end();
        }
        if (done < text.length() || runs.isEmpty()) {
            runs.add(new Inline.Text(text.substring(done)));
        }
        return new Block.Paragraph(runs);
    }
}

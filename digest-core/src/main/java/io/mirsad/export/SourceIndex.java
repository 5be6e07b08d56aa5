package io.mirsad.export;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import io.mirsad.digest.Digest;
import io.mirsad.digest.Source;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The sources of many digests merged into one index: each source once, with the parts (digests) that
 * cite it. A source is the same in two digests when it has the same id, or failing that the same name or
 * web address; the first digest's description of it is kept. Entries sort by name in the volume's
 * language. Filled part by part while a volume is written, so it holds sources, never digests. Not
 * thread-safe: one per export.
 */
public final class SourceIndex {
    /**
     * One source and where it is cited.
     *
     * @param source the source as first described
     * @param parts  the 0-based numbers of the parts citing it, ascending
     */
    public record Entry(Source source, List<Integer> parts) {
        public Entry {
            parts = List.copyOf(parts);
        }
    }

    private final Collator collator;
    private final Map<String, Source> byKey = new LinkedHashMap<>();
    private final Map<String, String> aliases = new HashMap<>();
    private final Map<String, TreeSet<Integer>> citations = new HashMap<>();

    /** An empty index sorting in {@code languageTag}'s order. */
    public SourceIndex(String languageTag) {
        this.collator = Collator.getInstance(ULocale.forLanguageTag(languageTag));
    }

    /** Adds the sources of part {@code part}. */
    public void add(int part, Digest digest) {
        for (Source s : digest.sources()) {
            String key = key(s);
            byKey.putIfAbsent(key, s);
            citations.computeIfAbsent(key, k -> new TreeSet<>()).add(part);
        }
    }

    /** The merged sources, sorted by name. */
    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        byKey.forEach((key, source) -> entries.add(new Entry(source, new ArrayList<>(citations.get(key)))));
        entries.sort(Comparator.comparing((Entry e) -> e.source().name(), collator::compare)
                .thenComparing(e -> e.source().id()));
        return entries;
    }

    public boolean isEmpty() {
        return byKey.isEmpty();
    }

    /** The key of the source this one is the same as, remembering its id, name and address for later ones. */
    private String key(Source s) {
        List<String> names = new ArrayList<>();
        names.add("id:" + s.id());
        names.add("name:" + s.name().strip());
        if (s.url() != null && !s.url().isBlank()) {
            names.add("url:"
                    + s.url()
                            .strip()
                            .toLowerCase(Locale.ROOT)
                            .replaceFirst("^https?://(www\\.)?", "")
                            .replaceFirst("/+$", ""));
        }
        String key = names.stream()
                .map(aliases::get)
                .filter(k -> k != null)
                .findFirst()
                .orElse("id:" + s.id());
        names.forEach(n -> aliases.putIfAbsent(n, key));
        return key;
    }
}

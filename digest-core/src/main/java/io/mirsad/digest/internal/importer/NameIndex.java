package io.mirsad.digest.internal.importer;

import io.mirsad.digest.importer.GazetteerEntry;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Every name the importer looks for, indexed by its first folded word, with the source id each
 * name stands for. Immutable once built.
 */
final class NameIndex {
    private static final Pattern TRAILING_BRACKET = Pattern.compile("\\s*\\([^()]*\\)\\s*$");
    /** What may stand between two words of one name: spaces, hyphens and dashes, the dot of "H. Kerr", "&". */
    private static final Pattern NAME_GAP = Pattern.compile("[\\s\\-\u2010\u2011\u2012\u2013\u2014.&]*");

    private final Map<String, List<Name>> byFirstWord;
    private final Map<String, String> acronyms;
    private final Map<String, String> hosts;

    private NameIndex(Map<String, List<Name>> byFirstWord, Map<String, String> acronyms, Map<String, String> hosts) {
        this.byFirstWord = byFirstWord;
        this.acronyms = acronyms;
        this.hosts = hosts;
    }

    /** An index of the gazetteer's names, acronyms and web hosts. */
    static NameIndex of(List<GazetteerEntry> entries) {
        Builder b = new Builder();
        for (GazetteerEntry e : entries) {
            b.name(e.arabicName(), e.id());
            e.variants().forEach(v -> b.name(v, e.id()));
            if (e.latinName() != null) {
                b.name(TRAILING_BRACKET.matcher(e.latinName()).replaceFirst(""), e.id());
            }
            e.acronyms().forEach(a -> b.acronyms.putIfAbsent(a, e.id()));
            String host = host(e.url());
            if (host != null) {
                b.hosts.putIfAbsent(host, e.id());
            }
        }
        return b.build();
    }

    /** This index plus more names (found in the page itself), mapped to their source ids in a stable order. */
    NameIndex with(Map<String, String> namesToIds) {
        Builder b = new Builder();
        byFirstWord.forEach((k, v) -> b.byFirstWord.put(k, new ArrayList<>(v)));
        b.acronyms.putAll(acronyms);
        b.hosts.putAll(hosts);
        namesToIds.forEach(b::name);
        return b.build();
    }

    /**
     * The longest name that starts at word {@code i} of the line, possibly after a proclitic
     * ("لمعهد هدسون" names "معهد هدسون" from the offset of "معهد"), or {@code null}.
     */
    Mention matchAt(String line, List<WordToken> tokens, int i) {
        WordToken first = tokens.get(i);
        Mention best = wholeWord(first, i);
        for (Proclitics.Reading reading : Proclitics.readings(first)) {
            for (Name name : byFirstWord.getOrDefault(reading.key(), List.of())) {
                int last = i + name.words.size() - 1;
                if (last < tokens.size()
                        && (best == null || last > best.lastToken())
                        && followsFrom(line, tokens, i, name)) {
                    best = new Mention(reading.start(), tokens.get(last).end(), name.sourceId, i, last);
                }
            }
        }
        return best;
    }

    /** An acronym ("CSIS") or a web host ("csis.org", "www.csis.org") of one word. */
    private Mention wholeWord(WordToken word, int i) {
        String acronym = acronyms.get(word.raw());
        if (acronym != null) {
            return new Mention(word.start(), word.end(), acronym, i, i);
        }
        // "www.csis.org" is looked up as itself, then as "csis.org".
        String domain = word.raw().toLowerCase(Locale.ROOT);
        while (domain.indexOf('.') > 0) {
            String host = hosts.get(domain);
            if (host != null) {
                return new Mention(word.start(), word.end(), host, i, i);
            }
            domain = domain.substring(domain.indexOf('.') + 1);
        }
        return null;
    }

    private static boolean followsFrom(String line, List<WordToken> tokens, int i, Name name) {
        for (int m = 1; m < name.words.size(); m++) {
            WordToken previous = tokens.get(i + m - 1);
            WordToken token = tokens.get(i + m);
            if (!token.folded().equals(name.words.get(m))
                    || !NAME_GAP.matcher(line.substring(previous.end(), token.start()))
                            .matches()) {
                return false;
            }
        }
        return true;
    }

    private static String host(String url) {
        if (url == null) {
            return null;
        }
        URI uri = URI.create(url);
        String path = uri.getPath();
        // A site inside a larger one (a university's institute) is not cited by the host alone.
        if (uri.getHost() == null || (path != null && !path.isEmpty() && !path.equals("/"))) {
            return null;
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private record Name(List<String> words, String sourceId) {}

    private static final class Builder {
        private final Map<String, List<Name>> byFirstWord = new HashMap<>();
        private final Map<String, String> acronyms = new HashMap<>();
        private final Map<String, String> hosts = new HashMap<>();

        void name(String text, String sourceId) {
            List<String> words =
                    WordTokens.of(text).stream().map(WordToken::folded).toList();
            if (!words.isEmpty()) {
                byFirstWord
                        .computeIfAbsent(words.get(0), k -> new ArrayList<>())
                        .add(new Name(words, sourceId));
            }
        }

        NameIndex build() {
            Map<String, List<Name>> frozen = new HashMap<>();
            byFirstWord.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
            return new NameIndex(Map.copyOf(frozen), Map.copyOf(acronyms), Map.copyOf(hosts));
        }
    }
}

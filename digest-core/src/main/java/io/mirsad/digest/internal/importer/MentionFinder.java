package io.mirsad.digest.internal.importer;

import com.ibm.icu.lang.UScript;
import io.mirsad.digest.text.ArabicText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a paragraph names a source, and how far the mention reaches: a head noun just before a
 * name joins it ("معهد" + "تشاتام هاوس"), a bracketed Latin form just after it joins it ("… (CSIS)"), and
 * a bracketed acronym alone reaches back to the noun phrase it glosses ("المركز الأمريكي للدراسات (CSIS)").
 */
final class MentionFinder {
    private static final Pattern SPACES = Pattern.compile("[\\s\u0640]*");
    private static final Pattern BRACKET_AFTER = Pattern.compile("\\s*\\(([^()]{1,100})\\)");
    /** How many words back from a bracketed acronym the noun phrase it glosses may start. */
    private static final int GLOSS_REACH = 6;

    private MentionFinder() {}

    /** The mentions in the line, in order, never overlapping. */
    static List<Mention> find(String line, List<WordToken> tokens, NameIndex index) {
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Mention m = index.matchAt(line, tokens, i);
            if (m == null) {
                i++;
                continue;
            }
            int floor =
                    mentions.isEmpty() ? 0 : mentions.get(mentions.size() - 1).lastToken() + 1;
            Mention bracketed = glossedAcronym(line, tokens, m, floor);
            m = bracketed != null ? bracketed : overBracket(line, tokens, withHead(line, tokens, m, floor), index);
            mentions.add(m);
            i = m.lastToken() + 1;
        }
        return mentions;
    }

    /** Takes in a head noun just before the name, unless the name has one or a proclitic cut it. */
    private static Mention withHead(String line, List<WordToken> tokens, Mention m, int floor) {
        int first = m.firstToken();
        if (first <= floor || m.start() != tokens.get(first).start() || InstitutionWords.isHead(tokens.get(first))) {
            return m;
        }
        WordToken previous = tokens.get(first - 1);
        int head = InstitutionWords.headStart(previous);
        if (head < 0
                || !SPACES.matcher(line.substring(previous.end(), m.start())).matches()) {
            return m;
        }
        return m.withSpan(head, m.end(), first - 1, m.lastToken());
    }

    /**
     * Takes in a bracket after the name that holds Latin text, one word (a short name such as
     * "(رصانة)"), or another name of the same source.
     */
    private static Mention overBracket(String line, List<WordToken> tokens, Mention m, NameIndex index) {
        Matcher bracket = BRACKET_AFTER.matcher(line).region(m.end(), line.length());
        if (!bracket.lookingAt()) {
            return m;
        }
        String inside = bracket.group(1).strip();
        List<WordToken> words = WordTokens.of(inside);
        boolean latin = !ArabicText.containsArabic(inside)
                && inside.codePoints().anyMatch(cp -> UScript.getScript(cp) == UScript.LATIN);
        boolean shortName = words.size() == 1 && !words.get(0).hasDigit();
        if (!latin && !shortName && !namesSource(inside, words, m.sourceId(), index)) {
            return m;
        }
        int end = bracket.end();
        int last = m.lastToken();
        while (last + 1 < tokens.size() && tokens.get(last + 1).end() <= end) {
            last++;
        }
        return m.withSpan(m.start(), end, m.firstToken(), last);
    }

    private static boolean namesSource(String text, List<WordToken> words, String sourceId, NameIndex index) {
        Mention m = words.isEmpty() ? null : index.matchAt(text, words, 0);
        return m != null && m.sourceId().equals(sourceId) && m.lastToken() == words.size() - 1;
    }

    /**
     * A name standing alone in brackets ("(CSIS)") glosses the words before it: the mention runs from
     * the head noun of that phrase, or is the bracket alone. Returns {@code null} if the name is not in brackets.
     */
    private static Mention glossedAcronym(String line, List<WordToken> tokens, Mention m, int floor) {
        int open = line.lastIndexOf('(', m.start());
        int close = line.indexOf(')', m.end());
        if (open < 0
                || close < 0
                || !line.substring(open + 1, m.start()).isBlank()
                || !line.substring(m.end(), close).isBlank()) {
            return null;
        }
        int start = open;
        int first = m.firstToken();
        int gapEnd = open;
        for (int k = m.firstToken() - 1; k >= Math.max(floor, m.firstToken() - GLOSS_REACH); k--) {
            WordToken word = tokens.get(k);
            if (!SPACES.matcher(line.substring(word.end(), gapEnd)).matches()) {
                break;
            }
            int head = InstitutionWords.headStart(word);
            if (head >= 0) {
                start = head;
                first = k;
                break;
            }
            gapEnd = word.start();
        }
        return new Mention(start, close + 1, m.sourceId(), first, m.lastToken());
    }
}

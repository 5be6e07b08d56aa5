package io.mirsad.digest.internal.importer;

import io.mirsad.digest.text.ArabicText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds institutions the gazetteer lacks where the text clearly names one after a reporting phrase:
 * "وذكر مركز البحوث المائية أن…", "بحسب دراسة لمعهد السياسات الزراعية (IAP)،…". The name runs from
 * the head noun (معهد، مركز، مؤسسة، منتدى، أكاديمية) to the last word before punctuation, a preposition,
 * a time word or a number; a trailing nationality adjective ("البريطاني") is left out, and a name that
 * is the head noun alone ("وأشار المركز إلى") is no name.
 */
final class UnknownInstitutions {
    /** Words allowed between the reporting phrase and the head noun ("بحسب دراسة نشرها مركز …"). */
    private static final int MAX_GAP_WORDS = 4;

    private static final int MAX_NAME_WORDS = 8;
    private static final Pattern SPACES = Pattern.compile("[\\s\u0640]*");
    private static final Pattern LATIN_BRACKET =
            Pattern.compile("\\s*\\(([\\p{IsLatin}0-9][\\p{IsLatin}0-9 .&'’\\-]*)\\)");

    private UnknownInstitutions() {}

    /**
     * An institution named in a paragraph.
     *
     * @param name      its Arabic name as written
     * @param nameLatin the Latin name or acronym bracketed after it, or {@code null}
     */
    record Found(String name, String nameLatin) {}

    /** The institutions named after reporting phrases, skipping words inside known mentions. */
    static List<Found> find(String line, List<WordToken> tokens, List<Mention> known) {
        List<Found> found = new ArrayList<>();
        for (int c = 0; c < tokens.size(); c++) {
            if (!ReportingPhrases.isCue(tokens.get(c))) {
                continue;
            }
            for (int j = c + 1; j < tokens.size() && j <= c + 1 + MAX_GAP_WORDS; j++) {
                if (!joined(line, tokens, j - 1, j) || covered(known, j) || ReportingPhrases.isCue(tokens.get(j))) {
                    break;
                }
                int head = InstitutionWords.unknownHeadStart(tokens.get(j));
                if (head >= 0) {
                    Found f = readName(line, tokens, known, j, head);
                    if (f != null) {
                        found.add(f);
                    }
                    break;
                }
            }
        }
        return found;
    }

    private static Found readName(String line, List<WordToken> tokens, List<Mention> known, int headWord, int start) {
        int last = headWord;
        while (last + 1 < tokens.size()
                && last + 1 - headWord < MAX_NAME_WORDS
                && joined(line, tokens, last, last + 1)) {
            WordToken next = tokens.get(last + 1);
            if (covered(known, last + 1)
                    || InstitutionWords.isStop(next)
                    || next.hasDigit()
                    || !ArabicText.containsArabic(next.raw())
                    || ReportingPhrases.isCue(next)) {
                break;
            }
            last++;
        }
        while (last > headWord && InstitutionWords.isNationality(tokens.get(last))) {
            last--;
        }
        if (last == headWord) {
            return null;
        }
        int end = tokens.get(last).end();
        Matcher latin = LATIN_BRACKET.matcher(line).region(end, line.length());
        return new Found(
                line.substring(start, end), latin.lookingAt() ? latin.group(1).strip() : null);
    }

    private static boolean joined(String line, List<WordToken> tokens, int a, int b) {
        return SPACES.matcher(line.substring(tokens.get(a).end(), tokens.get(b).start()))
                .matches();
    }

    private static boolean covered(List<Mention> mentions, int token) {
        return mentions.stream().anyMatch(m -> m.firstToken() <= token && token <= m.lastToken());
    }
}

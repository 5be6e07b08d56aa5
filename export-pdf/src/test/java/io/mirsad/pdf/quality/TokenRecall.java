package io.mirsad.pdf.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How many of a digest's tokens an extracted text gives back ({@link SourceTokens} tokenises both).
 * Tokens are compared exactly, letter for letter and mark for mark. Two measures:
 * <ul>
 *   <li><em>recall</em>: tokens found, counting repeats (a word printed three times must come back
 *       three times);</li>
 *   <li><em>in order</em>: for each printed unit (a paragraph, a headline…) the longest chain of its
 *       tokens found in the extracted text in the same order, with at most {@link #MAX_GAP} foreign
 *       tokens between two of them (room for a page break's running header and folio, or a note mark).
 *       A line read backwards scores one token per line.</li>
 * </ul>
 *
 * @param tokens     source tokens
 * @param found      tokens found (an occurrence anywhere in the extracted text not already used)
 * @param inOrder    tokens found in logical order
 * @param missing    each token not found, with what the extracted text has instead, if anything
 * @param disordered each unit whose tokens do not all come back in order, with how many do
 */
record TokenRecall(int tokens, int found, int inOrder, List<String> missing, List<String> disordered) {
    static final int MAX_GAP = 12;

    static TokenRecall measure(List<SourceTokens.Unit> units, String extractedText) {
        List<String> extracted = SourceTokens.tokenize(extractedText);
        Map<String, Integer> available = new HashMap<>();
        Map<String, List<Integer>> positions = new HashMap<>();
        for (int i = 0; i < extracted.size(); i++) {
            available.merge(extracted.get(i), 1, Integer::sum);
            positions.computeIfAbsent(extracted.get(i), k -> new ArrayList<>()).add(i);
        }
        int tokens = 0;
        int found = 0;
        int inOrder = 0;
        List<String> missing = new ArrayList<>();
        List<String> disordered = new ArrayList<>();
        for (SourceTokens.Unit unit : units) {
            List<String> unitTokens = unit.tokens();
            for (String token : unitTokens) {
                tokens++;
                if (available.getOrDefault(token, 0) > 0) {
                    available.merge(token, -1, Integer::sum);
                    found++;
                } else {
                    missing.add(unit.label() + ": " + token + explain(token, extracted));
                }
            }
            int chain = longestOrderedChain(unitTokens, positions, extracted.size());
            inOrder += chain;
            if (chain < unitTokens.size()) {
                disordered.add(unit.label() + ": " + chain + " of " + unitTokens.size() + " tokens in order");
            }
        }
        return new TokenRecall(tokens, found, inOrder, List.copyOf(missing), List.copyOf(disordered));
    }

    double recall() {
        return tokens == 0 ? 1 : (double) found / tokens;
    }

    double orderedRecall() {
        return tokens == 0 ? 1 : (double) inOrder / tokens;
    }

    String summary(String edition, String reader) {
        return String.format(
                Locale.ROOT,
                "%s via %s, exact: %d/%d tokens (%.1f %%), %d in logical order (%.1f %%)",
                edition,
                reader,
                found,
                tokens,
                100 * recall(),
                inOrder,
                100 * orderedRecall());
    }

    /**
     * Why a token may be missing: split in two adjacent extracted tokens (a word space read inside it, a
     * mark detached), spelled with other marks, or else which extracted tokens contain it or it contains.
     */
    private static String explain(String token, List<String> extracted) {
        String inner = SourceTokens.hasInnerCommaOrHyphen(token) ? " [comma/hyphen inside]" : "";
        for (int i = 0; i + 1 < extracted.size(); i++) {
            if ((extracted.get(i) + extracted.get(i + 1)).equals(token)) {
                return inner + " (split in two: '" + extracted.get(i) + "' + '" + extracted.get(i + 1) + "')";
            }
        }
        String letters = withoutMarks(token);
        for (String e : extracted) {
            if (withoutMarks(e).equals(letters)) {
                return inner + " (same letters, other marks: '" + e + "')";
            }
        }
        List<String> near = new ArrayList<>();
        for (String e : extracted) {
            boolean related =
                    e.length() > 1 && (e.contains(token) || token.contains(e) && e.length() * 2 >= token.length());
            if (related && !near.contains(e) && near.size() < 3) {
                near.add(e);
            }
        }
        return inner + (near.isEmpty() ? " (nothing like it extracted)" : " (extracted nearby: " + near + ")");
    }

    private static String withoutMarks(String token) {
        return token.codePoints()
                .filter(c -> Character.getType(c) != Character.NON_SPACING_MARK)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    /** The longest chain of the unit's tokens found in order, consecutive finds at most MAX_GAP apart. */
    private static int longestOrderedChain(List<String> unit, Map<String, List<Integer>> positions, int size) {
        int[] chainEndingAt = new int[size];
        int best = 0;
        for (String token : unit) {
            List<Integer> at = positions.getOrDefault(token, List.of());
            int[] updates = new int[at.size()];
            for (int k = 0; k < at.size(); k++) {
                int j = at.get(k);
                int before = 0;
                for (int p = Math.max(0, j - MAX_GAP - 1); p < j; p++) {
                    before = Math.max(before, chainEndingAt[p]);
                }
                updates[k] = before + 1;
            }
            for (int k = 0; k < at.size(); k++) {
                chainEndingAt[at.get(k)] = Math.max(chainEndingAt[at.get(k)], updates[k]);
                best = Math.max(best, updates[k]);
            }
        }
        return best;
    }
}

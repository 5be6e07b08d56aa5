package io.mirsad.xhtml;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;
import java.util.ArrayList;
import java.util.List;

/**
 * The stretches of a right-to-left paragraph that ICU's bidi algorithm sets left to right and that
 * hold Latin letters: the English names and acronyms a reading system should mark {@code lang="en"}.
 * Left-to-right runs of digits alone ("2026", "9.4%") stay unmarked: they belong to the Arabic text.
 */
final class LatinRuns {

    /** A half-open range of UTF-16 indices. */
    record Span(int start, int limit) {}

    private LatinRuns() {}

    /** The Latin left-to-right spans of {@code paragraph} read with a right-to-left base direction. */
    static List<Span> in(String paragraph) {
        List<Span> spans = new ArrayList<>();
        if (paragraph.isEmpty() || !hasLatin(paragraph, 0, paragraph.length())) {
            return spans;
        }
        Bidi bidi = new Bidi();
        bidi.setPara(paragraph, Bidi.RTL, null);
        int pos = 0;
        while (pos < paragraph.length()) {
            BidiRun run = bidi.getLogicalRun(pos);
            if (run.isEvenRun() && hasLatin(paragraph, run.getStart(), run.getLimit())) {
                spans.add(new Span(run.getStart(), run.getLimit()));
            }
            pos = run.getLimit();
        }
        return spans;
    }

    private static boolean hasLatin(String text, int start, int limit) {
        for (int i = start; i < limit; ) {
            int cp = text.codePointAt(i);
            if (UScript.getScript(cp) == UScript.LATIN) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }
}

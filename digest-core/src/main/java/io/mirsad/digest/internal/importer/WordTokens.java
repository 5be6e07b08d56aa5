package io.mirsad.digest.internal.importer;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/** Splits a line into words and numbers with ICU's word break rules. */
public final class WordTokens {
    private static final ULocale ARABIC = new ULocale("ar");

    private WordTokens() {}

    /** The words and numbers of the text, in order; punctuation and spaces are left out. */
    public static List<WordToken> of(String text) {
        BreakIterator words = BreakIterator.getWordInstance(ARABIC);
        words.setText(text);
        List<WordToken> tokens = new ArrayList<>();
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            if (words.getRuleStatus() != BreakIterator.WORD_NONE) {
                String raw = text.substring(start, end);
                tokens.add(new WordToken(start, end, raw, NameFolder.fold(raw)));
            }
        }
        return tokens;
    }
}

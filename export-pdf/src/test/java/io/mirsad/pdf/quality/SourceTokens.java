package io.mirsad.pdf.quality;

import io.mirsad.digest.Block;
import io.mirsad.digest.Digest;
import io.mirsad.digest.Metadata;
import io.mirsad.digest.Section;
import io.mirsad.digest.Source;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The words a digest's edition must give back, and the one tokenisation used for both the source and
 * the extracted text: NFC, split on white space, surrounding punctuation stripped (so {@code (CSIS)}
 * counts as {@code CSIS} and {@code 18%} as {@code 18}), the bidi controls removed (the marks, embeddings
 * and isolates poppler itself writes around mixed lines, and that a PDF's inserted glyphs read as).
 * Everything else counts: a tatweel or a joiner the text lacks is a miss. Punctuation inside a token stays: {@code 2.7}, {@code Al-Ahram}, {@code https://www.fao.org}
 * must come back whole.
 */
final class SourceTokens {

    /** A piece of the digest that is printed as one run of text, e.g. a paragraph or a source's URL. */
    record Unit(String label, List<String> tokens) {}

    private SourceTokens() {}

    /**
     * The printed text of a digest in reading order: series, title, subtitle and authors; each section's
     * headline and blocks (paragraphs, quotes and their attribution, list items, figure captions); and
     * each source's name, Latin name and URL. Generated text (dates, folios, running headers) and
     * metadata that is not printed (description, keywords, rights) are left out.
     */
    static List<Unit> of(Digest digest) {
        List<Unit> units = new ArrayList<>();
        Metadata m = digest.metadata();
        add(units, "series", m.series());
        add(units, "title", m.title());
        add(units, "subtitle", m.subtitle());
        for (int i = 0; i < m.authors().size(); i++) {
            add(units, "author " + (i + 1), m.authors().get(i));
        }
        for (Section s : digest.sections()) {
            add(units, s.id() + " headline", s.headline());
            for (int b = 0; b < s.blocks().size(); b++) {
                String label = s.id() + " block " + (b + 1);
                Block block = s.blocks().get(b);
                if (block instanceof Block.Paragraph) {
                    add(units, label, ((Block.Paragraph) block).text());
                } else if (block instanceof Block.Quote) {
                    add(units, label, ((Block.Quote) block).text());
                    add(units, label + " attribution", ((Block.Quote) block).attribution());
                } else if (block instanceof Block.ListBlock) {
                    List<Block.Paragraph> items = ((Block.ListBlock) block).items();
                    for (int i = 0; i < items.size(); i++) {
                        add(units, label + " item " + (i + 1), items.get(i).text());
                    }
                } else if (block instanceof Block.Figure) {
                    add(units, label + " caption", ((Block.Figure) block).caption());
                }
            }
        }
        for (Source source : digest.sources()) {
            add(units, "source " + source.id(), source.name());
            add(units, "source " + source.id() + " latin", source.nameLatin());
            add(units, "source " + source.id() + " url", source.url());
        }
        return units;
    }

    /** The tokens of a text. */
    static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        for (String raw : Normalizer.normalize(text, Normalizer.Form.NFC).split("[\\s\\p{Z}]+")) {
            String token = strip(raw.codePoints()
                    .filter(c -> !isBidiControl(c))
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                    .toString());
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    /** U+200E, U+200F, U+061C and U+202A…U+202E, U+2066…U+2069: what a bidi-aware reader drops. */
    static boolean isBidiControl(int c) {
        return c == 0x200E || c == 0x200F || c == 0x061C || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }

    /** Whether a token has a comma or a hyphen inside it, which poppler is known to split. */
    static boolean hasInnerCommaOrHyphen(String token) {
        return token.chars().anyMatch(c -> c == ',' || c == '\u060C' || c == '-' || c == '\u2010' || c == '\u2013');
    }

    private static String strip(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && isPunctuation(token.charAt(start))) {
            start++;
        }
        while (end > start && isPunctuation(token.charAt(end - 1))) {
            end--;
        }
        return token.substring(start, end);
    }

    private static boolean isPunctuation(char c) {
        switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION,
                    Character.DASH_PUNCTUATION,
                    Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION:
                return true;
            default:
                return false;
        }
    }

    private static void add(List<Unit> units, String label, String text) {
        if (text != null && !text.isBlank()) {
            units.add(new Unit(label, tokenize(text)));
        }
    }
}

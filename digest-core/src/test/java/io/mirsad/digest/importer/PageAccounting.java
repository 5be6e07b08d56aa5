package io.mirsad.digest.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.digest.Block;
import io.mirsad.digest.Digest;
import io.mirsad.digest.Section;
import io.mirsad.digest.internal.importer.LineNormaliser;
import io.mirsad.digest.text.ArabicText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that an import lost nothing: every line of the page is either in the dropped list (as it was
 * on the page) or in the digest, the body lines in order and word for word.
 */
final class PageAccounting {
    private PageAccounting() {}

    static void assertAccountsForEveryLine(String page, ImportResult result) {
        List<String> lines = page.lines().toList();
        Set<Integer> dropped = new HashSet<>();
        for (DroppedLine d : result.dropped()) {
            assertThat(dropped.add(d.lineNumber()))
                    .as("line %d dropped twice", d.lineNumber())
                    .isTrue();
            assertThat(d.text()).as("dropped line %d", d.lineNumber()).isEqualTo(lines.get(d.lineNumber() - 1));
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!dropped.contains(i + 1)) {
                kept.add(lines.get(i));
            }
        }
        Digest digest = result.digest();
        List<String> body = bodyTexts(digest);
        int header = kept.size() - body.size();
        assertThat(header).as("header lines (title, bylines, series)").isBetween(1, 5);
        for (int i = 0; i < body.size(); i++) {
            String line = LineNormaliser.normalise(kept.get(header + i));
            Matcher marker = LIST_MARKER.matcher(line);
            if (body.get(i).length() < line.length() && marker.lookingAt()) {
                // A list item loses its marker, and nothing else.
                line = line.substring(marker.end());
            }
            assertThat(body.get(i)).as("body line %d", i).isEqualTo(line);
            assertThat(words(body.get(i))).as("words of body line %d", i).isEqualTo(words(line));
        }
        Set<String> headerWords = new HashSet<>(words(digest.metadata().title()));
        if (digest.metadata().series() != null) {
            headerWords.addAll(words(digest.metadata().series()));
        }
        digest.metadata().authors().forEach(a -> headerWords.addAll(words(a)));
        digest.metadata().contributors().forEach(c -> headerWords.addAll(words(c.name())));
        for (int i = 0; i < header; i++) {
            List<String> lineWords = words(kept.get(i)).stream()
                    .filter(w -> !BYLINE_LABEL.matcher(ArabicText.stripMarks(w)).matches())
                    .toList();
            assertThat(headerWords).as("words of header line %d", i).containsAll(lineWords);
        }
    }

    /** The markers a list item may lose. */
    private static final Pattern LIST_MARKER = Pattern.compile("([-–•*]|\\p{Nd}{1,2}[.)\\-]|\\(\\p{Nd}{1,2}\\))\\s+");
    /** The labels a byline may lose, with their colon, and the dashes between labelled names. */
    private static final Pattern BYLINE_LABEL =
            Pattern.compile("(بقلم|كتب|كتبت|إعداد|تحرير|إشراف|مراجعة|ترجمة):?|[–—|-]");

    /** The headlines and paragraphs of the digest in reading order. */
    static List<String> bodyTexts(Digest digest) {
        List<String> texts = new ArrayList<>();
        for (Section s : digest.sections()) {
            if (s.headline() != null) {
                texts.add(s.headline());
            }
            for (Block b : s.blocks()) {
                if (b instanceof Block.Paragraph p) {
                    texts.add(p.text());
                } else if (b instanceof Block.ListBlock list) {
                    list.items().forEach(item -> texts.add(item.text()));
                }
            }
        }
        return texts;
    }

    /** The words of a text, however it is spaced: split at any space and after Arabic commas. */
    static List<String> words(String text) {
        return Arrays.stream(text.split("[\\s\u00A0\u202F\u2007،|]+"))
                .filter(w -> !w.isEmpty())
                .toList();
    }
}

package io.mirsad.pdf.internal.linebreak;

import static io.mirsad.pdf.internal.Fixtures.ARABIC;
import static io.mirsad.pdf.internal.Fixtures.itemize;
import static io.mirsad.pdf.internal.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.mirsad.pdf.internal.itemize.ItemizedText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class LineBreakingTest {

    /** Each line's words, as text, with the trailing spaces of its last word dropped. */
    private static List<String> lines(ItemizedText text, List<Word> words, List<int[]> breaks) {
        List<String> lines = new ArrayList<>();
        for (int[] b : breaks) {
            StringBuilder sb = new StringBuilder();
            for (int i = b[0]; i < b[1]; i++) {
                sb.append(text(text, words.get(i).content()));
                if (i < b[1] - 1) {
                    sb.append(text(text, words.get(i).spaces()));
                }
            }
            lines.add(sb.toString());
        }
        return lines;
    }

    private static float natural(List<Word> words, int[] line) {
        float w = 0;
        for (int i = line[0]; i < line[1]; i++) {
            w += words.get(i).width() + (i < line[1] - 1 ? words.get(i).spaceWidth() : 0);
        }
        return w;
    }

    @Property(tries = 40)
    void linesBreakOnlyBetweenWordsAndFitTheMeasure(@ForAll @IntRange(min = 60, max = 500) int width) {
        ItemizedText text = itemize(ARABIC);
        List<Word> words = Segmenter.segment(text, width);
        List<int[]> breaks = LineBreaker.breakLines(words, width, true);

        List<String> lines = lines(text, words, breaks);
        List<String> tokens = new ArrayList<>();
        for (String line : lines) {
            tokens.addAll(Arrays.asList(line.split(" ")));
        }
        assertThat(tokens).containsExactly(ARABIC.split(" "));
        for (int[] line : breaks) {
            assertThat(natural(words, line)).isLessThanOrEqualTo(width + 0.01f);
        }
    }

    @Test
    void totalFitKeepsLinesEven() {
        ItemizedText text = itemize(ARABIC + " " + ARABIC);
        float width = 240;
        List<Word> words = Segmenter.segment(text, width);
        List<int[]> breaks = LineBreaker.breakLines(words, width, false);
        for (int i = 0; i < breaks.size() - 1; i++) {
            assertThat(natural(words, breaks.get(i))).as("line %d", i).isGreaterThan(width * 0.75f);
        }
    }

    @Test
    void aFiveThousandLetterWordIsCutIntoLinesAndTerminates() {
        String word = "مستقبلات".repeat(625);
        assertThat(word).hasSize(5000);
        ItemizedText text = itemize("قبل " + word + " بعد");
        float width = 300;
        List<Word> words = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Segmenter.segment(text, width));
        List<int[]> breaks = LineBreaker.breakLines(words, width, true);

        assertThat(words.size()).isGreaterThan(10);
        for (Word w : words) {
            assertThat(w.width()).isLessThanOrEqualTo(width);
        }
        assertThat(String.join(" ", lines(text, words, breaks)).replace(" ", ""))
                .isEqualTo(("قبل" + word + "بعد"));
    }

    @Test
    void aLineIsNeverBrokenInsideANumberOrAnAcronym() {
        ItemizedText text = itemize("ارتفع الإنفاق بنسبة 9.4% وفق تقرير SIPRI لعام 2026 كما أوضح معهد ستوكهولم");
        float width = 70;
        List<Word> words = Segmenter.segment(text, width);
        List<String> lines = lines(text, words, LineBreaker.breakLines(words, width, true));
        assertThat(lines)
                .anyMatch(l -> l.contains("9.4%"))
                .anyMatch(l -> l.contains("SIPRI"))
                .anyMatch(l -> l.contains("2026"));
    }
}

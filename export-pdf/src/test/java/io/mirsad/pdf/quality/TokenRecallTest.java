package io.mirsad.pdf.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The measuring stick of the extraction tests, checked on texts whose answer is known. */
class TokenRecallTest {

    @Test
    void tokenisesOnSpacesAndStripsOnlySurroundingPunctuation() {
        assertThat(SourceTokens.tokenize("قال (CSIS)، إن النمو بلغ 2.7% [تقديرًا]. Al-Ahram\u200F 2026،"))
                .containsExactly("قال", "CSIS", "إن", "النمو", "بلغ", "2.7", "تقديرًا", "Al-Ahram", "2026");
    }

    @Test
    void normalisesMarksToNfc() {
        // Shadda then fatha, and fatha then shadda: the same word once normalised.
        assertThat(SourceTokens.tokenize("أهمّ\u064E")).isEqualTo(SourceTokens.tokenize("أهم\u064E\u0651"));
    }

    @Test
    void countsRepeatsAndOrder() {
        List<SourceTokens.Unit> units =
                List.of(new SourceTokens.Unit("p", SourceTokens.tokenize("في الصباح وفي المساء ذهبنا إلى السوق")));
        TokenRecall forwards = TokenRecall.measure(units, "عنوان\nفي الصباح وفي المساء\nذهبنا إلى السوق");
        assertThat(forwards.recall()).isEqualTo(1.0);
        assertThat(forwards.orderedRecall()).isEqualTo(1.0);

        TokenRecall backwards = TokenRecall.measure(units, "السوق إلى ذهبنا المساء وفي الصباح في");
        assertThat(backwards.recall()).isEqualTo(1.0);
        assertThat(backwards.orderedRecall()).isLessThan(0.3);
        assertThat(backwards.disordered()).containsExactly("p: 1 of 7 tokens in order");

        TokenRecall lost = TokenRecall.measure(units, "الصباح وفي المساء ذهبنا إلى السوق");
        assertThat(lost.found()).isEqualTo(6);
        assertThat(lost.missing()).containsExactly("p: في (extracted nearby: [وفي])");
    }

    @Test
    void explainsSplitWordsAndMovedMarks() {
        List<SourceTokens.Unit> units =
                List.of(new SourceTokens.Unit("p", SourceTokens.tokenize("ارتفاعُ الأسعار البحرية تُغني")));
        TokenRecall recall = TokenRecall.measure(units, "ارتفاع ُ الأسعار البحر ية تغنيُ");
        assertThat(recall.missing())
                .containsExactly(
                        "p: ارتفاعُ (split in two: 'ارتفاع' + 'ُ')",
                        "p: البحرية (split in two: 'البحر' + 'ية')",
                        "p: تُغني (same letters, other marks: 'تغنيُ')");
    }

    @Test
    void aTatweelOrAJoinerTheTextLacksIsAMissAndABidiMarkIsNot() {
        List<SourceTokens.Unit> units = List.of(new SourceTokens.Unit("p", SourceTokens.tokenize("أسعار الخبز ولكن")));
        assertThat(TokenRecall.measure(units, "أسعار الخـبز ولكن").found()).isEqualTo(2);
        assertThat(TokenRecall.measure(units, "أسعار الخبز ول\u200Dكن").found()).isEqualTo(2);
        assertThat(TokenRecall.measure(units, "أسعار الخبز ول\u200Fكن").found()).isEqualTo(3);
    }
}

package io.mirsad.pdf.internal.justify;

import static io.mirsad.pdf.internal.Fixtures.ARABIC;
import static io.mirsad.pdf.internal.Fixtures.itemize;
import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import io.mirsad.digest.Direction;
import io.mirsad.digest.text.ArabicText;
import io.mirsad.pdf.internal.itemize.ItemizedText;
import io.mirsad.pdf.internal.linebreak.Box;
import io.mirsad.pdf.internal.linebreak.LineBreaker;
import io.mirsad.pdf.internal.linebreak.Segmenter;
import io.mirsad.pdf.internal.linebreak.Word;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class KashidaTest {
    private static final String NON_JOINING = "اأإآدذرزوؤة";

    private static List<Integer> points(String word) {
        return KashidaPoints.find(word.toCharArray(), 0, word.length());
    }

    @Test
    void goesBetweenJoiningLettersNearestTheEndFirst() {
        assertThat(points("كتاب")).containsExactly(2, 1);
        assertThat(points("بِسْمِ")).containsExactly(4, 2);
    }

    @Test
    void neverAfterNonJoiningLettersInsideLamAlefOrInLatin() {
        assertThat(points("دار")).isEmpty();
        assertThat(points("وزراء")).isEmpty();
        assertThat(points("سلام")).containsExactly(1);
        assertThat(points("Kashida")).isEmpty();
        assertThat(points("2026")).isEmpty();
    }

    @Property(tries = 300)
    void everyPointFollowsADualJoiningArabicLetter(
            @ForAll
                    @StringLength(min = 1, max = 12)
                    @Chars({
                        'ا', 'د', 'ر', 'و', 'ة', 'ب', 'س', 'ل', 'م', 'ه', 'ي', 'ع', 'ّ', 'َ', 'ِ', 'ـ', ' ', 'k', 'L'
                    })
                    @CharRange(from = 'a', to = 'c')
                    String word) {
        for (int p : points(word)) {
            int before = p - 1;
            while (before > 0 && ArabicText.isMark(word.charAt(before))) {
                before--;
            }
            char letter = word.charAt(before);
            assertThat(NON_JOINING.indexOf(letter))
                    .as("point %d in %s", p, word)
                    .isNegative();
            assertThat(UCharacter.getIntPropertyValue(letter, UProperty.JOINING_TYPE))
                    .isEqualTo(UCharacter.JoiningType.DUAL_JOINING);
            assertThat(ArabicText.isArabic(letter)).isTrue();
            assertThat(UCharacter.getIntPropertyValue(word.charAt(p), UProperty.JOINING_TYPE))
                    .isIn(UCharacter.JoiningType.DUAL_JOINING, UCharacter.JoiningType.RIGHT_JOINING);
        }
    }

    private static Line firstLine(ItemizedText text, float width, boolean kashida) {
        List<Word> words = Segmenter.segment(text, width);
        int[] first = LineBreaker.breakLines(words, width, kashida).get(0);
        return new Justifier(kashida).set(text, words.subList(first[0], first[1]), width, true);
    }

    private static List<String> glyphTexts(Line line) {
        List<String> texts = new ArrayList<>();
        for (Box b : line.boxes()) {
            texts.addAll(List.of(b.glyphs().texts()));
        }
        return texts;
    }

    @Test
    void justifiedLinesFillTheMeasureWithKashidaInArabic() {
        ItemizedText text = itemize(ARABIC);
        Line line = firstLine(text, 251, true);
        assertThat(line.width()).isCloseTo(251, org.assertj.core.data.Offset.offset(0.05f));
        Line plain = firstLine(text, 251, false);
        assertThat(plain.width()).isCloseTo(251, org.assertj.core.data.Offset.offset(0.05f));
        assertThat(glyphTexts(plain)).doesNotContain(String.valueOf(ArabicText.TATWEEL));
    }

    @Test
    void kashidaIsInsertedOnlyWhereAllowedAndSpacesTakeTheRest() {
        ItemizedText text = itemize(ARABIC);
        int lengthened = 0;
        for (int width = 150; width < 420; width += 7) {
            Line line = firstLine(text, width, true);
            for (Box b : line.boxes()) {
                String drawn = b.glyphs().text();
                if (drawn.indexOf(ArabicText.TATWEEL) >= 0) {
                    lengthened++;
                    String original = new String(text.chars(), b.start(), b.limit() - b.start());
                    assertThat(String.join("", reversed(b.glyphs().texts())))
                            .as("the inserted tatweels read as nothing")
                            .isEqualTo(original);
                    assertThat(ArabicText.stripMarks(drawn)).isEqualTo(ArabicText.stripMarks(original));
                    for (int i = drawn.indexOf(ArabicText.TATWEEL);
                            i >= 0;
                            i = drawn.indexOf(ArabicText.TATWEEL, i + 1)) {
                        char before = drawn.charAt(i - 1);
                        assertThat(NON_JOINING.indexOf(before))
                                .as("tatweel after %s in %s", before, drawn)
                                .isNegative();
                    }
                }
            }
            assertThat(line.width()).isCloseTo(width, org.assertj.core.data.Offset.offset(0.05f));
        }
        assertThat(lengthened).as("words lengthened with kashida").isPositive();
    }

    @Test
    void latinLinesAreNeverGivenKashida() {
        ItemizedText text = itemize(
                "The Stockholm institute counts military spending across the world every single year "
                        + "and publishes its figures each spring",
                Direction.LTR);
        Line line = firstLine(text, 200, true);
        assertThat(glyphTexts(line)).doesNotContain(String.valueOf(ArabicText.TATWEEL));
        assertThat(line.width()).isCloseTo(200, org.assertj.core.data.Offset.offset(0.05f));
    }

    private static List<String> reversed(String[] texts) {
        List<String> list = new ArrayList<>(List.of(texts));
        java.util.Collections.reverse(list);
        return list;
    }
}

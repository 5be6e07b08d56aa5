package io.mirsad.pdf.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.digest.Digest;
import io.mirsad.pdf.internal.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Poppler's {@code pdftotext} — what most search indexers use — must give back at least 99.5 % of each
 * edition's tokens spelled exactly (a tatweel the text lacks is a miss; tokenisation in
 * {@link SourceTokens}), for every digest in every layout. Poppler reads glyphs by position and reorders
 * right-to-left text itself, so this checks the ToUnicode, carrier and bidi-mark work from the outside.
 * Needs poppler-utils: a missing {@code pdftotext} fails the test.
 */
@Tag("integration")
class PdftotextRecallTest {
    private static final double THRESHOLD = 0.995;

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource({
        "io.mirsad.pdf.quality.Editions#allInEveryLayout",
        "io.mirsad.pdf.quality.Editions#vocalisedInEveryLayout"
    })
    void pdftotextGivesBackTheTokensSpelledExactly(String edition, String layout, @TempDir Path dir) throws Exception {
        Path pdf = dir.resolve(edition + ".pdf");
        Files.write(pdf, Editions.pdf(edition, layout));
        String text = Pdftotext.extract(pdf, dir.resolve(edition + ".txt"));

        List<SourceTokens.Unit> units = SourceTokens.of(Editions.digest(edition));
        TokenRecall recall = TokenRecall.measure(units, text);
        System.out.println(recall.summary(edition + " " + layout, "pdftotext"));
        long inner = units.stream()
                .flatMap(u -> u.tokens().stream())
                .filter(SourceTokens::hasInnerCommaOrHyphen)
                .count();
        long innerMissing = recall.missing().stream()
                .filter(m -> m.contains("[comma/hyphen inside]"))
                .count();
        System.out.println("  tokens with a comma or hyphen inside: " + inner + ", of them missing: " + innerMissing);
        recall.missing().forEach(m -> System.out.println("  missing " + m));
        assertThat(recall.recall())
                .as(recall.summary(edition + " " + layout, "pdftotext"))
                .isGreaterThanOrEqualTo(THRESHOLD);
    }

    @Test
    void aPercentSignStaysWithItsNumberAndTheSpaceAfterIt(@TempDir Path dir) throws Exception {
        Digest digest = Fixtures.oneParagraph("ارتفعت الأسعار بنحو 66% من قيمتها في عام 2026، وفق تقدير CSIS.");
        Path pdf = dir.resolve("percent.pdf");
        Files.write(pdf, Editions.pdf(digest));
        String text = Pdftotext.extract(pdf, dir.resolve("percent.txt"));
        String letters = text.codePoints()
                .filter(c -> Character.getType(c) != Character.FORMAT)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        assertThat(letters).contains("بنحو 66% من قيمتها", "2026، وفق", "CSIS.");
    }

    /**
     * A vowel mark on a letter that does not join the next one (waw, ra, zay) sits over the kerning gap
     * Amiri opens after that letter: the text of the marks must ride on the letter's side of the blank
     * that fills the gap, or poppler reads the gap from the letter before to the marks as a word break
     * ("تَمْوِ يلُ"). And a zero-width non-joiner inside a Persian name draws nothing, so it must not
     * occupy the width of the font's space glyph either ("ژر ف‌بین").
     */
    @Test
    void vocalisedWordsAndPersianNamesWithANonJoinerStayWhole(@TempDir Path dir) throws Exception {
        String words = "تَمْوِيلُ البَحْرِيَّةِ وَالتِّجَارَةُ مُزْدَهِرَةٌ وَيَرِدُ ژرف‌بین می‌خواهد";
        Digest digest = Fixtures.oneParagraph(words);
        Path pdf = dir.resolve("vocalised.pdf");
        Files.write(pdf, Editions.pdf(digest));
        List<String> extracted = SourceTokens.tokenize(Pdftotext.extract(pdf, dir.resolve("vocalised.txt")));
        assertThat(extracted).containsAll(SourceTokens.tokenize(words));
    }
}

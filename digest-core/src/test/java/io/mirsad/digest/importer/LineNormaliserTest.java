package io.mirsad.digest.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.digest.internal.importer.LineNormaliser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Whitespace normalisation changes spaces only, never a word. */
class LineNormaliserTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "قال،إن الأرقام|قال، إن الأرقام",
                "في عام،2020 تغير|في عام، 2020 تغير",
                "بلغ ٣،٥ مليار|بلغ ٣،٥ مليار",
                "بلغ 3،5 مليار|بلغ 3،5 مليار",
                "انتهى،|انتهى،",
                "أولًا، ثانيًا|أولًا، ثانيًا",
                "'  كلمة\u00A0\u00A0كلمة\t\tكلمة \u202F '|كلمة كلمة كلمة",
                "(قال)،(إن)|(قال)،(إن)"
            })
    void normalisesSpacingOnly(String line, String expected) {
        assertThat(LineNormaliser.normalise(line)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u00A0\u00A0", "\t \u00A0", "\u200B", "\u200F \u200E", "\uFEFF"})
    void blankLines(String line) {
        assertThat(LineNormaliser.isBlank(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ـ", "،", "a", "\u00A0.\u00A0"})
    void notBlank(String line) {
        assertThat(LineNormaliser.isBlank(line)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"\u0627\u0654ثر|أثر", "\u064A\u0654|ئ"})
    void composesToNfc(String decomposed, String composed) {
        assertThat(LineNormaliser.normalise(decomposed)).isEqualTo(composed);
    }
}

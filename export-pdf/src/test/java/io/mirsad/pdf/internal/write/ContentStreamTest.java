package io.mirsad.pdf.internal.write;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentStreamTest {
    @ParameterizedTest
    @CsvSource({
        "0, 0",
        "0.0004, 0",
        "-0.0004, 0",
        "1, 1",
        "100, 100",
        "1.5, 1.5",
        "-2.25, -2.25",
        "0.05, 0.05",
        "0.005, 0.005",
        "-0.105, -0.105",
        "12.3456, 12.346",
        "595.2756, 595.276",
        "7.9999, 8"
    })
    void numbersHaveAtMostThreeDecimalsAndNoTrailingZeros(double value, String written) {
        assertThat(ContentStream.format(value, new StringBuilder("x ")).toString())
                .isEqualTo("x " + written);
    }

    @ParameterizedTest
    @CsvSource({"0, <0000>", "65, <0041>", "1234, <04D2>", "65535, <FFFF>"})
    void codesAreFourHexDigits(int cid, String written) {
        assertThat(ContentStream.code(cid, new StringBuilder()).toString()).isEqualTo(written);
    }
}

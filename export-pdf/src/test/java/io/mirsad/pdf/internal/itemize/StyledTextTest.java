package io.mirsad.pdf.internal.itemize;

import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.digest.Direction;
import org.junit.jupiter.api.Test;

class StyledTextTest {
    private static final TextStyle PLAIN = TextStyle.of(10, false);
    private static final TextRole LINK = TextRole.link("https://example.org", "example");

    private static StyledText text() {
        // ten characters: three plain, five in a link, two with a label role
        return StyledText.builder(Direction.RTL)
                .append("abc", PLAIN)
                .append("defgh", PLAIN.withRole(LINK))
                .append("ij", PLAIN.withRole(TextRole.LABEL))
                .build();
    }

    @Test
    void aRangeTakesTheRoleMoreThanHalfItsCharactersHave() {
        StyledText t = text();
        assertThat(t.role(3, 8)).isEqualTo(LINK);
        assertThat(t.role(2, 9)).as("five of seven").isEqualTo(LINK);
        assertThat(t.role(8, 10)).isEqualTo(TextRole.LABEL);
    }

    @Test
    void noRoleWithoutAMajority() {
        StyledText t = text();
        assertThat(t.role(0, 10)).as("five of ten is not more than half").isNull();
        assertThat(t.role(0, 3)).isNull();
        assertThat(t.role(1, 5)).as("two of four").isNull();
        assertThat(t.role(5, 10)).as("three links, two labels").isEqualTo(LINK);
    }

    @Test
    void lineBreaksAndTabsBecomeSpaces() {
        StyledText t = StyledText.builder(Direction.RTL)
                .append("a\tb\nc\u2028d", PLAIN)
                .build();
        assertThat(t.text()).isEqualTo("a b c d");
    }
}

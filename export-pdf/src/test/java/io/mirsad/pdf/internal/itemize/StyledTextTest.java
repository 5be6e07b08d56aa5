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

    @Test
    void anIsolateKeepsItsCharactersThroughTrimmingAndDropping() {
        StyledText t = StyledText.builder(Direction.RTL)
                .append("  1. ", PLAIN)
                .isolate("Water notes ", PLAIN, Direction.LTR)
                .build();
        assertThat(t.text()).isEqualTo("1. Water notes");
        assertThat(t.isolates()).containsExactly(new StyledText.Isolate(3, 14, Direction.LTR));

        java.util.BitSet drop = new java.util.BitSet();
        drop.set(1); // the full stop, before the isolate
        drop.set(8); // the space inside it
        StyledText kept = t.without(drop);
        assertThat(kept.text()).isEqualTo("1 Waternotes");
        assertThat(kept.isolates()).containsExactly(new StyledText.Isolate(2, 12, Direction.LTR));
    }
}

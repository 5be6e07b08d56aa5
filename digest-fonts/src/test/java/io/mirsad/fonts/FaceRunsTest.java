package io.mirsad.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FaceRunsTest {
    private final FontRegistry fonts = FontRegistry.defaults();

    private List<String> cut(String text, boolean bold) {
        return fonts.runs(text, bold).stream()
                .map(r -> r.face().family() + ":" + text.substring(r.start(), r.end()))
                .toList();
    }

    @Test
    void eachScriptGoesToTheFirstFaceThatHasIt() {
        assertThat(cut("قالت Ωμέγα ونقلت Москва ثم שלום عليكم", false))
                .containsExactly(
                        "Amiri:قالت ",
                        "Noto Sans:Ωμέγα ",
                        "Amiri:ونقلت ",
                        "Noto Sans:Москва ",
                        "Amiri:ثم ",
                        "Noto Sans Hebrew:שלום ",
                        "Amiri:عليكم");
        assertThat(fonts.runs("عنوان Ωμέγα", true).get(0).face()).isSameAs(fonts.bold());
    }

    @Test
    void marksAndInvisibleCharactersStayWithTheLetterBeforeThem() {
        // alpha + combining acute, a ZWJ, then Hebrew with a point (qamats)
        assertThat(cut("α\u0301\u200Dשָ", false)).containsExactly("Noto Sans:α\u0301\u200D", "Noto Sans Hebrew:שָ");
    }

    @Test
    void aCharacterNoFaceHasIsGivenTheTextFace() {
        assertThat(fonts.faceFor(0x1F600, false)).isEmpty();
        assertThat(fonts.faceFor(0x0378, false)).as("unassigned").isEmpty();
        assertThat(fonts.faceFor('\u200F', false)).contains(fonts.regular());
        assertThat(cut("نص 😀", false)).containsExactly("Amiri:نص 😀");
        assertThat(fonts.runs("", false)).isEmpty();
    }
}

package io.mirsad.xhtml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LatinRunsTest {

    private static List<String> runs(String text) {
        return LatinRuns.in(text).stream()
                .map(s -> text.substring(s.start(), s.limit()))
                .toList();
    }

    @Test
    void findsAcronymsAndNamesButNotTheirBracketsOrTheSpacesAround() {
        assertThat(runs("ذكر مركز الدراسات (CSIS) في تقريره")).containsExactly("CSIS");
        assertThat(runs("وأكدت مجموعة الأزمات (Crisis Group) أن")).containsExactly("Crisis Group");
        assertThat(runs("قانون Digital Services Act الأوروبي")).containsExactly("Digital Services Act");
    }

    @Test
    void digitsAndPercentagesBelongToTheArabicText() {
        assertThat(runs("ارتفعت الواردات 18% خلال عام 2026، أي 2.7 تريليون")).isEmpty();
        assertThat(runs("معيار ISO 16075 في الري")).containsExactly("ISO 16075");
    }

    @Test
    void separateRunsStaySeparate() {
        assertThat(runs("بين NATO والاتحاد و EU")).containsExactly("NATO", "EU");
        assertThat(runs("")).isEmpty();
        assertThat(runs("نص عربي فقط")).isEmpty();
    }
}

package io.mirsad.epub.internal.style;

import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.digest.text.DigitStyle;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WeightedTextTest {
    @Test
    void headingsStrongTextAndBoldClassesGoToTheBoldFaceTheRestToTheRegular() {
        WeightedText text = new WeightedText();
        text.addDocument(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
                        + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>ط</title></head><body>"
                        + "<h1>عنوان <a href=\"#x\">خ</a></h1><p>نص <strong>ق</strong> "
                        + "<span class=\"note source-name\">ظ</span><img src=\"a.png\" alt=\"ض\"/></p></body></html>")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(text.bold())
                .isEqualTo(" انخقظعنو"
                        .codePoints()
                        .distinct()
                        .sorted()
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                        .toString());
        assertThat(text.regular()).contains("ط", "ن", "ص", "ض").doesNotContain("ع", "خ", "ق", "ظ");
    }

    @Test
    void listMarkersAreDrawnInTheRegularFace() {
        assertThat(new WeightedText().regular()).contains("١", "٩", "1", "9", ".");
        assertThat(new WeightedText().bold()).isEmpty();
    }

    /** A rule added to the house style that sets something bold must be known here, or its text would lack glyphs. */
    @Test
    void everySelectorTheStyleSheetSetsBoldIsKnownToBeBold() {
        String css = new String(StyleSheet.write(List.of(), "../", DigitStyle.ARABIC_INDIC), StandardCharsets.UTF_8);
        Matcher rule = Pattern.compile("([^{}]+)\\{[^}]*font-weight:\\s*(bold|bolder|[6-9]00)")
                .matcher(css);
        List<String> selectors = new ArrayList<>();
        while (rule.find()) {
            for (String selector : rule.group(1).split(",")) {
                String[] compounds = selector.strip().split("\\s+");
                selectors.add(compounds[compounds.length - 1]);
            }
        }
        assertThat(selectors).contains("h1", "strong", "a.backlink", ".source-name");
        for (String selector : selectors) {
            String[] parts = selector.split("\\.", 2);
            String element = parts[0].isEmpty() ? "span" : parts[0];
            String classes = parts.length > 1 ? parts[1].replace('.', ' ') : "";
            assertThat(WeightedText.setsBold(element, classes)).as(selector).isTrue();
        }
    }
}

package io.mirsad.epub.internal.style;

import static org.assertj.core.api.Assertions.assertThat;

import io.documentnode.epub4j.domain.MediaTypes;
import io.mirsad.fonts.FontFace;
import io.mirsad.fonts.FontRegistry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FallbackTextTest {
    private static final List<FontFace> AMIRI =
            List.of(FontRegistry.defaults().regular(), FontRegistry.defaults().bold());

    @Test
    void textTheTextFacesDrawNeverReachesAFallback() {
        assertThat(FallbackText.of(shown("نشر المرصد قراءته الأسبوعية (2026) عن SIPRI."), AMIRI))
                .isEmpty();
    }

    @Test
    void theClustersTheTextFacesLackReachTheFallbacks() {
        // Amiri has no Hebrew: the letters go to the fallback, and so does the mark on the second one.
        assertThat(FallbackText.of(shown("كلمة שָׁלוֹם كلمة"), AMIRI)).isEqualTo("שָׁלוֹם");
    }

    private static BookText shown(String paragraph) {
        BookText shown = new BookText(run -> {});
        shown.add(
                MediaTypes.XHTML,
                ("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p dir=\"rtl\">" + paragraph
                                + "</p></body></html>")
                        .getBytes(StandardCharsets.UTF_8));
        return shown;
    }
}

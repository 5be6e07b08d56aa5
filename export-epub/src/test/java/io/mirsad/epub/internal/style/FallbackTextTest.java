package io.mirsad.epub.internal.style;

import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.fonts.FontFace;
import io.mirsad.fonts.FontRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

class FallbackTextTest {
    private static final List<FontFace> AMIRI =
            List.of(FontRegistry.defaults().regular(), FontRegistry.defaults().bold());

    @Test
    void textTheTextFacesDrawNeverReachesAFallback() {
        assertThat(FallbackText.of("<p dir=\"rtl\">نشر المرصد قراءته الأسبوعية (2026) عن SIPRI.</p>", AMIRI))
                .isEmpty();
    }

    @Test
    void theClustersTheTextFacesLackReachTheFallbacks() {
        // Amiri has no Hebrew: the letters go to the fallback, and so does the mark on the second one.
        assertThat(FallbackText.of("كلمة שָׁלוֹם كلمة", AMIRI)).isEqualTo("שָׁלוֹם");
    }
}

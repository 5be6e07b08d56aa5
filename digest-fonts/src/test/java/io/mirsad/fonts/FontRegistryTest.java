package io.mirsad.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.util.List;
import org.junit.jupiter.api.Test;

class FontRegistryTest {

    @Test
    void defaultsAreTheBundledAmiriFacesAndTheyCoverArabicAndLatin() throws Exception {
        FontRegistry fonts = FontRegistry.defaults();
        assertThat(fonts.regular().family()).isEqualTo("Amiri");
        assertThat(fonts.bold().bold()).isTrue();
        Font awt = Font.createFont(Font.TRUETYPE_FONT, fonts.regular().open());
        assertThat(awt.getFamily(java.util.Locale.ROOT)).isEqualTo("Amiri");
        assertThat(awt.canDisplayUpTo("مرصد CSIS 2026 ٣")).isEqualTo(-1);
    }

    @Test
    void theBundledFallbacksCoverGreekCyrillicAndHebrew() throws Exception {
        List<FontFace> fallbacks = FontRegistry.defaults().fallbacks();
        assertThat(fallbacks).extracting(FontFace::family).containsExactly("Noto Sans", "Noto Sans Hebrew");
        Font latin = Font.createFont(Font.TRUETYPE_FONT, fallbacks.get(0).open());
        Font hebrew = Font.createFont(Font.TRUETYPE_FONT, fallbacks.get(1).open());
        Font amiri = Font.createFont(
                Font.TRUETYPE_FONT, FontRegistry.defaults().regular().open());
        assertThat(amiri.canDisplayUpTo("Ωμέγα")).isZero();
        assertThat(latin.canDisplayUpTo("Ωμέγα Москва Ĳssel")).isEqualTo(-1);
        assertThat(hebrew.canDisplayUpTo("שלום עולם")).isEqualTo(-1);
        assertThat(FontRegistry.defaults().fallbacksFor("نص عربي with Latin")).isEmpty();
        assertThat(FontRegistry.defaults().fallbacksFor("نص و שלום"))
                .extracting(FontFace::family)
                .containsExactly("Noto Sans Hebrew");
        assertThat(FontRegistry.defaults().fallbacksFor("שלום Ωμέγα"))
                .extracting(FontFace::family)
                .containsExactly("Noto Sans", "Noto Sans Hebrew");
        assertThat(BundledFonts.notoLicence())
                .contains("SIL OPEN FONT LICENSE Version 1.1")
                .contains("Google");
    }

    @Test
    void licenceShipsWithTheFonts() {
        assertThat(BundledFonts.licence())
                .contains("SIL OPEN FONT LICENSE Version 1.1")
                .contains("Khaled Hosny");
    }

    @Test
    void userFacesReplaceTheDefaults() {
        FontFace mine = FontFace.of("Mine", false, BundledFonts.amiriBold().bytes());
        FontRegistry fonts = FontRegistry.builder()
                .regular(mine)
                .fallback(BundledFonts.amiriRegular())
                .build();
        assertThat(fonts.regular()).isSameAs(mine);
        assertThat(fonts.face(true)).isSameAs(BundledFonts.amiriBold());
        assertThat(fonts.fallbacks()).endsWith(BundledFonts.amiriRegular()).hasSize(3);
        assertThat(FontRegistry.builder().noFallbacks().fallback(mine).build().fallbacks())
                .containsExactly(mine);
        assertThat(mine.sha256()).isEqualTo(BundledFonts.amiriBold().sha256());
    }
}

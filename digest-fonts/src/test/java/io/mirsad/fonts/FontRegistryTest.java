package io.mirsad.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;

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
    void licenceShipsWithTheFonts() {
        assertThat(BundledFonts.licence()).contains("SIL OPEN FONT LICENSE Version 1.1").contains("Khaled Hosny");
    }

    @Test
    void userFacesReplaceTheDefaults() {
        FontFace mine = FontFace.of("Mine", false, BundledFonts.amiriBold().bytes());
        FontRegistry fonts = FontRegistry.builder().regular(mine).fallback(BundledFonts.amiriRegular()).build();
        assertThat(fonts.regular()).isSameAs(mine);
        assertThat(fonts.face(true)).isSameAs(BundledFonts.amiriBold());
        assertThat(fonts.fallbacks()).containsExactly(BundledFonts.amiriRegular());
        assertThat(mine.sha256()).isEqualTo(BundledFonts.amiriBold().sha256());
    }
}

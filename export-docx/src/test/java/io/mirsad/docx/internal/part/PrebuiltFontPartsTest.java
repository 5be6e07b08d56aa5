package io.mirsad.docx.internal.part;

import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.fonts.BundledFonts;
import io.mirsad.fonts.FontFace;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class PrebuiltFontPartsTest {
    @Test
    void theBuildMadeTheAmiriPartsAsTheyWouldBeMadeNow() throws IOException {
        for (FontFace face : new FontFace[] {BundledFonts.amiriRegular(), BundledFonts.amiriBold()}) {
            FontPart made = FontPart.make(face);
            FontPart built = PrebuiltFontParts.find(face).orElseThrow(() -> new AssertionError("no part for " + face));

            assertThat(built.key()).isEqualTo(made.key());
            assertThat(built.file().size()).isEqualTo(face.size());
            assertThat(built.file().crc()).isEqualTo(made.file().crc());
            assertThat(built.file().openDeflated().readAllBytes())
                    .isEqualTo(made.file().openDeflated().readAllBytes());
        }
    }

    @Test
    void anotherFaceHasNoPartFromTheBuild() {
        byte[] bytes = BundledFonts.amiriRegular().bytes();
        bytes[bytes.length - 1] ^= 1;

        assertThat(PrebuiltFontParts.find(FontFace.of("Amiri", false, bytes))).isEmpty();
        assertThat(PrebuiltFontParts.find(BundledFonts.fallbacks().get(0))).isEmpty();
    }
}

package io.mirsad.pdf.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.fonts.BundledFonts;
import io.mirsad.fonts.FontFace;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.TextAttribute;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pins the shaping oracle: the JDK's layout engine, which the typesetter shapes with, must give the
 * glyphs and positions HarfBuzz's {@code hb-shape} gave for the golden texts, in Amiri Regular and Bold. If a JDK update changes
 * its shaping, this fails before any PDF test does, and says where.
 */
class JdkShapingAgreementTest {
    /** Half a font unit: hb-shape's integer positions against the JDK's float ones. */
    private static final double TOLERANCE = 0.5;

    @ParameterizedTest(name = "bold: {0}")
    @ValueSource(booleans = {false, true})
    void jdkShapesEveryGoldenRunAsHarfBuzzDoes(boolean bold) throws Exception {
        ShapingGolden golden = ShapingGolden.load(bold);
        FontFace face = bold ? BundledFonts.amiriBold() : BundledFonts.amiriRegular();
        assertThat(face.sha256()).as("the goldens were made from this font").isEqualToIgnoringCase(golden.fontSha256());
        // One point per font unit, so positions come out in font units.
        Font amiri = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(face.bytes()))
                .deriveFont(Map.of(
                        TextAttribute.SIZE,
                        (float) ShapingGolden.UNITS_PER_EM,
                        TextAttribute.KERNING,
                        TextAttribute.KERNING_ON,
                        TextAttribute.LIGATURES,
                        TextAttribute.LIGATURES_ON));
        FontRenderContext frc = new FontRenderContext(null, true, true);
        List<String> disagreements = new ArrayList<>();
        int runs = 0;
        int glyphs = 0;
        int glyphsAgreeing = 0;
        for (ShapingGolden.Text text : golden.texts()) {
            for (ShapingGolden.Run run : text.runs()) {
                runs++;
                char[] chars = text.text().substring(run.start(), run.end()).toCharArray();
                GlyphVector gv = amiri.layoutGlyphVector(
                        frc,
                        chars,
                        0,
                        chars.length,
                        run.rightToLeft() ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT);
                List<ShapingGolden.Glyph> expected = run.glyphs();
                glyphs += expected.size();
                String problem = compare(expected, gv);
                if (problem == null) {
                    glyphsAgreeing += expected.size();
                } else {
                    disagreements.add(text.id() + " [" + run.start() + "," + run.end() + "): " + problem);
                }
            }
        }
        System.out.printf(
                "JDK vs hb-shape, Amiri %s: %d/%d runs agree, %d/%d glyphs in agreeing runs (%.1f %%)%n",
                bold ? "Bold" : "Regular",
                runs - disagreements.size(),
                runs,
                glyphsAgreeing,
                glyphs,
                100.0 * glyphsAgreeing / glyphs);
        assertThat(disagreements)
                .as("runs where the JDK's shaping differs from hb-shape")
                .isEmpty();
    }

    /** The first difference between HarfBuzz's glyphs and the JDK's, or {@code null} if none. */
    private static String compare(List<ShapingGolden.Glyph> expected, GlyphVector gv) {
        int[] actualIds = gv.getGlyphCodes(0, gv.getNumGlyphs(), null);
        List<Integer> expectedIds =
                expected.stream().map(ShapingGolden.Glyph::gid).toList();
        if (!expectedIds.equals(Arrays.stream(actualIds).boxed().toList())) {
            return "glyphs " + Arrays.toString(actualIds) + ", HarfBuzz " + expectedIds;
        }
        double pen = 0;
        for (int i = 0; i < expected.size(); i++) {
            ShapingGolden.Glyph g = expected.get(i);
            double x = gv.getGlyphPosition(i).getX();
            double y = gv.getGlyphPosition(i).getY();
            // HarfBuzz's y grows upwards, Java2D's downwards.
            if (Math.abs(x - (pen + g.dx())) > TOLERANCE || Math.abs(y + g.dy()) > TOLERANCE) {
                return String.format(
                        "glyph %d (gid %d) at (%.1f, %.1f), HarfBuzz (%d, %d)",
                        i, g.gid(), x, y, Math.round(pen) + g.dx(), -g.dy());
            }
            pen += g.advance();
        }
        double end = gv.getGlyphPosition(expected.size()).getX();
        return Math.abs(end - pen) > TOLERANCE ? String.format("run width %.1f, HarfBuzz %.0f", end, pen) : null;
    }
}

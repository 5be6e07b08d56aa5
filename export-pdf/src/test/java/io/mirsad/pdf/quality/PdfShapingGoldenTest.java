package io.mirsad.pdf.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.fonts.BundledFonts;
import io.mirsad.fonts.FontFace;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shaping demand, checked on the real output: a digest whose paragraphs are the golden
 * texts (plain for Amiri Regular, strong for Amiri Bold) is printed by the installed PDF exporter, the glyphs the file actually draws are read back, and
 * each text must appear as one line with HarfBuzz's glyphs in HarfBuzz's order and, word by word,
 * HarfBuzz's positions (marks included) within {@link GoldenComparison#TOLERANCE} font units.
 */
class PdfShapingGoldenTest {

    @ParameterizedTest(name = "bold: {0}")
    @ValueSource(booleans = {false, true})
    void thePdfDrawsEveryGoldenTextAsHarfBuzzShapesIt(boolean bold) throws IOException {
        ShapingGolden golden = ShapingGolden.load(bold);
        byte[] pdf = Editions.pdf(Editions.goldenTexts(golden));
        List<GoldenComparison.Outcome> outcomes;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            FontFace face = bold ? BundledFonts.amiriBold() : BundledFonts.amiriRegular();
            GoldenComparison comparison =
                    new GoldenComparison(new OriginalGlyphs(face.bytes()), PdfGlyphReader.read(doc));
            outcomes = golden.texts().stream().map(comparison::compare).toList();
        }
        long glyphsAgree =
                outcomes.stream().filter(GoldenComparison.Outcome::glyphsAgree).count();
        long allAgree =
                outcomes.stream().filter(GoldenComparison.Outcome::agrees).count();
        int marks = outcomes.stream()
                .filter(GoldenComparison.Outcome::agrees)
                .mapToInt(GoldenComparison.Outcome::marks)
                .sum();
        double deviation = outcomes.stream()
                .mapToDouble(GoldenComparison.Outcome::deviation)
                .max()
                .orElse(0);
        System.out.printf(
                "PDF vs hb-shape, Amiri %s: %d/%d texts with HarfBuzz's glyphs, %d/%d also in HarfBuzz's positions "
                        + "(%.1f %%; %d marks among them; largest deviation %.2f font units, tolerance %.0f)%n",
                bold ? "Bold" : "Regular",
                glyphsAgree,
                outcomes.size(),
                allAgree,
                outcomes.size(),
                100.0 * allAgree / outcomes.size(),
                marks,
                deviation,
                GoldenComparison.TOLERANCE);
        assertThat(outcomes).allSatisfy(o -> assertThat(o.problem()).as(o.id()).isNull());
    }
}

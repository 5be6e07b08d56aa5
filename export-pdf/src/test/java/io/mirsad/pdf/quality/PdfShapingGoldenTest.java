package io.mirsad.pdf.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.fonts.BundledFonts;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * The shaping demand, checked on the real output: a digest whose paragraphs are the golden
 * texts is printed by the installed PDF exporter, the glyphs the file actually draws are read back, and
 * each text must appear as one line with HarfBuzz's glyphs in HarfBuzz's order and, word by word,
 * HarfBuzz's positions (marks included) within {@link GoldenComparison#TOLERANCE} font units.
 */
class PdfShapingGoldenTest {

    @Test
    void thePdfDrawsEveryGoldenTextAsHarfBuzzShapesIt() throws IOException {
        ShapingGolden golden = ShapingGolden.load();
        byte[] pdf = Editions.pdf(Editions.goldenTexts(golden));
        List<GoldenComparison.Outcome> outcomes;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            GoldenComparison comparison = new GoldenComparison(new OriginalGlyphs(BundledFonts.amiriRegular().bytes()),
                    PdfGlyphReader.read(doc));
            outcomes = golden.texts().stream().map(comparison::compare).toList();
        }
        long glyphsAgree = outcomes.stream().filter(GoldenComparison.Outcome::glyphsAgree).count();
        long allAgree = outcomes.stream().filter(GoldenComparison.Outcome::agrees).count();
        int marks = outcomes.stream().filter(GoldenComparison.Outcome::agrees).mapToInt(GoldenComparison.Outcome::marks)
                .sum();
        double deviation = outcomes.stream().mapToDouble(GoldenComparison.Outcome::deviation).max().orElse(0);
        System.out.printf("PDF vs hb-shape: %d/%d texts with HarfBuzz's glyphs, %d/%d also in HarfBuzz's positions "
                + "(%.1f %%; %d marks among them; largest deviation %.2f font units, tolerance %.0f)%n",
                glyphsAgree, outcomes.size(), allAgree, outcomes.size(), 100.0 * allAgree / outcomes.size(), marks,
                deviation, GoldenComparison.TOLERANCE);
        assertThat(outcomes).allSatisfy(o -> assertThat(o.problem()).as(o.id()).isNull());
    }
}

package io.mirsad.pdf.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keeps the editions PDF/A-honest about glyph widths without running a validator: every glyph drawn
 * comes from an embedded font, is not {@code .notdef}, and has the width the font dictionary declares
 * ({@code /W}) equal to the advance in the embedded font program ({@code hmtx}) — within one unit in
 * 1000, the rounding PDF/A validators allow. Positioning is the content stream's job ({@code TJ}), never
 * the widths'.
 */
class GlyphWidthTest {
    private static final double TOLERANCE = 1.0;

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "observatory",
                "grain-corridors",
                "water-briefs",
                "gulf-tashkeel",
                "golden texts",
                "golden texts bold"
            })
    void declaredWidthsAreTheFontsAdvances(String edition) throws IOException {
        byte[] pdf = edition.startsWith("golden texts")
                ? Editions.pdf(Editions.goldenTexts(ShapingGolden.load(edition.endsWith("bold"))))
                : Editions.pdf(edition);
        List<String> problems = new ArrayList<>();
        int glyphs = 0;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PdfGlyphReader.PlacedGlyph g : PdfGlyphReader.read(doc)) {
                glyphs++;
                String where = "page " + (g.page() + 1) + ", " + g.font().getName() + " cid " + g.cid();
                if (!g.font().isEmbedded()) {
                    problems.add(where + ": font not embedded");
                } else if (g.gid() == 0) {
                    problems.add(where + ": draws .notdef");
                } else {
                    float program = g.font().getWidthFromFont(g.code());
                    if (Math.abs(g.width() - program) > TOLERANCE) {
                        problems.add(where + ": /W " + g.width() + ", font program " + program);
                    }
                }
            }
        }
        System.out.printf("%s: %d glyphs drawn, %d with a width or font problem%n", edition, glyphs, problems.size());
        assertThat(glyphs).isPositive();
        assertThat(problems).isEmpty();
    }
}

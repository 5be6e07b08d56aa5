package io.mirsad.pdf.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every character code drawn in every content stream has a Unicode value in its font's ToUnicode CMap of
 * the kind PDF/A-3 (6.2.11.7.2) and PDF/UA-1 (7.21.7) accept, as veraPDF checks per glyph: present, not
 * empty, no U+0000, U+FEFF or U+FFFE. Glyphs that stand for no text of their own (kashidas, marks whose
 * text a carrier gives, gap fillers) must map to something too.
 */
class ToUnicodeCoverageTest {

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("io.mirsad.pdf.quality.Editions#allInEveryLayout")
    void everyDrawnCodeHasAnAcceptableUnicodeValue(String edition, String layout) throws IOException {
        List<String> problems = new ArrayList<>();
        int drawn = 0;
        try (PDDocument doc = Loader.loadPDF(Editions.pdf(edition, layout))) {
            for (PdfGlyphReader.PlacedGlyph g : PdfGlyphReader.read(doc)) {
                drawn++;
                String u = g.unicode();
                if (u == null || u.isEmpty() || u.chars().anyMatch(c -> c == 0 || c == 0xFEFF || c == 0xFFFE)) {
                    problems.add(String.format(
                            "page %d, %s code %04X at (%.1f, %.1f): %s",
                            g.page() + 1,
                            g.font().getName(),
                            g.code(),
                            g.x(),
                            g.y(),
                            u == null ? "no mapping" : "'" + u + "'"));
                }
            }
        }
        assertThat(drawn).as("glyphs drawn").isGreaterThan(500);
        assertThat(problems).as("codes without an acceptable Unicode value").isEmpty();
    }
}

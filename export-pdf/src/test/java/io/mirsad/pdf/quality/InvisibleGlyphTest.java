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
 * Glyphs drawn only for text extraction must not show: a glyph that reads as a space (alone or after a
 * bidi mark, where pdf.js needs one it keeps), and a zero-width glyph that carries text (the text of marks
 * or of a letter kerned back, the U+200F before left-to-right runs) have no outline. (A visible glyph there
 * prints a stray mark beside every number and acronym.) Glyphs with ink that read as a bare bidi mark are
 * the font's and the justifier's kashidas, and marks and letters whose text such a carrier gives: they are
 * drawn on purpose, and blanks reading as a bidi mark fill kerning gaps.
 */
class InvisibleGlyphTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"observatory", "grain-corridors", "water-briefs", "gulf-tashkeel"})
    void glyphsDrawnForTextAloneHaveNoInk(String edition) throws IOException {
        List<String> problems = new ArrayList<>();
        int carriers = 0;
        try (PDDocument doc = Loader.loadPDF(Editions.pdf(edition))) {
            for (PdfGlyphReader.PlacedGlyph g : PdfGlyphReader.read(doc)) {
                String u = g.unicode();
                if (u == null || u.isEmpty()) {
                    continue;
                }
                boolean readsAsSpace = u.endsWith(" ");
                boolean carrier = g.width() == 0 && !u.codePoints().allMatch(SourceTokens::isBidiControl);
                if (!readsAsSpace && !carrier) {
                    continue;
                }
                carriers++;
                if (g.inked()) {
                    problems.add(String.format(
                            "page %d, glyph reading %s at (%.1f, %.1f) has an outline",
                            g.page() + 1,
                            u.codePoints()
                                    .mapToObj(c -> String.format("U+%04X", c))
                                    .toList(),
                            g.x(),
                            g.y()));
                }
            }
        }
        System.out.printf(
                "%s: %d glyphs drawn for their text alone, %d problems%n", edition, carriers, problems.size());
        assertThat(carriers).isPositive();
        assertThat(problems).isEmpty();
    }
}

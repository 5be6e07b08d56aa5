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
 * Glyphs drawn only for text extraction — those whose text is a bidi mark or another invisible format
 * character, such as the U+200F the writer puts before left-to-right runs — must not show: zero width
 * and no outline. (A visible glyph there prints a stray mark beside every number and acronym.)
 */
class InvisibleGlyphTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"observatory", "grain-corridors", "water-briefs"})
    void formatCharacterGlyphsHaveNoInkAndNoWidth(String edition) throws IOException {
        List<String> problems = new ArrayList<>();
        int invisible = 0;
        try (PDDocument doc = Loader.loadPDF(Editions.pdf(edition))) {
            for (PdfGlyphReader.PlacedGlyph g : PdfGlyphReader.read(doc)) {
                String u = g.unicode();
                if (u == null || u.isEmpty() || !u.chars().allMatch(c -> Character.getType(c) == Character.FORMAT)) {
                    continue;
                }
                invisible++;
                String where = String.format("page %d, U+%04X at (%.1f, %.1f)", g.page() + 1, (int) u.charAt(0), g.x(),
                        g.y());
                if (g.width() != 0) {
                    problems.add(where + ": width " + g.width());
                }
                if (g.inked()) {
                    problems.add(where + ": the glyph has an outline");
                }
            }
        }
        System.out.printf("%s: %d invisible glyphs drawn, %d problems%n", edition, invisible, problems.size());
        assertThat(problems).isEmpty();
    }
}

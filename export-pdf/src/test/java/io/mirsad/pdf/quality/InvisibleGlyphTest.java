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
 * Glyphs drawn only for text extraction must not show: those reading as a bidi mark (the U+200F before
 * left-to-right runs, with a space where pdf.js needs one), a word joiner (the U+2060 filling a kerning gap)
 * or a space have no outline, and those reading as a bidi mark alone no width either. (A visible glyph
 * there prints a stray mark beside every number and acronym.) Glyphs reading as U+200D are the font's and
 * the justifier's kashidas and marks, which are drawn on purpose.
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
                if (u == null || u.isEmpty() || !u.chars().allMatch(c -> c == 0x200F || c == 0x2060 || c == ' ')) {
                    continue;
                }
                invisible++;
                String where =
                        String.format("page %d, U+%04X at (%.1f, %.1f)", g.page() + 1, (int) u.charAt(0), g.x(), g.y());
                if (u.equals("\u200F") && g.width() != 0) {
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

package io.mirsad.pdf.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PDFBox's own text extraction, reading the content stream in order (no sorting by position), must
 * give back every word of each edition — numbers, Latin acronyms and bracketed text inside
 * right-to-left paragraphs included — in logical order. Tatweel is ignored in the comparison (see
 * {@link SourceTokens.Spelling#IGNORING_TATWEEL}); the exact figure is printed beside it.
 */
class TextExtractionTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"observatory", "grain-corridors", "water-briefs"})
    void pdfTextStripperGivesBackEveryWordInLogicalOrder(String edition) throws IOException {
        String text;
        try (PDDocument doc = Loader.loadPDF(Editions.pdf(edition))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            text = stripper.getText(doc);
        }
        List<SourceTokens.Unit> units = SourceTokens.of(Editions.digest(edition));
        System.out.println(TokenRecall.measure(units, text, SourceTokens.Spelling.EXACT)
                .summary(edition, "PDFTextStripper"));
        TokenRecall recall = TokenRecall.measure(units, text, SourceTokens.Spelling.IGNORING_TATWEEL);
        System.out.println(recall.summary(edition, "PDFTextStripper"));
        recall.missing().forEach(m -> System.out.println("  missing " + m));
        recall.disordered().forEach(d -> System.out.println("  out of order " + d));
        assertThat(recall.missing()).as("tokens PDFTextStripper does not give back").isEmpty();
        assertThat(recall.inOrder()).as("tokens in logical order").isEqualTo(recall.tokens());
    }
}

package io.mirsad.pdf.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * PDFBox's own text extraction (what Apache Tika, and so most search indexes, read PDFs with), reading the
 * content stream in order (no sorting by position), must give back every word of every edition in every
 * layout — numbers, Latin acronyms, bracketed text, harakat, words with kashidas inside right-to-left
 * paragraphs included — spelled exactly and in logical order.
 *
 * <p>One exception, PDFBox's own: it mirrors a paired bracket in a right-to-left run that the font has
 * already drawn mirrored, so {@code <تجريبية>} comes back as {@code >تجريبية<} (poppler reads it right).
 * A token missing only that way is accepted, and only that way.
 */
class TextExtractionTest {

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("io.mirsad.pdf.quality.Editions#allInEveryLayout")
    void pdfTextStripperGivesBackEveryWordInLogicalOrder(String edition, String layout) throws IOException {
        String text;
        try (PDDocument doc = Loader.loadPDF(Editions.pdf(edition, layout))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            text = stripper.getText(doc);
        }
        List<SourceTokens.Unit> units = SourceTokens.of(Editions.digest(edition));
        TokenRecall recall = TokenRecall.measure(units, text);
        System.out.println(recall.summary(edition + " " + layout, "PDFTextStripper"));
        recall.missing().forEach(m -> System.out.println("  missing " + m));
        recall.disordered().forEach(d -> System.out.println("  out of order " + d));
        List<String> extracted = SourceTokens.tokenize(text);
        List<String> missing = recall.missing().stream()
                .map(m -> m.substring(m.indexOf(": ") + 2).split(" ")[0])
                .filter(token -> !extracted.contains(mirrored(token)))
                .toList();
        assertThat(missing).as("tokens PDFTextStripper does not give back").isEmpty();
        assertThat(recall.inOrder())
                .as("tokens in logical order")
                .isEqualTo(recall.tokens() - recall.missing().size());
    }

    private static String mirrored(String token) {
        return token.chars()
                .map(c -> c == '<' ? '>' : c == '>' ? '<' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }
}

package io.mirsad.pdf.internal.layout;

import static io.mirsad.pdf.internal.layout.PageChecks.assertPrintRules;
import static io.mirsad.pdf.internal.layout.PageChecks.lastColumns;
import static io.mirsad.pdf.internal.layout.PageChecks.tallestLine;
import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.digest.Digest;
import java.io.IOException;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageFlowTest {
    private static final String[][] LAYOUTS = {
        {"pdf.paper", "a4", "pdf.columns", "1"},
        {"pdf.paper", "a4", "pdf.columns", "2"},
        {"pdf.paper", "a5", "pdf.columns", "1"},
        {"pdf.paper", "a5", "pdf.columns", "2"},
    };

    /** A short digest (one page), a medium one (two or three) and a long one, in every layout. */
    @ParameterizedTest
    @CsvSource({
        "1, 2, a4, 1", "1, 2, a4, 2", "1, 2, a5, 1", "1, 2, a5, 2",
        "4, 3, a4, 1", "4, 3, a4, 2", "4, 3, a5, 1", "4, 3, a5, 2",
        "12, 3, a4, 1", "12, 3, a4, 2", "12, 3, a5, 1", "12, 3, a5, 2",
    })
    void digestsOfEveryLengthKeepThePrintRules(int sections, int paragraphs, String paper, String columns)
            throws IOException {
        Digest digest = LayoutDigests.digest(sections, new int[] {4, 1, 7, 2, 5}, paragraphs);
        List<PageLayout> pages =
                LayoutDigests.pages(digest, LayoutDigests.layout("pdf.paper", paper, "pdf.columns", columns));
        assertPrintRules(pages);
        if (columns.equals("2")) {
            PageChecks.assertBalanced(lastColumns(pages));
        }
    }

    @ParameterizedTest
    @CsvSource({"a4", "a5"})
    void theSampleInTwoColumnsEndsBothColumnsOfItsLastPageTogether(String paper) throws IOException {
        List<PageLayout> pages = LayoutDigests.pages(
                LayoutDigests.sample(), LayoutDigests.layout("pdf.paper", paper, "pdf.columns", "2"));
        assertPrintRules(pages);
        List<PageChecks.Column> last = lastColumns(pages);
        assertThat(last).hasSize(2);
        assertThat(Math.abs(last.get(0).bottom() - last.get(1).bottom())).isLessThanOrEqualTo(tallestLine(last));
        assertThat(last.get(0).lines()).anyMatch(p -> p.line().role() == Role.HEADLINE);
        assertThat(last.get(1).lines()).anyMatch(p -> p.line().role() == Role.HEADLINE);
    }

    @Property(tries = 40)
    void keepsHoldInEveryLayout(
            @ForAll @LongRange(min = 1, max = 1_000_000) long seed, @ForAll @IntRange(min = 0, max = 3) int layout)
            throws IOException {
        List<PageLayout> pages = LayoutDigests.pages(LayoutDigests.random(seed), LayoutDigests.layout(LAYOUTS[layout]));
        assertPrintRules(pages);
    }

    @Property(tries = 60)
    void lastPageColumnsAreBalanced(
            @ForAll @LongRange(min = 1, max = 1_000_000) long seed, @ForAll @IntRange(min = 0, max = 1) int a5)
            throws IOException {
        List<PageLayout> pages =
                LayoutDigests.pages(LayoutDigests.random(seed), LayoutDigests.layout(LAYOUTS[1 + 2 * a5]));
        PageChecks.assertBalanced(lastColumns(pages));
    }
}

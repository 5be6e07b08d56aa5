package io.mirsad.pdf.internal.layout;

import static io.mirsad.pdf.internal.layout.PageChecks.assertPrintRules;
import static io.mirsad.pdf.internal.layout.PageChecks.lastColumns;
import static io.mirsad.pdf.internal.layout.PageChecks.tallestLine;
import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.digest.Digest;
import io.mirsad.pdf.PdfLayout;
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

    @Property(tries = 40)
    void keepsHoldInEveryLayout(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                @ForAll @IntRange(min = 0, max = 3) int layout) throws IOException {
        List<PageLayout> pages = LayoutDigests.pages(LayoutDigests.random(seed),
                LayoutDigests.layout(LAYOUTS[layout]));
        assertPrintRules(pages);
    }

    @Property(tries = 60)
    void lastPageColumnsAreBalanced(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                    @ForAll @IntRange(min = 0, max = 1) int a5) throws IOException {
        List<PageLayout> pages = LayoutDigests.pages(LayoutDigests.random(seed),
                LayoutDigests.layout(LAYOUTS[1 + 2 * a5]));
        PageChecks.assertBalanced(lastColumns(pages));
    }
}

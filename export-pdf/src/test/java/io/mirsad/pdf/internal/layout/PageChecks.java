package io.mirsad.pdf.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads laid-out pages the way a reader checks them: what ends each column, how paragraphs split. */
final class PageChecks {
    private static final float EPSILON = 0.05f;

    private PageChecks() {}

    /** The placements of one column of one page, top to bottom. */
    record Column(int page, int column, int columns, List<Placement> lines) {
        float bottom() {
            return lines.get(lines.size() - 1).bottom();
        }

        Placement last() {
            return lines.get(lines.size() - 1);
        }
    }

    /** Every column of every page, in reading order; text across the whole block counts as one column. */
    static List<Column> columns(List<PageLayout> pages) {
        List<Column> columns = new ArrayList<>();
        for (PageLayout page : pages) {
            Column current = null;
            for (Placement p : page.placements()) {
                if (current == null || current.column() != p.column() || current.columns() != p.columns()) {
                    current = new Column(page.number(), p.column(), p.columns(), new ArrayList<>());
                    columns.add(current);
                }
                current.lines().add(p);
            }
        }
        return columns;
    }

    /** Asserts all the keeps and that every line is placed once, in order, inside the text block. */
    static void assertPrintRules(List<PageLayout> pages) {
        assertEveryLineOnceInOrder(pages);
        assertInsideTextBlock(pages);
        List<Column> columns = columns(pages);
        assertNoHeadlineEndsAColumn(columns);
        assertNoWidowsOrOrphans(columns);
        assertSourceLinesKeepWithTheirParagraph(columns);
    }

    static void assertEveryLineOnceInOrder(List<PageLayout> pages) {
        int block = -1;
        int index = -1;
        int count = 0;
        for (PageLayout page : pages) {
            for (Placement p : page.placements()) {
                FlowLine l = p.line();
                if (l.block() != block) {
                    assertThat(index)
                            .as("block %d ended after line %d of %d", block, index, count)
                            .isEqualTo(count - 1);
                    assertThat(l.block()).as("blocks in order").isGreaterThan(block);
                    assertThat(l.index())
                            .as("block %d starts with its first line", l.block())
                            .isZero();
                } else {
                    assertThat(l.index())
                            .as("line after %d of block %d", index, block)
                            .isEqualTo(index + 1);
                }
                block = l.block();
                index = l.index();
                count = l.count();
            }
        }
        assertThat(index).isEqualTo(count - 1);
    }

    static void assertInsideTextBlock(List<PageLayout> pages) {
        for (PageLayout page : pages) {
            for (Placement p : page.placements()) {
                assertThat(p.top())
                        .as("top of %s on page %d", p.line().role(), page.number())
                        .isLessThanOrEqualTo(page.top() + EPSILON);
                assertThat(p.bottom())
                        .as("bottom of %s on page %d", p.line().role(), page.number())
                        .isGreaterThanOrEqualTo(page.bottom() - EPSILON);
            }
        }
    }

    /** A headline is followed in its column by at least two lines of its first paragraph (or all of a shorter one). */
    static void assertNoHeadlineEndsAColumn(List<Column> columns) {
        for (Column c : columns) {
            List<Placement> lines = c.lines();
            for (int i = 0; i < lines.size(); i++) {
                FlowLine l = lines.get(i).line();
                if (l.role() != Role.HEADLINE || l.index() != l.count() - 1) {
                    continue;
                }
                int following = 0;
                int need = 0;
                for (int j = i + 1; j < lines.size() && lines.get(j).line().block() == l.block() + 1; j++) {
                    following++;
                    need = Math.min(2, lines.get(j).line().count());
                }
                assertThat(following)
                        .as("lines after headline on page %d column %d", c.page(), c.column())
                        .isPositive()
                        .isGreaterThanOrEqualTo(need);
            }
        }
    }

    /** No paragraph leaves one line alone in a column; paragraphs under three lines and headlines never split. */
    static void assertNoWidowsOrOrphans(List<Column> columns) {
        Map<Integer, List<Integer>> pieces = new LinkedHashMap<>();
        Map<Integer, FlowLine> first = new LinkedHashMap<>();
        for (Column c : columns) {
            Map<Integer, Integer> here = new LinkedHashMap<>();
            for (Placement p : c.lines()) {
                here.merge(p.line().block(), 1, Integer::sum);
                first.putIfAbsent(p.line().block(), p.line());
            }
            here.forEach((block, n) ->
                    pieces.computeIfAbsent(block, b -> new ArrayList<>()).add(n));
        }
        pieces.forEach((block, parts) -> {
            FlowLine l = first.get(block);
            if (parts.size() == 1) {
                return;
            }
            assertThat(l.role().splits())
                    .as("%s split over %s columns", l.role(), parts)
                    .isTrue();
            assertThat(l.count()).as("lines of a split paragraph").isGreaterThanOrEqualTo(3);
            assertThat(parts)
                    .as("lines per column of a split %d-line paragraph", l.count())
                    .allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(2));
        });
    }

    /** A source line never opens a column: the last line of the paragraph above it stands just over it. */
    static void assertSourceLinesKeepWithTheirParagraph(List<Column> columns) {
        for (Column c : columns) {
            List<Placement> lines = c.lines();
            for (int i = 0; i < lines.size(); i++) {
                FlowLine l = lines.get(i).line();
                if (l.role() != Role.SOURCE_LINE || l.index() != 0) {
                    continue;
                }
                assertThat(i)
                        .as("source line opens page %d column %d", c.page(), c.column())
                        .isPositive();
                FlowLine above = lines.get(i - 1).line();
                assertThat(above.block()).isEqualTo(l.block() - 1);
                assertThat(above.index()).isEqualTo(above.count() - 1);
            }
        }
    }

    /** The columns of the last stretch of two-column text: the one on the last page of the body. */
    static List<Column> lastColumns(List<PageLayout> pages) {
        List<Column> all = columns(pages);
        List<Column> last = new ArrayList<>();
        for (Column c : all) {
            if (c.columns() > 1) {
                if (!last.isEmpty() && last.get(0).page() != c.page()) {
                    last.clear();
                }
                last.add(c);
            }
        }
        return last;
    }

    /**
     * The last stretch of two columns is balanced: its columns end within one line of each other, or no place
     * where a column may end gives a shorter tallest column.
     */
    static void assertBalanced(List<Column> last) {
        List<FlowLine> lines = new ArrayList<>();
        last.forEach(c -> c.lines().forEach(p -> lines.add(p.line())));
        float best = Float.MAX_VALUE;
        for (int b = 1; b < lines.size(); b++) {
            if (lines.get(b).breakBefore()
                    && (lines.get(b).block() != lines.get(0).block() || b >= 2)) {
                best = Math.min(
                        best,
                        Math.max(
                                ColumnBreaker.height(lines.subList(0, b)),
                                ColumnBreaker.height(lines.subList(b, lines.size()))));
            }
        }
        if (last.size() == 1) {
            assertThat(best)
                    .as("one column left although it could have been split")
                    .isEqualTo(Float.MAX_VALUE);
            return;
        }
        assertThat(last).hasSize(2);
        float difference = Math.abs(last.get(0).bottom() - last.get(1).bottom());
        if (difference > tallestLine(last) + EPSILON) {
            float chosen = 0;
            for (Column c : last) {
                chosen = Math.max(
                        chosen,
                        ColumnBreaker.height(
                                c.lines().stream().map(Placement::line).toList()));
            }
            assertThat(chosen)
                    .as("tallest column, with columns %.1f pt apart", difference)
                    .isLessThanOrEqualTo(best + EPSILON);
        }
    }

    /** The tallest line with the space above it among the columns: "one line" when columns are compared. */
    static float tallestLine(List<Column> columns) {
        float tallest = 0;
        for (Column c : columns) {
            for (Placement p : c.lines()) {
                tallest = Math.max(tallest, p.line().height() + p.line().spaceBefore());
            }
        }
        return tallest;
    }
}

package io.mirsad.pdf.quality;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares what a PDF draws with the golden HarfBuzz shaping, text by text. The glyphs of a golden
 * text must form one line of the PDF: the same glyphs in the same visual order, and, word by word,
 * the same relative positions (so mark offsets, kerning and cursive placement) within
 * {@link #TOLERANCE} font units. Spaces are left out on both sides (justification may stretch them,
 * and a writer may move the pen instead of drawing them), and so is any other glyph without an outline
 * (a writer may draw blank glyphs that only carry text, such as bidi marks): they put nothing on the page.
 * Marks are compared by place, not by drawing order: a writer may draw a line's marks after its letters,
 * and each must be found, with its glyph, where HarfBuzz puts it relative to its word's first letter.
 */
final class GoldenComparison {
    /** Two thousandths of an em: 0.024 pt at 12 pt, far below anything visible, above PDF number rounding. */
    static final double TOLERANCE = 2.0;

    /**
     * How one golden text came out. {@code problem} is {@code null} when everything agrees;
     * {@code deviation} is the largest position difference found, in font units (0 if glyphs differ).
     */
    record Outcome(String id, boolean glyphsAgree, int glyphs, int marks, double deviation, String problem) {
        boolean agrees() {
            return problem == null;
        }
    }

    /** One expected glyph with its absolute position in its run and the word segment it belongs to. */
    private record Expected(ShapingGolden.Glyph glyph, double x, double y, int segment) {}

    /** A drawn line's letters (advancing glyphs) in drawing order and its marks, each with its glyph ids. */
    private record DrawnLine(
            List<PdfGlyphReader.PlacedGlyph> letters,
            List<Set<Integer>> letterIds,
            List<PdfGlyphReader.PlacedGlyph> marks,
            List<Set<Integer>> markIds) {}

    private final List<DrawnLine> lines = new ArrayList<>();

    GoldenComparison(OriginalGlyphs originals, List<PdfGlyphReader.PlacedGlyph> drawn) throws IOException {
        for (GlyphLines.Line line : GlyphLines.of(drawn)) {
            DrawnLine kept = new DrawnLine(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            for (PdfGlyphReader.PlacedGlyph g : line.glyphs()) {
                if (g.inked()) {
                    (g.width() == 0 ? kept.marks() : kept.letters()).add(g);
                    (g.width() == 0 ? kept.markIds() : kept.letterIds()).add(originals.of(g));
                }
            }
            lines.add(kept);
        }
    }

    Outcome compare(ShapingGolden.Text text) {
        List<Expected> expected = expected(text);
        List<Expected> letters =
                expected.stream().filter(e -> !e.glyph().isMark()).toList();
        List<Expected> marks = expected.stream().filter(e -> e.glyph().isMark()).toList();
        int best = -1;
        int bestScore = -1;
        for (int i = 0; i < lines.size(); i++) {
            DrawnLine line = lines.get(i);
            int score = commonSubsequence(letters, line.letterIds()) + sameGlyphs(marks, line.markIds());
            if (score == expected.size()
                    && line.letters().size() == letters.size()
                    && line.marks().size() == marks.size()) {
                return positions(text.id(), letters, marks, line);
            }
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        String nearest = best < 0
                ? "the PDF draws no glyphs"
                : "nearest line (page "
                        + (lines.get(best).letters().isEmpty()
                                ? "?"
                                : lines.get(best).letters().get(0).page() + 1) + ") draws "
                        + describe(lines.get(best).letterIds())
                        + " and marks " + describe(lines.get(best).markIds());
        return new Outcome(
                text.id(),
                false,
                expected.size(),
                marks.size(),
                0,
                "no line draws HarfBuzz's glyphs "
                        + expected.stream()
                                .map(e -> String.valueOf(e.glyph().gid()))
                                .collect(Collectors.joining(" "))
                        + "; " + nearest);
    }

    /**
     * Compares positions relative to the first letter of each word: letters in order, and each mark with the
     * nearest unused drawn mark of its glyph. The problem names the first glyph beyond the tolerance.
     */
    private static Outcome positions(String id, List<Expected> letters, List<Expected> marks, DrawnLine line) {
        String problem = null;
        double deviation = 0;
        Map<Integer, Integer> firstLetter = new HashMap<>();
        for (int i = 0; i < letters.size(); i++) {
            firstLetter.putIfAbsent(letters.get(i).segment(), i);
        }
        for (int i = 0; i < letters.size(); i++) {
            int first = firstLetter.get(letters.get(i).segment());
            double off = offset(
                    letters.get(i),
                    letters.get(first),
                    line.letters().get(i),
                    line.letters().get(first));
            deviation = Math.max(deviation, off);
            if (off > TOLERANCE && problem == null) {
                problem = String.format(
                        "letter %d (gid %d) is %.1f font units from its place",
                        i, letters.get(i).glyph().gid(), off);
            }
        }
        boolean[] used = new boolean[line.marks().size()];
        for (Expected m : marks) {
            Integer first = firstLetter.get(m.segment());
            double nearest = Double.MAX_VALUE;
            int match = -1;
            for (int k = 0; k < used.length && first != null; k++) {
                if (!used[k] && line.markIds().get(k).contains(m.glyph().gid())) {
                    double off = offset(
                            m,
                            letters.get(first),
                            line.marks().get(k),
                            line.letters().get(first));
                    if (off < nearest) {
                        nearest = off;
                        match = k;
                    }
                }
            }
            if (match >= 0) {
                used[match] = true;
            }
            deviation = Math.max(deviation, nearest);
            if (nearest > TOLERANCE && problem == null) {
                problem = String.format(
                        "no mark gid %d within %.0f font units of its place (nearest %.1f)",
                        m.glyph().gid(), TOLERANCE, nearest);
            }
        }
        return new Outcome(id, true, letters.size() + marks.size(), marks.size(), deviation, problem);
    }

    /** How far, in font units, {@code g} is from its place relative to {@code h} ({@code e}, {@code f} expected). */
    private static double offset(Expected e, Expected f, PdfGlyphReader.PlacedGlyph g, PdfGlyphReader.PlacedGlyph h) {
        double units = ShapingGolden.UNITS_PER_EM / g.size();
        double dx = (g.x() - h.x()) * units;
        double dy = (g.y() - h.y()) * units;
        return Math.max(Math.abs(dx - (e.x() - f.x())), Math.abs(dy - (e.y() - f.y())));
    }

    /** How many expected marks a drawn mark of the same glyph can be paired with, order aside. */
    private static int sameGlyphs(List<Expected> marks, List<Set<Integer>> drawn) {
        boolean[] used = new boolean[drawn.size()];
        int paired = 0;
        for (Expected m : marks) {
            for (int k = 0; k < used.length; k++) {
                if (!used[k] && drawn.get(k).contains(m.glyph().gid())) {
                    used[k] = true;
                    paired++;
                    break;
                }
            }
        }
        return paired;
    }

    /** The golden glyphs without spaces, each with its position and word segment. */
    private static List<Expected> expected(ShapingGolden.Text text) {
        List<Expected> out = new ArrayList<>();
        int segment = 0;
        for (ShapingGolden.Run run : text.runs()) {
            segment++;
            double pen = 0;
            for (ShapingGolden.Glyph g : run.glyphs()) {
                if (Character.isWhitespace(text.text().charAt(g.cluster()))) {
                    segment++;
                } else {
                    out.add(new Expected(g, pen + g.dx(), g.dy(), segment));
                }
                pen += g.advance();
            }
        }
        return out;
    }

    /** Length of the longest common subsequence of the expected glyph ids and a line's glyphs. */
    private static int commonSubsequence(List<Expected> expected, List<Set<Integer>> drawn) {
        int[][] t = new int[expected.size() + 1][drawn.size() + 1];
        for (int i = 1; i <= expected.size(); i++) {
            for (int j = 1; j <= drawn.size(); j++) {
                t[i][j] = drawn.get(j - 1).contains(expected.get(i - 1).glyph().gid())
                        ? t[i - 1][j - 1] + 1
                        : Math.max(t[i - 1][j], t[i][j - 1]);
            }
        }
        return t[expected.size()][drawn.size()];
    }

    private static String describe(List<Set<Integer>> ids) {
        return ids.stream()
                .map(s ->
                        s.isEmpty() ? "?" : s.size() == 1 ? s.iterator().next().toString() : s.toString())
                .collect(Collectors.joining(" "));
    }
}

package io.mirsad.pdf.quality;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares what a PDF draws with the golden HarfBuzz shaping, text by text. The glyphs of a golden
 * text must form one line of the PDF: the same glyphs in the same visual order, and, word by word,
 * the same relative positions (so mark offsets, kerning and cursive placement) within
 * {@link #TOLERANCE} font units. Spaces are left out on both sides (justification may stretch them,
 * and a writer may move the pen instead of drawing them), and so are zero-width bidi marks a writer
 * adds for text extraction and any other glyph without an outline (a writer may draw blank glyphs
 * that only carry text): they put nothing on the page.
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
    private record Expected(ShapingGolden.Glyph glyph, double x, double y, int segment) {
    }

    private final List<List<PdfGlyphReader.PlacedGlyph>> lines = new ArrayList<>();
    private final List<List<Set<Integer>>> lineIds = new ArrayList<>();

    GoldenComparison(OriginalGlyphs originals, List<PdfGlyphReader.PlacedGlyph> drawn) throws IOException {
        for (GlyphLines.Line line : GlyphLines.of(drawn)) {
            List<PdfGlyphReader.PlacedGlyph> kept = new ArrayList<>();
            for (PdfGlyphReader.PlacedGlyph g : line.glyphs()) {
                if (!ignorable(g) && g.inked()) {
                    kept.add(g);
                }
            }
            List<Set<Integer>> ids = new ArrayList<>();
            for (PdfGlyphReader.PlacedGlyph g : kept) {
                ids.add(originals.of(g));
            }
            lines.add(kept);
            lineIds.add(ids);
        }
    }

    Outcome compare(ShapingGolden.Text text) {
        List<Expected> expected = expected(text);
        int marks = (int) expected.stream().filter(e -> e.glyph().isMark()).count();
        int best = -1;
        int bestScore = -1;
        for (int i = 0; i < lines.size(); i++) {
            int score = commonSubsequence(expected, lineIds.get(i));
            if (score == expected.size() && lineIds.get(i).size() == expected.size()) {
                return positions(text.id(), expected, marks, lines.get(i));
            }
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        String nearest = best < 0 ? "the PDF draws no glyphs"
                : "nearest line (page " + (lines.get(best).isEmpty() ? "?" : lines.get(best).get(0).page() + 1)
                + ") draws " + describe(lineIds.get(best));
        return new Outcome(text.id(), false, expected.size(), marks, 0, "no line draws HarfBuzz's glyphs "
                + expected.stream().map(e -> String.valueOf(e.glyph().gid())).collect(Collectors.joining(" "))
                + "; " + nearest);
    }

    /** Compares positions, word by word; the problem names the first glyph beyond the tolerance. */
    private static Outcome positions(String id, List<Expected> expected, int marks,
                                     List<PdfGlyphReader.PlacedGlyph> line) {
        String problem = null;
        double deviation = 0;
        int first = 0;
        for (int i = 0; i < expected.size(); i++) {
            if (expected.get(i).segment() != expected.get(first).segment()) {
                first = i;
            }
            Expected e = expected.get(i);
            Expected f = expected.get(first);
            PdfGlyphReader.PlacedGlyph g = line.get(i);
            PdfGlyphReader.PlacedGlyph h = line.get(first);
            double units = ShapingGolden.UNITS_PER_EM / g.size();
            double dx = (g.x() - h.x()) * units;
            double dy = (g.y() - h.y()) * units;
            double off = Math.max(Math.abs(dx - (e.x() - f.x())), Math.abs(dy - (e.y() - f.y())));
            deviation = Math.max(deviation, off);
            if (off > TOLERANCE && problem == null) {
                problem = String.format("glyph %d (gid %d) sits at (%.1f, %.1f) from its word's first glyph, "
                        + "HarfBuzz (%.0f, %.0f) font units", i, e.glyph().gid(), dx, dy, e.x() - f.x(),
                        e.y() - f.y());
            }
        }
        return new Outcome(id, true, expected.size(), marks, deviation, problem);
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

    /** Spaces and zero-width bidi controls: not part of shaping. */
    private static boolean ignorable(PdfGlyphReader.PlacedGlyph g) {
        String u = g.unicode();
        return u != null && !u.isEmpty() && u.chars().allMatch(c -> Character.isWhitespace(c)
                || Character.isSpaceChar(c) || g.width() == 0 && Character.getType(c) == Character.FORMAT);
    }

    /** Length of the longest common subsequence of the expected glyph ids and a line's glyphs. */
    private static int commonSubsequence(List<Expected> expected, List<Set<Integer>> drawn) {
        int[][] t = new int[expected.size() + 1][drawn.size() + 1];
        for (int i = 1; i <= expected.size(); i++) {
            for (int j = 1; j <= drawn.size(); j++) {
                t[i][j] = drawn.get(j - 1).contains(expected.get(i - 1).glyph().gid()) ? t[i - 1][j - 1] + 1
                        : Math.max(t[i - 1][j], t[i][j - 1]);
            }
        }
        return t[expected.size()][drawn.size()];
    }

    private static String describe(List<Set<Integer>> ids) {
        return ids.stream().map(s -> s.isEmpty() ? "?" : s.size() == 1 ? s.iterator().next().toString()
                : s.toString()).collect(Collectors.joining(" "));
    }
}

package io.mirsad.pdf.quality;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups the glyphs a PDF draws into lines: a line is a stretch of content-stream order whose
 * advancing glyphs share a baseline. Zero-width glyphs (marks, which Arabic shaping moves up and down)
 * join the line whose baseline is nearer.
 */
final class GlyphLines {
    /** Advancing glyphs further than this from the baseline, in ems, start a new line. */
    private static final double BASELINE_TOLERANCE_EM = 0.3;

    /** One line of drawn glyphs, in content-stream order. */
    record Line(int page, double baseline, List<PdfGlyphReader.PlacedGlyph> glyphs) {}

    private GlyphLines() {}

    static List<Line> of(List<PdfGlyphReader.PlacedGlyph> glyphs) {
        List<Line> lines = new ArrayList<>();
        List<PdfGlyphReader.PlacedGlyph> current = new ArrayList<>();
        List<PdfGlyphReader.PlacedGlyph> pendingMarks = new ArrayList<>();
        double baseline = Double.NaN;
        int page = -1;
        for (PdfGlyphReader.PlacedGlyph g : glyphs) {
            if (g.width() == 0) {
                if (g.page() != page && !current.isEmpty()) {
                    current.addAll(pendingMarks);
                    pendingMarks.clear();
                    lines.add(new Line(page, baseline, List.copyOf(current)));
                    current.clear();
                    baseline = Double.NaN;
                }
                page = g.page();
                pendingMarks.add(g);
                continue;
            }
            boolean newLine = g.page() != page
                    || !Double.isNaN(baseline) && Math.abs(g.y() - baseline) > BASELINE_TOLERANCE_EM * g.size();
            if (newLine && !current.isEmpty()) {
                List<PdfGlyphReader.PlacedGlyph> carried = new ArrayList<>();
                for (PdfGlyphReader.PlacedGlyph mark : pendingMarks) {
                    boolean nearerOld = g.page() == page && Math.abs(mark.y() - baseline) < Math.abs(mark.y() - g.y());
                    (nearerOld ? current : carried).add(mark);
                }
                lines.add(new Line(page, baseline, List.copyOf(current)));
                current.clear();
                pendingMarks = carried;
            }
            if (newLine || Double.isNaN(baseline)) {
                baseline = g.y();
            }
            page = g.page();
            current.addAll(pendingMarks);
            pendingMarks.clear();
            current.add(g);
        }
        current.addAll(pendingMarks);
        if (!current.isEmpty()) {
            lines.add(new Line(page, baseline, List.copyOf(current)));
        }
        return lines;
    }
}

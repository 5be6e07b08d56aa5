package io.mirsad.pdf;

import io.mirsad.export.ExportException;

/**
 * Page margins in points. The running header sits in the top margin and the folio in the bottom one.
 *
 * @param top    above the text block
 * @param right  right of the text block
 * @param bottom below the text block
 * @param left   left of the text block
 */
public record Margins(float top, float right, float bottom, float left) {
    /** For A4: about 2 cm at the sides, a little more above and below for the header and folio. */
    public static final Margins DEFAULT = new Margins(68, 56, 62, 56);

    public Margins {
        if (top < 0 || right < 0 || bottom < 0 || left < 0) {
            throw new IllegalArgumentException("margins cannot be negative");
        }
    }

    /** {@link #DEFAULT} scaled from A4 to another paper size, so smaller pages keep their proportions. */
    public static Margins defaultFor(PaperSize paper) {
        float x = paper.width() / PaperSize.A4.width();
        float y = paper.height() / PaperSize.A4.height();
        return new Margins(DEFAULT.top * y, DEFAULT.right * x, DEFAULT.bottom * y, DEFAULT.left * x);
    }

    /** The same margin on every side. */
    public static Margins uniform(float points) {
        return new Margins(points, points, points, points);
    }

    /**
     * Parses one value for all sides or four ({@code top,right,bottom,left}), each in points or with an
     * {@code mm}, {@code pt} or {@code in} suffix: {@code 20mm}, {@code 60,50,60,50}.
     */
    public static Margins parse(String text) {
        String[] parts = text.split(",");
        if (parts.length != 1 && parts.length != 4) {
            throw new ExportException("margins '" + text + "': give one value or four (top,right,bottom,left)");
        }
        float[] v = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                v[i] = Lengths.points(parts[i]);
            } catch (NumberFormatException e) {
                throw new ExportException("margins '" + text + "': '" + parts[i].trim() + "' is not a length");
            }
        }
        try {
            return v.length == 1 ? uniform(v[0]) : new Margins(v[0], v[1], v[2], v[3]);
        } catch (IllegalArgumentException e) {
            throw new ExportException("margins '" + text + "': " + e.getMessage());
        }
    }
}

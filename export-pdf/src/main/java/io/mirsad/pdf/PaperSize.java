package io.mirsad.pdf;

import io.mirsad.export.ExportException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page size in PostScript points (1/72 inch).
 *
 * @param width  page width in points
 * @param height page height in points
 */
public record PaperSize(float width, float height) {
    /** ISO A4, 210 × 297 mm: the default. */
    public static final PaperSize A4 = millimetres(210, 297);
    /** ISO A5, 148 × 210 mm. */
    public static final PaperSize A5 = millimetres(148, 210);
    /** US Letter, 8.5 × 11 in. */
    public static final PaperSize LETTER = new PaperSize(612, 792);

    private static final Pattern CUSTOM =
            Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*[x×]\\s*(\\d+(?:\\.\\d+)?)\\s*(mm|pt|in)?");

    public PaperSize {
        if (!(width >= 72 && height >= 72 && width <= 14400 && height <= 14400)) {
            throw new IllegalArgumentException(
                    "paper must be between 1 and 200 inches a side, got " + width + " × " + height + " pt");
        }
    }

    /** A size given in millimetres. */
    public static PaperSize millimetres(double width, double height) {
        return new PaperSize((float) (width * 72 / 25.4), (float) (height * 72 / 25.4));
    }

    /**
     * Parses {@code a4}, {@code a5}, {@code letter}, or a custom size such as {@code 170x240mm},
     * {@code 6x9in} or {@code 500x700pt} (points when no unit is given).
     *
     * @throws ExportException naming the accepted forms
     */
    public static PaperSize parse(String text) {
        String s = text.trim().toLowerCase(Locale.ROOT);
        switch (s) {
            case "a4":
                return A4;
            case "a5":
                return A5;
            case "letter":
                return LETTER;
            default:
                break;
        }
        Matcher m = CUSTOM.matcher(s);
        if (!m.matches()) {
            throw new ExportException("paper '" + text + "': use a4, a5, letter or WIDTHxHEIGHT with mm, in or pt");
        }
        double w = Double.parseDouble(m.group(1));
        double h = Double.parseDouble(m.group(2));
        double unit = "mm".equals(m.group(3)) ? 72 / 25.4 : "in".equals(m.group(3)) ? 72 : 1;
        try {
            return new PaperSize((float) (w * unit), (float) (h * unit));
        } catch (IllegalArgumentException e) {
            throw new ExportException("paper '" + text + "': " + e.getMessage());
        }
    }
}

package io.mirsad.pdf;

import io.mirsad.export.ExportException;

/**
 * What a print shop needs around the page: bleed, and crop marks showing where to trim. With bleed the
 * PDF's MediaBox grows beyond the page size, the TrimBox stays at the page size and the BleedBox marks the
 * bleed; crop marks, drawn outside the bleed, grow the MediaBox further. The page content keeps its place
 * relative to the TrimBox.
 *
 * @param points    the bleed in points on every side, from 0 to {@link #MAX_POINTS}
 * @param cropMarks whether crop marks are drawn at the corners of the trim
 */
public record Bleed(float points, boolean cropMarks) {
    /** No bleed and no marks: the page is the paper. */
    public static final Bleed NONE = new Bleed(0, false);
    /** 20 mm: far more than any print shop asks for (3 to 5 mm is usual). */
    public static final float MAX_POINTS = 20 * 72 / 25.4f;

    public Bleed {
        if (!(points >= 0 && points <= MAX_POINTS)) {
            throw new IllegalArgumentException("bleed must be between 0 and 20 mm (56.69 pt), got " + points + " pt");
        }
    }

    /** Whether the page is grown beyond its trim at all. */
    public boolean any() {
        return points > 0 || cropMarks;
    }

    /** The same bleed, with or without crop marks. */
    public Bleed withCropMarks(boolean marks) {
        return new Bleed(points, marks);
    }

    /**
     * Parses a bleed such as {@code 3mm}, {@code 0.125in} or {@code 9pt} (points when no unit is given),
     * keeping {@code cropMarks}.
     *
     * @param option the option the text came from, named in the error
     * @throws ExportException naming the option if the text is not a length from 0 to 20 mm
     */
    public static Bleed parse(String option, String text, boolean cropMarks) {
        try {
            return new Bleed(Lengths.points(text), cropMarks);
        } catch (NumberFormatException e) {
            throw new ExportException(
                    "option " + option + ": '" + text + "' is not a length (give e.g. 3mm, 0.125in or 9pt)");
        } catch (IllegalArgumentException e) {
            throw new ExportException("option " + option + ": '" + text + "' is outside 0 to 20 mm");
        }
    }
}

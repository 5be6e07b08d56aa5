package io.mirsad.pdf.internal.write;

/**
 * Crop marks: at each corner of the trim, two short hairlines in line with its edges, starting outside the
 * bleed so that none shows on the trimmed page. Drawn in a content-stream step of their own, after the page,
 * so that it can be tagged as an artifact as a whole.
 */
final class CropMarks {
    /** 6 mm long: the usual length, easy to align a guillotine on. */
    static final float LENGTH = 6 * 72 / 25.4f;
    /** Marks start at least 3 mm from the trim, and never inside the bleed. */
    static final float MIN_OFFSET = 3 * 72 / 25.4f;

    private static final float WEIGHT = 0.25f;

    private CropMarks() {}

    /** How far from the trim the marks start. */
    static float offset(float bleed) {
        return Math.max(bleed, MIN_OFFSET);
    }

    /** Draws the marks around a trim of {@code width} × {@code height} points with its corner at the origin. */
    static void draw(ContentStream out, float width, float height, float bleed, int rgb) {
        float from = offset(bleed);
        float to = from + LENGTH;
        out.op("q");
        out.strokeColor(rgb);
        out.num(WEIGHT).op("w");
        for (float x : new float[] {0, width}) {
            for (float y : new float[] {0, height}) {
                float outX = x == 0 ? -1 : 1;
                float outY = y == 0 ? -1 : 1;
                out.num(x + outX * from)
                        .num(y)
                        .op("m")
                        .num(x + outX * to)
                        .num(y)
                        .op("l");
                out.num(x)
                        .num(y + outY * from)
                        .op("m")
                        .num(x)
                        .num(y + outY * to)
                        .op("l");
            }
        }
        out.op("S");
        out.op("Q");
    }
}

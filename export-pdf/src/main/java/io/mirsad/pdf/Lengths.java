package io.mirsad.pdf;

import java.util.Locale;

/** Lengths written in options: points, or with a {@code pt}, {@code mm} or {@code in} suffix. */
final class Lengths {
    private static final double POINTS_PER_MM = 72 / 25.4;

    private Lengths() {}

    /**
     * The length in points.
     *
     * @throws NumberFormatException if the text is not a number with one of the accepted units
     */
    static float points(String text) {
        String s = text.trim().toLowerCase(Locale.ROOT);
        double unit = 1;
        if (s.endsWith("mm")) {
            unit = POINTS_PER_MM;
        } else if (s.endsWith("in")) {
            unit = 72;
        } else if (!s.endsWith("pt")) {
            return Float.parseFloat(s.isEmpty() || !Character.isDigit(s.charAt(s.length() - 1)) ? "x" : s);
        }
        String number = s.substring(0, s.length() - 2).trim();
        return (float) (Double.parseDouble(number.isEmpty() ? "x" : number) * unit);
    }
}

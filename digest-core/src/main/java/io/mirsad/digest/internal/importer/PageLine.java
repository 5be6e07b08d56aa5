package io.mirsad.digest.internal.importer;

/**
 * A line of the page that carries text.
 *
 * @param number the line's number in the page, from 1
 * @param text   the line with its whitespace {@linkplain LineNormaliser normalised}
 */
public record PageLine(int number, String text) {

    /** How many space-separated words the line has. */
    public int words() {
        return text.isEmpty() ? 0 : text.split(" ").length;
    }
}

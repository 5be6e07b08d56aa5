package io.mirsad.pdf.internal.layout;

/** How the lines of a paragraph sit in their measure. */
public enum Alignment {
    /** Filled to the measure, the last line at the start side. */
    JUSTIFY,
    /** At the start side: the right in a right-to-left paragraph. */
    START,
    /** Centred. */
    CENTER
}

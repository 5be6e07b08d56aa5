package io.mirsad.pdf.internal.layout;

/**
 * Every colour the edition prints, defined once, so that a CMYK or PDF/X output can map each ink by name
 * instead of hunting for RGB values through the layout.
 */
public enum Palette {
    /** Body text and headlines: a near-black that prints as one dense ink. */
    INK(0x1A1A1A),
    /** Quotations, a step lighter than the body. */
    QUOTE(0x3A3A3A),
    /** Bylines, dates, notes, the running header and folios. */
    GREY(0x5C5C5C),
    /** The series kicker, emphasis, links and source addresses. */
    ACCENT(0x8A1C2B),
    /** Hairline rules. */
    RULE(0xB8B0A8),
    /** Crop marks: registration, printed on every separation. */
    REGISTRATION(0x000000);

    private final int rgb;

    Palette(int rgb) {
        this.rgb = rgb;
    }

    /** The colour as 0xRRGGBB. */
    public int rgb() {
        return rgb;
    }
}

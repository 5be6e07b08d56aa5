package io.mirsad.docx;

import java.util.Locale;

/**
 * The page size, in twentieths of a point (twips) as WordprocessingML measures it, with the
 * margins the edition is set with.
 */
public enum Paper {
    /** ISO A4, 210 × 297 mm: the default. */
    A4(11906, 16838, 1418, 1247),
    /** ISO A5, 148 × 210 mm. */
    A5(8391, 11906, 1077, 964),
    /** US Letter, 8.5 × 11 in. */
    LETTER(12240, 15840, 1440, 1304);

    private final int width;
    private final int height;
    private final int verticalMargin;
    private final int horizontalMargin;

    Paper(int width, int height, int verticalMargin, int horizontalMargin) {
        this.width = width;
        this.height = height;
        this.verticalMargin = verticalMargin;
        this.horizontalMargin = horizontalMargin;
    }

    /** Page width in twips. */
    public int width() {
        return width;
    }

    /** Page height in twips. */
    public int height() {
        return height;
    }

    /** Top and bottom margin in twips. */
    public int verticalMargin() {
        return verticalMargin;
    }

    /** Inner and outer margin in twips. */
    public int horizontalMargin() {
        return horizontalMargin;
    }

    /** The width of the text block in twips. */
    public int textWidth() {
        return width - 2 * horizontalMargin;
    }

    /** The name used in options: {@code a4}, {@code a5}, {@code letter}. */
    public String optionName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses an {@linkplain #optionName() option name}. */
    public static Paper fromOptionName(String name) {
        for (Paper p : values()) {
            if (p.optionName().equalsIgnoreCase(name.trim())) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown paper size '" + name + "' (use a4, a5 or letter)");
    }
}

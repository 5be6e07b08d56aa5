package io.mirsad.pdf.internal.layout;

import io.mirsad.pdf.internal.itemize.TextStyle;

/**
 * The edition's type sizes, all derived from the body size so that A5 and A4 editions keep their
 * proportions, in the colours of the {@link Palette}. Arabic set in Amiri needs generous leading: its marks
 * and descenders run deep.
 */
public record TypeScale(float body) {
    private static final int INK = Palette.INK.rgb();
    private static final int GREY = Palette.GREY.rgb();
    private static final int ACCENT = Palette.ACCENT.rgb();

    TextStyle bodyText() {
        return new TextStyle(body, false, INK);
    }

    float bodyLeading() {
        return body * 1.8f;
    }

    TextStyle introduction() {
        return new TextStyle(body * 1.2f, false, INK);
    }

    float introductionLeading() {
        return body * 1.2f * 1.75f;
    }

    TextStyle headline(boolean brief) {
        return new TextStyle(body * (brief ? 1.25f : 1.45f), true, INK);
    }

    float headlineLeading(boolean brief) {
        return body * (brief ? 1.25f : 1.45f) * 1.55f;
    }

    TextStyle kicker() {
        return new TextStyle(body * 1.05f, true, ACCENT);
    }

    TextStyle title() {
        return new TextStyle(body * 2.2f, true, INK);
    }

    float titleLeading() {
        return body * 2.2f * 1.45f;
    }

    TextStyle subtitle() {
        return new TextStyle(body * 1.25f, false, GREY);
    }

    TextStyle small() {
        return new TextStyle(body * 0.88f, false, GREY);
    }

    float smallLeading() {
        return body * 0.88f * 1.75f;
    }

    TextStyle quote() {
        return new TextStyle(body * 1.05f, false, Palette.QUOTE.rgb());
    }

    TextStyle header() {
        return new TextStyle(body * 0.8f, false, GREY);
    }
}

package io.mirsad.pdf.internal.layout;

import io.mirsad.pdf.internal.itemize.TextStyle;

/**
 * The edition's sizes and colours, all derived from the body size so that A5 and A4 editions keep their
 * proportions. Arabic set in Amiri needs generous leading: its marks and descenders run deep.
 */
public record TypeScale(float body) {
    static final int INK = 0x1A1A1A;
    static final int GREY = 0x5C5C5C;
    static final int ACCENT = 0x8A1C2B;
    static final int RULE = 0xB8B0A8;

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
        return new TextStyle(body * 1.05f, false, 0x3A3A3A);
    }

    TextStyle header() {
        return new TextStyle(body * 0.8f, false, GREY);
    }
}

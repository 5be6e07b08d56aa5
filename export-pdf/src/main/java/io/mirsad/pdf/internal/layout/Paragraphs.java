package io.mirsad.pdf.internal.layout;

import io.mirsad.digest.Direction;
import io.mirsad.digest.Inline;
import io.mirsad.pdf.internal.itemize.StyledText;
import io.mirsad.pdf.internal.itemize.TextStyle;
import java.util.List;

/** Turns a digest's inline runs into styled text: strong runs bold, emphasis and links in the accent colour. */
final class Paragraphs {
    private Paragraphs() {
    }

    static StyledText of(List<Inline> runs, TextStyle base, Direction direction, String prefix) {
        StyledText.Builder b = StyledText.builder(direction);
        if (prefix != null) {
            b.append(prefix, base);
        }
        for (Inline run : runs) {
            b.append(run.text(), styleOf(run, base));
        }
        return b.build();
    }

    private static TextStyle styleOf(Inline run, TextStyle base) {
        if (run instanceof Inline.Strong) {
            return base.withBold(true);
        }
        if (run instanceof Inline.Emphasis || run instanceof Inline.Link) {
            return base.withColor(Palette.ACCENT.rgb());
        }
        return base;
    }
}

package io.mirsad.pdf.internal.layout;

import io.mirsad.digest.Direction;
import io.mirsad.digest.text.DigitStyle;
import io.mirsad.pdf.internal.itemize.StyledText;
import io.mirsad.pdf.internal.itemize.TextStyle;
import io.mirsad.pdf.internal.justify.Line;
import java.util.function.IntFunction;

/** Page numbers set as lines, in the edition's digits, for the foot of each page. */
record Folios(Typesetter typesetter, TextStyle style, DigitStyle digits, Direction direction)
        implements IntFunction<Line> {
    @Override
    public Line apply(int page) {
        return typesetter.line(StyledText.of(digits.apply(Integer.toString(page)), style, direction));
    }
}

package io.mirsad.pdf.internal.write;

import java.util.function.IntPredicate;

/**
 * Tests on the code points of a glyph's or a box's text, asked for every glyph painted: a loop, where
 * {@code String.codePoints()} made a stream and its spliterator each time (a tenth of what a volume
 * allocated, the client compiler removing none of it).
 */
final class CodePoints {
    private CodePoints() {}

    /** Whether any code point of {@code text} passes {@code test}. */
    static boolean any(CharSequence text, IntPredicate test) {
        for (int i = 0; i < text.length(); ) {
            int c = Character.codePointAt(text, i);
            if (test.test(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** Whether {@code text} is not empty and every code point of it passes {@code test}. */
    static boolean all(CharSequence text, IntPredicate test) {
        for (int i = 0; i < text.length(); ) {
            int c = Character.codePointAt(text, i);
            if (!test.test(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return text.length() > 0;
    }
}

package io.mirsad.epub.internal.book;

import io.mirsad.digest.text.DigitStyle;
import io.mirsad.epub.SplitMode;
import io.mirsad.epub.internal.cover.CoverImage;
import java.util.Objects;

/**
 * The choices one export is made with, once options and builder settings are merged.
 *
 * @param split  how sections are divided among content documents
 * @param cover  the user's cover picture, or {@code null} to draw one
 * @param digits the digits of dates and note numbers
 */
public record Edition(SplitMode split, CoverImage cover, DigitStyle digits) {
    public Edition {
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(digits, "digits");
    }
}

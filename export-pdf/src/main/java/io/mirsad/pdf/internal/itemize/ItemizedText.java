package io.mirsad.pdf.internal.itemize;

import java.util.List;

/**
 * A paragraph split into shaping runs.
 *
 * @param text   the paragraph
 * @param chars  its characters
 * @param levels the resolved bidi level of every character
 * @param runs   the runs in logical order, covering the whole text
 */
public record ItemizedText(StyledText text, char[] chars, byte[] levels, List<TextRun> runs) {
    /** Whether the paragraph's base direction is right-to-left. */
    public boolean rightToLeft() {
        return text.direction() == io.mirsad.digest.Direction.RTL;
    }
}

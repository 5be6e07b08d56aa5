package io.mirsad.fonts;

import java.util.Objects;

/**
 * A stretch of text set in one face, as {@link FontRegistry#runs} cuts it.
 *
 * @param start the index of its first {@code char}
 * @param end   the index after its last {@code char}
 * @param face  the face that draws it
 */
public record FaceRun(int start, int end, FontFace face) {
    public FaceRun {
        Objects.requireNonNull(face, "face");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty or negative run [" + start + ", " + end + ")");
        }
    }
}

package io.mirsad.pdf.internal.linebreak;

import io.mirsad.pdf.internal.itemize.TextStyle;
import io.mirsad.pdf.internal.shape.GlyphRun;

/**
 * A shaped piece of a paragraph that lies within one run: part of a word, or the spaces after it.
 *
 * @param start  first character in the paragraph
 * @param limit  end in the paragraph
 * @param level  bidi level
 * @param style  size, weight and colour
 * @param glyphs the shaped glyphs
 * @param space  whether this is inter-word space, which justification may widen
 * @param extra  points added after the glyphs by justification
 */
public record Box(int start, int limit, byte level, TextStyle style, GlyphRun glyphs, boolean space, float extra) {

    /** The width in points, justification included. */
    public float width() {
        return glyphs.width(style.size()) + extra;
    }

    public boolean rightToLeft() {
        return (level & 1) == 1;
    }

    public Box withExtra(float more) {
        return new Box(start, limit, level, style, glyphs, space, extra + more);
    }

    public Box withGlyphs(GlyphRun reshaped) {
        return new Box(start, limit, level, style, reshaped, space, extra);
    }
}

package io.mirsad.fonts;

import com.ibm.icu.text.Bidi;
import io.mirsad.digest.text.BidiText;
import java.awt.font.GlyphVector;
import java.util.BitSet;

/**
 * The glyphs a face draws for a fixed text, gathered run by run as the text is read, so that the text
 * itself need not be kept: what {@link FontFace#subset(CharSequence, DrawnGlyphs)} cuts the face to. Made
 * by {@link FontFace#drawnGlyphs()}. Not thread-safe; one per edition.
 */
public final class DrawnGlyphs {
    private final FontFace face;
    private final BitSet glyphs = new BitSet();

    DrawnGlyphs(FontFace face) {
        this.face = face;
    }

    /**
     * Adds the glyphs of {@code run}, a stretch of text a reading system may shape at once (a text node,
     * a whole paragraph), shaped with the whole face: as a whole, right to left if it holds a
     * right-to-left letter, and, when its directions are mixed, also in the pieces of one direction the
     * bidi algorithm cuts it into.
     */
    public void shape(String run) {
        char[] chars = run.toCharArray();
        boolean rightToLeft = run.codePoints().anyMatch(BidiText::isRightToLeft);
        add(face.shape(chars, 0, chars.length, rightToLeft));
        if (Bidi.requiresBidi(chars, 0, chars.length)) {
            Bidi bidi = new Bidi(
                    chars,
                    0,
                    null,
                    0,
                    chars.length,
                    rightToLeft ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
            for (int r = 0; bidi.isMixed() && r < bidi.getRunCount(); r++) {
                boolean odd = (bidi.getRunLevel(r) & 1) != 0;
                add(face.shape(chars, bidi.getRunStart(r), bidi.getRunLimit(r), odd));
            }
        }
    }

    FontFace face() {
        return face;
    }

    /** The glyph ids drawn so far, not copied: the subsetter only reads them, taking a copy of its own. */
    BitSet glyphs() {
        return glyphs;
    }

    private void add(GlyphVector shaped) {
        for (int glyph : shaped.getGlyphCodes(0, shaped.getNumGlyphs(), null)) {
            glyphs.set(glyph);
        }
    }
}

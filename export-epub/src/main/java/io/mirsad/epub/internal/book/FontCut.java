package io.mirsad.epub.internal.book;

import io.documentnode.epub4j.domain.MediaType;
import io.mirsad.epub.internal.style.BookText;
import io.mirsad.epub.internal.style.FallbackText;
import io.mirsad.fonts.DrawnGlyphs;
import io.mirsad.fonts.FontFace;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a book's embedded faces are cut to, gathered as its documents are written: the text they show,
 * and the glyphs the regular and bold faces draw for it, each run shaped with both as it is read so that
 * a volume's text is never held whole. Both text faces take every run, since a reading system may set any
 * text in either weight (a "bold text" setting, a user style). One per book; not thread-safe.
 */
final class FontCut {
    private final List<FontFace> textFaces;
    private final Map<FontFace, DrawnGlyphs> drawn = new LinkedHashMap<>();
    private final BookText shown;

    FontCut(FontFace regular, FontFace bold) {
        textFaces = List.of(regular, bold);
        for (FontFace face : textFaces) {
            drawn.computeIfAbsent(face, FontFace::drawnGlyphs);
        }
        shown = new BookText(run -> drawn.values().forEach(glyphs -> glyphs.shape(run)));
    }

    /** Reads the text a resource of the book shows (other resources show none). */
    void add(MediaType type, byte[] data) {
        shown.add(type, data);
    }

    /**
     * The file of an embedded face cut to what it may be asked to draw: a text face to every character
     * shown, in the forms shaping the runs shown gives them (and the joining forms any text of them
     * needs); a fallback face to the clusters shown that the text faces cannot draw.
     */
    byte[] file(FontFace face) {
        DrawnGlyphs glyphs = drawn.get(face);
        return (glyphs == null
                        ? face.subset(FallbackText.of(shown, textFaces))
                        : face.subset(shown.characters(), glyphs))
                .bytes();
    }
}

package io.mirsad.epub.internal.style;

import io.mirsad.fonts.FontFace;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A font file carried inside the package. Reading systems shape Arabic with the font's GSUB and GPOS
 * tables, so the package carries a subset that keeps every glyph they can reach from the text set in
 * the face, and every rule of theirs that can apply to those glyphs ({@link FontFace#subset}).
 *
 * @param id        its manifest id
 * @param href      its path inside the package
 * @param face      the face
 * @param mediaType {@code font/ttf} or {@code font/otf}
 */
public record EmbeddedFont(String id, String href, FontFace face, String mediaType) {

    /** Names a face's file: TrueType outlines as {@code font/ttf}, CFF ({@code OTTO}) as {@code font/otf}. */
    public static EmbeddedFont of(FontFace face, String id, String pathWithoutExtension) {
        byte[] tag = new byte[4];
        try (InputStream in = face.open()) {
            in.readNBytes(tag, 0, tag.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean cff = tag[0] == 'O' && tag[1] == 'T' && tag[2] == 'T' && tag[3] == 'O';
        return new EmbeddedFont(
                id, pathWithoutExtension + (cff ? ".otf" : ".ttf"), face, cff ? "font/otf" : "font/ttf");
    }
}

package io.mirsad.fonts;

import io.mirsad.fonts.internal.GlyphSubset;
import io.mirsad.fonts.internal.SfntFile;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.TextAttribute;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;

/**
 * One TrueType or OpenType face: its family name, whether it is the bold member, and its bytes.
 * Immutable; the bytes are never handed out for writing.
 */
public final class FontFace {
    /** Unhinted, fractional metrics: positions in exact font units. */
    private static final FontRenderContext FRC = new FontRenderContext(null, false, true);

    private final String family;
    private final boolean bold;
    private final byte[] data;
    /**
     * The face parsed by the JDK, for its character map and for shaping: sized at one unit per font unit,
     * kerning and ligatures on as HarfBuzz has them by default (the JDK turns both off otherwise); made on
     * first use.
     */
    private volatile Font awt;

    private FontFace(String family, boolean bold, byte[] data) {
        this.family = Objects.requireNonNull(family, "family");
        this.bold = bold;
        this.data = data;
    }

    /** A face from font file bytes. */
    public static FontFace of(String family, boolean bold, byte[] data) {
        if (data.length < 12) {
            throw new IllegalArgumentException("not a font file: " + data.length + " bytes");
        }
        return new FontFace(family, bold, data.clone());
    }

    /** A face read from a TTF or OTF file. */
    public static FontFace read(String family, boolean bold, Path file) throws IOException {
        return of(family, bold, Files.readAllBytes(file));
    }

    /** A regular face read from a TTF or OTF file, named by the family its own name table gives. */
    public static FontFace read(Path file) throws IOException {
        byte[] data = Files.readAllBytes(file);
        try {
            Font font = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(data));
            FontFace face = of(font.getFamily(java.util.Locale.ROOT), false, data);
            face.awt = face.forShaping(font);
            return face;
        } catch (FontFormatException | IllegalArgumentException e) {
            throw new IOException("not a TrueType or OpenType font file", e);
        }
    }

    /** A face bundled as a class-path resource. */
    static FontFace resource(String family, boolean bold, String resource) {
        try (InputStream in = FontFace.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled font missing from the class path: " + resource);
            }
            return new FontFace(family, bold, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The family name, e.g. {@code Amiri}. */
    public String family() {
        return family;
    }

    /** Whether this is the family's bold face. */
    public boolean bold() {
        return bold;
    }

    /** A copy of the font file's bytes. */
    public byte[] bytes() {
        return data.clone();
    }

    /** The font file as a stream, without copying. */
    public InputStream open() {
        return new ByteArrayInputStream(data);
    }

    /** Whether the face has a glyph for {@code codePoint} in its character map. */
    public boolean canDisplay(int codePoint) {
        return awt().canDisplay(codePoint);
    }

    /**
     * Shapes {@code text[start, limit)} in one direction with the JDK's layout engine, which runs HarfBuzz
     * with the face's default features: the glyph ids, advances and mark offsets {@code hb-shape} gives,
     * positions in font units. Safe to call from several threads.
     *
     * @throws IllegalStateException if the JDK cannot read the face
     */
    public GlyphVector shape(char[] text, int start, int limit, boolean rightToLeft) {
        return awt().layoutGlyphVector(
                        FRC, text, start, limit, rightToLeft ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT);
    }

    private Font awt() {
        Font f = awt;
        if (f == null) {
            try {
                f = forShaping(Font.createFont(Font.TRUETYPE_FONT, open()));
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("not a usable font file: " + this + ": " + e.getMessage(), e);
            }
            awt = f;
        }
        return f;
    }

    private Font forShaping(Font font) {
        return font.deriveFont((float) SfntFile.read(data).unitsPerEm())
                .deriveFont(Map.of(
                        TextAttribute.KERNING, TextAttribute.KERNING_ON,
                        TextAttribute.LIGATURES, TextAttribute.LIGATURES_ON));
    }

    /** The size of the font file in bytes. */
    public int size() {
        return data.length;
    }

    /**
     * This face with the outlines of only the glyphs {@code text} needs, for editions that carry their
     * fonts: glyph ids stay, and the layout tables keep every rule of the features shaping engines
     * apply by default that can apply to the glyphs kept, so a reader's shaping engine forms the text
     * exactly as with the whole font. Optional features (stylistic sets, swashes, discretionary
     * ligatures) keep no rules: a style sheet that turns them on gets the default forms. The same
     * face and text always give the same bytes. Returns this face itself, whole, when the outlines are
     * not TrueType or the font declares a Reserved Font Name (under the SIL Open Font License a subset
     * is a Modified Version, which may not carry that name).
     */
    public FontFace subset(CharSequence text) {
        byte[] subset = GlyphSubset.subset(data, text, null);
        return subset == null ? this : new FontFace(family, bold, subset);
    }

    /** An empty gathering of the glyphs this face draws for a text, to {@link #subset(CharSequence, DrawnGlyphs) cut} it to. */
    public DrawnGlyphs drawnGlyphs() {
        return new DrawnGlyphs(this);
    }

    /**
     * This face cut closer to a fixed text than {@link #subset(CharSequence)}, for editions nobody edits:
     * besides what any text of {@code text}'s characters needs under the features a reader's ligature
     * setting cannot turn off (joining forms, required ligatures, so that letters still join with
     * ligatures and contextual alternates off), it keeps only the glyphs {@code drawn} gathered from
     * shaping the text's runs with this whole face, and those the substitutions pass through on the way,
     * rather than every alternate some context could reach. Shaping any of those runs with the cut face's
     * layout tables gives the glyphs and positions the whole face gives. The same face, text and runs
     * always give the same bytes.
     *
     * @param text every character the face may be asked to draw
     * @param drawn the glyphs this face drew for the runs a reading system may shape at once
     * @throws IllegalArgumentException if {@code drawn} was gathered with another face
     */
    public FontFace subset(CharSequence text, DrawnGlyphs drawn) {
        if (drawn.face() != this) {
            throw new IllegalArgumentException("glyphs drawn with " + drawn.face() + ", not " + this);
        }
        byte[] subset = GlyphSubset.subset(data, text, drawn.glyphs());
        return subset == null ? this : new FontFace(family, bold, subset);
    }

    /** A stable identifier of the bytes (SHA-256, hex), for caches and deterministic ids. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return family + (bold ? " Bold" : " Regular") + " (" + data.length + " bytes)";
    }
}

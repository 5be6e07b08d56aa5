package io.mirsad.docx.internal.part;

import io.mirsad.export.CompressedEntry;
import io.mirsad.fonts.BundledFonts;
import io.mirsad.fonts.FontFace;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The font parts of the bundled text faces, obfuscated and deflated once by the build instead of in
 * every JVM that embeds them: deflating the two Amiri faces at the best compression takes about 0.1 s of
 * CPU, a tenth of a cold DOCX render. They are class-path resources named by the face's size and CRC-32,
 * each the font key's line then the raw DEFLATE stream. A part is used only when its stream inflates to
 * exactly the face obfuscated with its key, so a face that merely shares the name gets its own part; the
 * document's bytes are the same as with a part deflated at run time.
 */
public final class PrebuiltFontParts {
    private static final String DIR = "fonts/";

    private PrebuiltFontParts() {}

    /** The part the build made for {@code face}, if it made one. */
    static Optional<FontPart> find(FontFace face) {
        byte[] bytes = face.bytes(); // obfuscated in place below, once the part's name is known
        String key;
        byte[] deflated;
        try (InputStream in = PrebuiltFontParts.class.getResourceAsStream(DIR + name(bytes))) {
            if (in == null) {
                return Optional.empty();
            }
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    return Optional.empty();
                }
                line.append((char) c);
            }
            key = line.toString();
            deflated = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a bundled font part", e);
        }
        try {
            return Optional.of(new FontPart(key, CompressedEntry.of(ObfuscatedFont.xor(bytes, key), deflated)));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // another face of the same size and CRC-32, or a malformed key
        }
    }

    /**
     * Writes the parts of the bundled Amiri faces, the faces a document embeds by default, into the folder
     * {@code args[0]}. Run by the build (export-docx's POM) before the classes are packaged.
     */
    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args[0]));
        for (FontFace face : List.of(BundledFonts.amiriRegular(), BundledFonts.amiriBold())) {
            FontPart part = FontPart.make(face);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write((part.key() + "\n").getBytes(StandardCharsets.US_ASCII));
            try (InputStream deflated = part.file().openDeflated()) {
                deflated.transferTo(out);
            }
            Files.write(dir.resolve(name(face.bytes())), out.toByteArray());
        }
    }

    /** The resource name of a face's part: its size and CRC-32. */
    private static String name(byte[] face) {
        CRC32 crc = new CRC32();
        crc.update(face);
        return String.format(Locale.ROOT, "%d-%08x.odttf", face.length, crc.getValue());
    }
}

package io.mirsad.docx.internal.part;

import io.mirsad.export.CompressedEntry;
import io.mirsad.fonts.FontFace;

/**
 * A whole face ready for the package: its font key and its obfuscated, deflated file. The bundled faces'
 * parts were made by the build ({@link PrebuiltFontParts}); any other face is obfuscated and deflated here.
 *
 * @param key  the GUID the file is obfuscated with, as {@code w:fontKey}
 * @param file the obfuscated file, deflated
 */
record FontPart(String key, CompressedEntry file) {
    /** The part of {@code face}: the build's when it made one, else made now (a megabyte deflated, 0.1 s). */
    static FontPart of(FontFace face) {
        return PrebuiltFontParts.find(face).orElseGet(() -> make(face));
    }

    /** Obfuscates and deflates {@code face}. */
    static FontPart make(FontFace face) {
        ObfuscatedFont obfuscated = ObfuscatedFont.of(face);
        return new FontPart(obfuscated.key(), CompressedEntry.deflate(obfuscated.bytes()));
    }
}

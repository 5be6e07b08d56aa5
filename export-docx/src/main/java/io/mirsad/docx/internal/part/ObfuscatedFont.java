package io.mirsad.docx.internal.part;

import io.mirsad.fonts.FontFace;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A font file obfuscated for embedding as ECMA-376 Part 1 §17.8.1 prescribes: the first 32 bytes are
 * XORed with the 16 bytes of a GUID taken in reverse order of its written form (once over bytes 0–15,
 * once over 16–31). The GUID is stored as {@code w:fontKey}; applying the same XOR restores the font.
 *
 * @param key   the GUID, as {@code {XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}}
 * @param bytes the obfuscated file
 */
public record ObfuscatedFont(String key, byte[] bytes) {
    private static final int OBFUSCATED_LENGTH = 32;

    /** Obfuscates {@code face} with a key derived from its SHA-256, so the same face gets the same key. */
    public static ObfuscatedFont of(FontFace face) {
        String hex = face.sha256().substring(0, 32).toUpperCase(Locale.ROOT);
        String key = "{" + hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20) + "}";
        return new ObfuscatedFont(key, xor(face.bytes(), key));
    }

    /** XORs the first 32 bytes of {@code font} (in place) with the key's bytes in reverse order. */
    static byte[] xor(byte[] font, String key) {
        byte[] guid = HexFormat.of().parseHex(key.replaceAll("[{}-]", ""));
        for (int i = 0; i < Math.min(OBFUSCATED_LENGTH, font.length); i++) {
            font[i] ^= guid[guid.length - 1 - (i % guid.length)];
        }
        return font;
    }
}

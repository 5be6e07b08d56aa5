package io.mirsad.digest.internal.importer;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import io.mirsad.digest.importer.PageImportException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a page file into text: UTF-8 (with or without a byte order mark), UTF-16 with a
 * byte order mark, or, when the bytes are not valid UTF-8, the charset ICU's {@link CharsetDetector}
 * finds (an Arabic page saved by an old editor is usually windows-1256).
 */
public final class PageDecoder {
    /** Below this ICU confidence (0–100) a guess is refused rather than risk garbled words. */
    private static final int MIN_CONFIDENCE = 20;

    private PageDecoder() {}

    /**
     * The decoded page.
     *
     * @param text     the text, without a byte order mark
     * @param charset  the charset it was decoded with
     * @param detected whether the charset was guessed rather than known
     */
    public record Decoded(String text, Charset charset, boolean detected) {}

    /**
     * Decodes the bytes.
     *
     * @throws PageImportException if the file is empty or no charset fits
     */
    public static Decoded decode(byte[] bytes) {
        if (bytes.length == 0) {
            throw new PageImportException("the file is empty");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(strictUtf8(bytes, 3), StandardCharsets.UTF_8, false);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(
                    new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE),
                    StandardCharsets.UTF_16LE,
                    false);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(
                    new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE),
                    StandardCharsets.UTF_16BE,
                    false);
        }
        try {
            return new Decoded(decodeStrictly(bytes, 0, StandardCharsets.UTF_8), StandardCharsets.UTF_8, false);
        } catch (CharacterCodingException notUtf8) {
            return detect(bytes);
        }
    }

    private static Decoded detect(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        for (CharsetMatch match : detector.detectAll()) {
            if (match.getConfidence() < MIN_CONFIDENCE || !Charset.isSupported(match.getName())) {
                continue;
            }
            Charset charset = Charset.forName(match.getName());
            try {
                return new Decoded(decodeStrictly(bytes, 0, charset), charset, true);
            } catch (CharacterCodingException e) {
                // The detector's guess holds bytes this charset does not define: try the next guess.
            }
        }
        throw new PageImportException(
                "not valid UTF-8, and no other charset could be recognised;" + " save the page as UTF-8");
    }

    private static String strictUtf8(byte[] bytes, int offset) {
        try {
            return decodeStrictly(bytes, offset, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new PageImportException("starts with a UTF-8 byte order mark but is not valid UTF-8", e);
        }
    }

    private static String decodeStrictly(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                .toString();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

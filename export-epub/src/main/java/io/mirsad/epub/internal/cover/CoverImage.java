package io.mirsad.epub.internal.cover;

import java.util.Arrays;

import io.mirsad.export.ExportException;

/**
 * A cover picture and its media type, recognised from its first bytes: EPUB core media types allow
 * PNG and JPEG here, and anything else is refused before a byte of the book is written.
 */
public record CoverImage(byte[] bytes, String mediaType) {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    public CoverImage {
        bytes = bytes.clone();
    }

    /** Recognises PNG or JPEG bytes. */
    public static CoverImage of(byte[] bytes) {
        if (startsWith(bytes, PNG)) {
            return new CoverImage(bytes, "image/png");
        }
        if (startsWith(bytes, JPEG)) {
            return new CoverImage(bytes, "image/jpeg");
        }
        throw new ExportException("cover image: expected PNG or JPEG bytes, got "
                + (bytes.length == 0 ? "an empty file" : "a file starting 0x"
                + String.format("%02X", bytes[0] & 0xFF)));
    }

    /** A copy of the bytes. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The file extension for the media type. */
    public String extension() {
        return mediaType.equals("image/png") ? "png" : "jpg";
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CoverImage c && Arrays.equals(bytes, c.bytes) && mediaType.equals(c.mediaType);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(bytes) + mediaType.hashCode();
    }

    @Override
    public String toString() {
        return "CoverImage[" + mediaType + ", " + bytes.length + " bytes]";
    }
}

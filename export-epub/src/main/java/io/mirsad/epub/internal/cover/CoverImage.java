package io.mirsad.epub.internal.cover;

import io.mirsad.digest.Images;
import io.mirsad.export.ExportException;
import java.util.Arrays;

/**
 * A cover picture and its media type, recognised from its first bytes: EPUB core media types allow
 * PNG and JPEG here, and anything else — or a picture that does not decode — is refused before a byte of
 * the book is written.
 */
public record CoverImage(byte[] bytes, String mediaType) {
    public CoverImage {
        bytes = bytes.clone();
    }

    /** Checks the bytes as every picture is checked ({@link Images#problem}) and recognises their type. */
    public static CoverImage of(byte[] bytes) {
        Images.problem(bytes, null).ifPresent(problem -> {
            throw new ExportException("cover image: " + problem);
        });
        return new CoverImage(bytes, Images.mediaType(bytes).orElseThrow());
    }

    /** A copy of the bytes. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The file extension for the media type. */
    public String extension() {
        return switch (mediaType) {
            case "image/png" -> "png";
            case "image/svg+xml" -> "svg";
            default -> "jpg";
        };
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

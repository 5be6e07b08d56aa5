package io.mirsad.digest;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The one check every picture passes before any format writes it — figures in the model and covers given
 * as options alike: PNG or JPEG, bytes that match the declared media type, at most {@value #MAX_BYTES}
 * bytes (20 MiB) and {@value #MAX_PIXELS} pixels, and decodable to the last row.
 */
public final class Images {
    /** The largest picture file accepted: 20 MiB. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;
    /** The most pixels a picture may have (width × height), so a tiny file cannot expand to gigabytes. */
    public static final long MAX_PIXELS = 50_000_000L;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    /** The chunk every PNG ends with; decoders stop before it, so a cut file would otherwise pass. */
    private static final byte[] PNG_END = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};

    private Images() {}

    /** {@code image/png} or {@code image/jpeg}, recognised from the first bytes. */
    public static Optional<String> mediaType(byte[] bytes) {
        if (startsWith(bytes, PNG)) {
            return Optional.of("image/png");
        }
        if (startsWith(bytes, JPEG)) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
    }

    /**
     * What is wrong with {@code bytes} as a picture of {@code declared} type, if anything.
     *
     * @param declared the media type the picture claims, or {@code null} to accept PNG or JPEG
     */
    public static Optional<String> problem(byte[] bytes, String declared) {
        if (bytes.length == 0) {
            return Optional.of("empty");
        }
        if (bytes.length > MAX_BYTES) {
            return Optional.of("larger than 20 MiB (" + bytes.length + " bytes)");
        }
        Optional<String> actual = mediaType(bytes);
        if (actual.isEmpty()) {
            return Optional.of(
                    "not a PNG or JPEG image (the bytes start 0x" + String.format("%02X", bytes[0] & 0xFF) + ")");
        }
        if (declared != null && !declared.equals(actual.get())) {
            return Optional.of("declared " + declared + " but the bytes are " + actual.get());
        }
        if (actual.get().equals("image/png") && !endsWith(bytes, PNG_END)) {
            return Optional.of("truncated: the PNG does not end with its IEND chunk");
        }
        return decodingProblem(bytes);
    }

    /**
     * Reads a picture file, refusing more than {@value #MAX_BYTES} bytes without reading further (so
     * {@code /dev/zero} is refused at once).
     *
     * @throws IOException if the file cannot be read or is too large
     */
    public static byte[] read(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException("is a directory");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new IOException("larger than 20 MiB");
            }
            return bytes;
        }
    }

    private static Optional<String> decodingProblem(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.of("cannot be decoded");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    return Optional.of("too large: " + reader.getWidth(0) + " × " + reader.getHeight(0) + " pixels");
                }
                BufferedImage image = reader.read(0);
                return image == null ? Optional.of("cannot be decoded") : Optional.empty();
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.of("cannot be decoded ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
        }
    }

    private static boolean endsWith(byte[] bytes, byte[] end) {
        return bytes.length >= end.length
                && Arrays.equals(bytes, bytes.length - end.length, bytes.length, end, 0, end.length);
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }
}

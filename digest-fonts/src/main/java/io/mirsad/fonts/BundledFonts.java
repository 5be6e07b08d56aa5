package io.mirsad.fonts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The fonts that ship inside this jar, each under the SIL Open Font License 1.1 with its licence beside it:
 * Amiri 0.113 by Khaled Hosny for Arabic and Latin, and as fallbacks Noto Sans (Latin, Greek, Cyrillic) and
 * Noto Sans Hebrew by Google.
 */
public final class BundledFonts {
    private static final String DIR = "/io/mirsad/fonts/amiri/";
    private static final String NOTO = "/io/mirsad/fonts/noto/";

    private BundledFonts() {}

    /** Amiri Regular. */
    public static FontFace amiriRegular() {
        return Holder.REGULAR;
    }

    /** Amiri Bold. */
    public static FontFace amiriBold() {
        return Holder.BOLD;
    }

    /** The fallback faces, in the order they are tried: Noto Sans, then Noto Sans Hebrew. */
    public static List<FontFace> fallbacks() {
        return List.of(Holder.NOTO_SANS, Holder.NOTO_SANS_HEBREW);
    }

    /** The licence the bundled Amiri faces are distributed under; editions that embed them may carry it. */
    public static String licence() {
        return text(DIR + "OFL.txt");
    }

    /** The licence of the bundled Noto faces, with their copyright. */
    public static String notoLicence() {
        return text(NOTO + "OFL.txt");
    }

    private static String text(String resource) {
        try (InputStream in = BundledFonts.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loaded on first use, once. */
    private static final class Holder {
        static final FontFace REGULAR = FontFace.resource("Amiri", false, DIR + "Amiri-Regular.ttf");
        static final FontFace BOLD = FontFace.resource("Amiri", true, DIR + "Amiri-Bold.ttf");
        static final FontFace NOTO_SANS = FontFace.resource("Noto Sans", false, NOTO + "NotoSans-Regular.ttf");
        static final FontFace NOTO_SANS_HEBREW =
                FontFace.resource("Noto Sans Hebrew", false, NOTO + "NotoSansHebrew-Regular.ttf");
    }
}

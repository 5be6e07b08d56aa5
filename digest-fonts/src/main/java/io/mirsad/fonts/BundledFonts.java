package io.mirsad.fonts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The fonts that ship inside this jar: Amiri 0.113 by Khaled Hosny, under the SIL Open Font License 1.1. */
public final class BundledFonts {
    private static final String DIR = "/io/mirsad/fonts/amiri/";

    private BundledFonts() {
    }

    /** Amiri Regular. */
    public static FontFace amiriRegular() {
        return Holder.REGULAR;
    }

    /** Amiri Bold. */
    public static FontFace amiriBold() {
        return Holder.BOLD;
    }

    /** The licence the bundled fonts are distributed under; editions that embed them may carry it. */
    public static String licence() {
        try (InputStream in = BundledFonts.class.getResourceAsStream(DIR + "OFL.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loaded on first use, once. */
    private static final class Holder {
        static final FontFace REGULAR = FontFace.resource("Amiri", false, DIR + "Amiri-Regular.ttf");
        static final FontFace BOLD = FontFace.resource("Amiri", true, DIR + "Amiri-Bold.ttf");
    }
}

package io.mirsad.digest;

import java.util.List;

/** Helpers over lists of {@link Inline} runs. */
public final class Inlines {
    private Inlines() {}

    /** The runs' texts joined. */
    public static String plainText(List<Inline> runs) {
        StringBuilder sb = new StringBuilder();
        for (Inline run : runs) {
            sb.append(run.text());
        }
        return sb.toString();
    }
}

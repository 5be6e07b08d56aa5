package io.mirsad.pdf.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs poppler's {@code pdftotext}; a missing program fails the calling test, it never skips it. */
final class Pdftotext {
    private Pdftotext() {}

    /** The UTF-8 text pdftotext extracts from {@code pdf}, written through {@code txt}. */
    static String extract(Path pdf, Path txt) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), txt.toString())
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            throw new AssertionError("pdftotext (poppler-utils) is needed for this test and could not be run", e);
        }
        String messages = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("pdftotext finished").isTrue();
        assertThat(p.exitValue())
                .as("pdftotext exit status; output: " + messages)
                .isZero();
        return Files.readString(txt);
    }
}

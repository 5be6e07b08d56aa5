package io.mirsad.pdf.quality;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the outside programs {@code .ci/run} installs under {@code .ci/}, walking up from the module. */
final class IntegrationTools {
    private IntegrationTools() {}

    /** A file under the checkout's {@code .ci/} folder; fails if there is none (the program is missing). */
    static Path ciFile(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path ci = dir.resolve(".ci");
            if (Files.isDirectory(ci)) {
                Path file = ci.resolve(relative);
                if (!Files.isRegularFile(file)) {
                    throw new AssertionError(file + " is missing: run npm ci --prefix .ci --ignore-scripts");
                }
                return file;
            }
        }
        throw new AssertionError("no .ci folder above " + Path.of("").toAbsolutePath());
    }
}

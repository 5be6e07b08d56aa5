package io.mirsad.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What an anthology wrote.
 *
 * @param written  the volume files, one per format
 * @param leftOut  inputs left out because they were bad (only when keeping going)
 * @param warnings what the exporters warned about, each line naming the format
 * @param digests  how many digests the volume holds
 * @param elapsed  wall-clock time
 */
public record AnthologyReport(
        List<Path> written, List<Failure> leftOut, List<String> warnings, int digests, Duration elapsed) {
    public AnthologyReport {
        warnings = List.copyOf(warnings);
        written = List.copyOf(written);
        leftOut = List.copyOf(leftOut);
    }
}

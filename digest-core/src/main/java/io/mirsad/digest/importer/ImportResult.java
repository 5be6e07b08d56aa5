package io.mirsad.digest.importer;

import io.mirsad.digest.Digest;
import java.util.List;
import java.util.Objects;

/**
 * What importing a page produced.
 *
 * @param digest   the digest built from the page
 * @param dropped  every line of the page that is not in the digest, in page order, with the reason
 * @param warnings things a user may want to check (a guessed charset, a missing byline, a line that
 *                 looked like a headline but was kept as a paragraph…), in page order
 */
public record ImportResult(Digest digest, List<DroppedLine> dropped, List<String> warnings) {

    public ImportResult {
        Objects.requireNonNull(digest, "digest");
        dropped = List.copyOf(dropped);
        warnings = List.copyOf(warnings);
    }
}

package io.mirsad.digest;

/**
 * One thing wrong with a digest.
 *
 * @param path    where, in JSON-path style: {@code sections[2].headline}
 * @param message what is wrong: {@code blank}
 */
public record Violation(String path, String message) {
    @Override
    public String toString() {
        return path + ": " + message;
    }
}

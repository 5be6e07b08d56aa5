package io.mirsad.digest.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page assembled from random parts by {@link PageImporterPropertiesTest}, with what an import of it
 * must give: the clean text of every headline and paragraph, the sources each section cites, and
 * the lines that must be dropped.
 */
final class GeneratedPage {
    final List<String> lines = new ArrayList<>();
    final List<DroppedLine> dropped = new ArrayList<>();
    final List<Expected> sections = new ArrayList<>();
    String title;
    String series;
    List<String> authors = List.of();

    /** What one section of the digest must hold. */
    static final class Expected {
        final String headline;
        final List<String> paragraphs = new ArrayList<>();
        /** Source name → the text of its first mention in the section, in order of first mention. */
        final Map<String, String> references = new LinkedHashMap<>();

        Expected(String headline) {
            this.headline = headline;
        }
    }

    void line(String text) {
        lines.add(text);
    }

    void drop(String text, DroppedLine.Reason reason) {
        lines.add(text);
        dropped.add(new DroppedLine(lines.size(), text, reason));
    }

    String text() {
        return String.join("\n", lines) + "\n";
    }

    @Override
    public String toString() {
        return text();
    }
}

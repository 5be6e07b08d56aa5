package io.mirsad.digest.internal.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * List items as pages write them: a bullet ("- …", "• …", "* …", "– …") or a number ("1. …", "١. …",
 * "2) …", "3- …", "(4) …") followed by a space.
 */
final class ListItems {
    private static final Pattern MARKER =
            Pattern.compile("(?:([-–—•·*▪●])|(\\p{Nd}{1,2}[).\\-]|\\(\\p{Nd}{1,2}\\)))\\s+");

    private ListItems() {}

    /**
     * A line read as a list item.
     *
     * @param ordered whether the marker is a number
     * @param text    the line after its marker
     */
    record Item(boolean ordered, String text) {}

    /** Whether the line starts with a list marker. */
    static boolean isItem(String line) {
        return MARKER.matcher(line).lookingAt();
    }

    /** The line as a list item, or {@code null} when it has no marker or nothing after it. */
    static Item item(String line) {
        Matcher m = MARKER.matcher(line);
        if (!m.lookingAt() || m.end() == line.length()) {
            return null;
        }
        return new Item(m.group(2) != null, line.substring(m.end()));
    }
}

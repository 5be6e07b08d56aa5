package io.mirsad.pdf.internal.itemize;

import io.mirsad.digest.Direction;
import io.mirsad.digest.text.ArabicText;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A paragraph's characters (NFC) with a style for every character, the paragraph's base direction and the
 * stretches {@linkplain Isolate isolated} in a direction of their own.
 */
public final class StyledText {
    private final String text;
    private final TextStyle[] styles;
    private final Direction direction;
    private final List<Isolate> isolates;

    private StyledText(String text, TextStyle[] styles, Direction direction, List<Isolate> isolates) {
        this.text = text;
        this.styles = styles;
        this.direction = direction;
        this.isolates = List.copyOf(isolates);
    }

    /**
     * A stretch laid out in its own direction, as between a Unicode directional isolate (LRI or RLI) and its
     * PDI: its order is its own, and to the text around it, it is one neutral character.
     *
     * @param start     first character (inclusive)
     * @param limit     end (exclusive)
     * @param direction the stretch's base direction
     */
    public record Isolate(int start, int limit, Direction direction) {}

    /** A paragraph in a single style. */
    public static StyledText of(String text, TextStyle style, Direction direction) {
        return builder(direction).append(text, style).build();
    }

    public static Builder builder(Direction direction) {
        return new Builder(direction);
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public TextStyle styleAt(int index) {
        return styles[index];
    }

    public Direction direction() {
        return direction;
    }

    /** The isolated stretches, in order, none empty, none overlapping. */
    public List<Isolate> isolates() {
        return isolates;
    }

    /**
     * The role more than half the characters of {@code [from, to)} have, or {@code null}. Asked for every
     * box set, so found by a majority vote (the only role that can hold a majority survives it, then is
     * counted) rather than with a map of counts.
     */
    public TextRole role(int from, int to) {
        TextRole candidate = null;
        int votes = 0;
        for (int i = from; i < to; i++) {
            TextRole role = styles[i].role();
            if (votes == 0) {
                candidate = role;
                votes = 1;
            } else {
                votes += Objects.equals(candidate, role) ? 1 : -1;
            }
        }
        if (candidate == null) {
            return null;
        }
        int count = 0;
        for (int i = from; i < to; i++) {
            if (candidate.equals(styles[i].role())) {
                count++;
            }
        }
        return 2 * count > to - from ? candidate : null;
    }

    /** The same paragraph without the characters at the positions set in {@code drop}. */
    public StyledText without(BitSet drop) {
        StringBuilder kept = new StringBuilder(text.length());
        List<TextStyle> keptStyles = new ArrayList<>(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (!drop.get(i)) {
                kept.append(text.charAt(i));
                keptStyles.add(styles[i]);
            }
        }
        List<Isolate> keptIsolates = new ArrayList<>();
        for (Isolate isolate : isolates) {
            // each end moves back by the dropped characters before it
            int start = isolate.start() - drop.get(0, isolate.start()).cardinality();
            int limit = isolate.limit() - drop.get(0, isolate.limit()).cardinality();
            if (start < limit) {
                keptIsolates.add(new Isolate(start, limit, isolate.direction()));
            }
        }
        return new StyledText(kept.toString(), keptStyles.toArray(new TextStyle[0]), direction, keptIsolates);
    }

    /** Appends styled runs of text. */
    public static final class Builder {
        private static final Pattern LINE_BREAKS = Pattern.compile("[\\t\\n\\r\\u2028\\u2029]");

        private final Direction direction;
        private final StringBuilder text = new StringBuilder();
        private final List<TextStyle> styles = new ArrayList<>();
        private final List<Isolate> isolates = new ArrayList<>();

        private Builder(Direction direction) {
            this.direction = Objects.requireNonNull(direction, "direction");
        }

        /** Appends text, normalised to NFC, with line breaks and tabs turned into spaces. */
        public Builder append(String run, TextStyle style) {
            String s = LINE_BREAKS.matcher(ArabicText.nfc(run)).replaceAll(" ");
            text.append(s);
            for (int i = 0; i < s.length(); i++) {
                styles.add(style);
            }
            return this;
        }

        /**
         * Appends text, as {@link #append}, isolated in {@code isolateDirection}: a title in another
         * language keeps its own order inside a line of the paragraph's direction.
         */
        public Builder isolate(String run, TextStyle style, Direction isolateDirection) {
            Objects.requireNonNull(isolateDirection, "isolateDirection");
            int start = text.length();
            append(run, style);
            if (text.length() > start) {
                isolates.add(new Isolate(start, text.length(), isolateDirection));
            }
            return this;
        }

        public boolean isEmpty() {
            return text.toString().isBlank();
        }

        public StyledText build() {
            String s = text.toString();
            int start = 0;
            int end = s.length();
            while (start < end && Character.isWhitespace(s.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
                end--;
            }
            List<Isolate> trimmed = new ArrayList<>();
            for (Isolate isolate : isolates) {
                int from = Math.max(isolate.start(), start) - start;
                int to = Math.min(isolate.limit(), end) - start;
                if (from < to) {
                    trimmed.add(new Isolate(from, to, isolate.direction()));
                }
            }
            return new StyledText(
                    s.substring(start, end), styles.subList(start, end).toArray(new TextStyle[0]), direction, trimmed);
        }
    }
}

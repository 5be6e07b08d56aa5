package io.mirsad.digest.text;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Finds the known name a mistyped one was meant to be, for "did you mean …?" in error messages. */
public final class NearestName {
    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private NearestName() {}

    /** The closest of {@code known} to {@code name}, if one is close enough to be a typing mistake. */
    public static Optional<String> of(String name, Collection<String> known) {
        return known.stream()
                .min(Comparator.comparingInt((String k) -> DISTANCE.apply(name, k))
                        .thenComparing(k -> k))
                .filter(k -> DISTANCE.apply(name, k) <= Math.max(2, k.length() / 3));
    }

    /** {@code " (did you mean 'published'?)"}, or the empty string when nothing is close. */
    public static String suggestion(String name, Collection<String> known) {
        return of(name, known).map(k -> " (did you mean '" + k + "'?)").orElse("");
    }
}

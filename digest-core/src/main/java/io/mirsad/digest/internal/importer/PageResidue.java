package io.mirsad.digest.internal.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lines that web pages add around an article and that are no part of it ("ربما يعجبك أيضا",
 * "اقرأ أيضا"…). A line is residue when, ignoring harakat, hamza on alef, a final colon and dots, it
 * is one of these phrases exactly.
 */
public final class PageResidue {
    /** The phrases every importer drops. */
    public static final List<String> DEFAULTS = List.of(
            "ربما يعجبك أيضا", "قد يعجبك أيضا", "اقرأ أيضا", "اقرأ أيضًا", "اقرأ كذلك", "اقرأ المزيد",
            "شاهد أيضا", "مواضيع ذات صلة", "مقالات ذات صلة", "أخبار ذات صلة", "ذات صلة", "المزيد",
            "شارك", "شارك المقال", "تابعنا على", "إعلان", "الأكثر قراءة");

    private final Set<String> keys;
    /** Lines longer than the longest phrase plus some decoration cannot be residue: skip folding them. */
    private final int maxLength;

    private PageResidue(List<String> phrases) {
        this.keys = phrases.stream().map(PageResidue::key).collect(Collectors.toUnmodifiableSet());
        this.maxLength = phrases.stream().mapToInt(String::length).max().orElse(0) * 2 + 8;
    }

    /** The default phrases plus the given ones. */
    public static PageResidue of(List<String> extra) {
        List<String> all = new ArrayList<>(DEFAULTS);
        all.addAll(extra);
        return new PageResidue(all);
    }

    /** Whether the (normalised) line is residue. */
    public boolean isResidue(String line) {
        return line.length() <= maxLength && keys.contains(key(line));
    }

    private static String key(String phrase) {
        String trimmed = phrase.strip().replaceAll("[\\s:.…]+$", "");
        return NameFolder.foldPhrase(trimmed);
    }
}

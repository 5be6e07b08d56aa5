package io.mirsad.digest.internal.importer;

import io.mirsad.digest.importer.DroppedLine.Reason;
import io.mirsad.digest.text.DigestDates;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lines that web pages add around an article and that are no part of it. A line is residue when,
 * ignoring harakat, hamza on alef, punctuation and the other differences {@link NameFolder} folds, it
 * is one of the furniture phrases exactly ("ربما يعجبك أيضا", "مواضيع ذات صلة"…), or when it is short
 * and starts with a teaser, social or date phrase ("اقرأ أيضا: …", "تابعونا على …", "نُشر في …"), or when it
 * is a date and nothing else ("الثلاثاء 1 ديسمبر 2026").
 */
public final class PageResidue {
    /** The phrases every importer drops when they make up the whole line. */
    public static final List<String> DEFAULTS = List.of(
            "ربما يعجبك أيضا",
            "قد يعجبك أيضا",
            "اقرأ أيضا",
            "اقرأ أيضًا",
            "اقرأ كذلك",
            "اقرأ المزيد",
            "شاهد أيضا",
            "مواضيع ذات صلة",
            "مقالات ذات صلة",
            "أخبار ذات صلة",
            "ذات صلة",
            "المزيد",
            "شارك",
            "شارك المقال",
            "تابعنا على",
            "إعلان",
            "الأكثر قراءة",
            "الأكثر مشاهدة",
            "طباعة",
            "مشاركة",
            "شارك هذا المقال",
            "انسخ الرابط",
            "تم نسخ الرابط");

    /** Phrases that make a short line residue when they begin it, with the reason they give, in order. */
    private static final List<Map.Entry<Reason, List<String>>> OPENINGS = folded(List.of(
            Map.entry(
                    Reason.TEASER,
                    List.of(
                            "اقرأ أيضا",
                            "اقرأ كذلك",
                            "اقرأ المزيد",
                            "شاهد أيضا",
                            "شاهد كذلك",
                            "ذات صلة",
                            "للمزيد اقرأ",
                            "قد يهمك أيضا",
                            "قد يهمك",
                            "ربما يعجبك",
                            "قد يعجبك")),
            Map.entry(
                    Reason.SOCIAL,
                    List.of(
                            "شارك المقال",
                            "شارك هذا المقال",
                            "شارك على",
                            "شارك عبر",
                            "تابعونا على",
                            "تابعنا على",
                            "تابعونا عبر",
                            "تابعنا عبر",
                            "اشترك في النشرة",
                            "اشترك في نشرتنا",
                            "اشترك في قناتنا",
                            "اشترك الآن",
                            "انضم إلى قناتنا")),
            Map.entry(
                    Reason.PUBLICATION_DATE,
                    List.of(
                            "نشر في",
                            "نشر بتاريخ",
                            "نشر يوم",
                            "تاريخ النشر",
                            "آخر تحديث",
                            "تاريخ التحديث",
                            "تم التحديث"))));
    /** A line that opens with one of {@link #OPENINGS} is residue only when it is this short. */
    private static final int OPENING_MAX_WORDS = 24;
    /** A date line is short and holds a number ("نشر في العام الماضي تقرير…" is a sentence). */
    private static final int DATE_MAX_WORDS = 16;
    /** Which of the opening phrases report a publication, not an update. */
    private static final List<String> PUBLISHED = foldedList(List.of("نشر في", "نشر بتاريخ", "نشر يوم", "تاريخ النشر"));
    /** The labels of a credit line. */
    private static final List<String> CREDITS = foldedList(List.of("المصدر", "المصادر"));

    private final Set<String> keys;
    /** Lines longer than the longest phrase plus some decoration cannot be whole-line residue. */
    private final int maxLength;

    private PageResidue(List<String> phrases) {
        this.keys = phrases.stream().map(NameFolder::foldPhrase).collect(Collectors.toUnmodifiableSet());
        this.maxLength = phrases.stream().mapToInt(String::length).max().orElse(0) * 2 + 8;
    }

    /** The default phrases plus the given ones. */
    public static PageResidue of(List<String> extra) {
        List<String> all = new ArrayList<>(DEFAULTS);
        all.addAll(extra);
        return new PageResidue(all);
    }

    /** Why the (normalised) line is residue, or {@code null} when it is text. */
    public Reason classify(String line) {
        if (line.length() > maxLength * 4) {
            return null;
        }
        String key = NameFolder.foldPhrase(line);
        if (line.length() <= maxLength && keys.contains(key)) {
            return Reason.PAGE_RESIDUE;
        }
        if (key.split(" ").length > OPENING_MAX_WORDS) {
            return null;
        }
        if (isDateLine(line)) {
            return Reason.PUBLICATION_DATE;
        }
        for (Map.Entry<Reason, List<String>> e : OPENINGS) {
            if (e.getValue().stream().anyMatch(phrase -> opens(key, phrase))) {
                boolean dateLike =
                        key.split(" ").length <= DATE_MAX_WORDS && key.chars().anyMatch(Character::isDigit);
                return e.getKey() != Reason.PUBLICATION_DATE || dateLike ? e.getKey() : null;
            }
        }
        return null;
    }

    /**
     * Whether the line reports when the article was published (not merely updated): it opens with a
     * publication phrase, or it is a date and nothing else, as pages print one under the byline.
     */
    public static boolean isPublicationLine(String line) {
        String key = NameFolder.foldPhrase(line);
        return PUBLISHED.stream().anyMatch(phrase -> opens(key, phrase)) || isDateLine(line);
    }

    /** A short line with a digit that {@link DigestDates#isDateOnly} reads as a date and nothing else. */
    private static boolean isDateLine(String line) {
        return line.split("\\s+").length <= DATE_MAX_WORDS
                && line.chars().anyMatch(Character::isDigit)
                && DigestDates.isDateOnly(line);
    }

    /**
     * Whether the line credits a source ("المصدر: …", "المصادر: …"); whether it only repeats the
     * section's sources is for attribution to tell.
     */
    public static boolean isSourceCredit(String line) {
        String key = NameFolder.foldPhrase(line);
        return CREDITS.stream().anyMatch(phrase -> opens(key, phrase)) && line.contains(":");
    }

    /** Whether the folded line begins with the folded phrase as whole words. */
    private static boolean opens(String key, String phrase) {
        return key.startsWith(phrase) && (key.length() == phrase.length() || key.charAt(phrase.length()) == ' ');
    }

    private static List<Map.Entry<Reason, List<String>>> folded(List<Map.Entry<Reason, List<String>>> openings) {
        return openings.stream()
                .map(e -> Map.entry(e.getKey(), foldedList(e.getValue())))
                .toList();
    }

    private static List<String> foldedList(List<String> phrases) {
        return phrases.stream().map(NameFolder::foldPhrase).toList();
    }
}

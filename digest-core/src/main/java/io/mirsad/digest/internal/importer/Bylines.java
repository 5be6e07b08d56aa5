package io.mirsad.digest.internal.importer;

import io.mirsad.digest.Contributor;
import io.mirsad.digest.text.ArabicText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Bylines that name their role with a label: "بقلم: …", "إعداد: …", "كتب: …" (authors), "تحرير: …",
 * "إشراف: …", "مراجعة: …" (editors), "ترجمة: …" (translators). One line may hold several labels
 * ("إعداد: فلان – ترجمة: فلان"); names after a label are separated by commas.
 */
final class Bylines {
    /** Labels of authors. */
    private static final List<String> AUTHOR_LABELS = List.of("بقلم", "كتب", "كتبت", "كتابة", "إعداد", "اعداد");
    /** Labels of editors and translators. */
    private static final Map<String, Contributor.Role> CONTRIBUTOR_LABELS = Map.of(
            "تحرير",
            Contributor.Role.EDITOR,
            "إشراف",
            Contributor.Role.EDITOR,
            "مراجعة",
            Contributor.Role.EDITOR,
            "ترجمة",
            Contributor.Role.TRANSLATOR);
    /** A label with optional harakat, then a colon. */
    static final Pattern LABEL = Pattern.compile("(?<![\\p{L}\\p{M}])("
            + Stream.concat(
                            AUTHOR_LABELS.stream(),
                            CONTRIBUTOR_LABELS.keySet().stream().sorted())
                    .map(Bylines::withMarks)
                    .collect(Collectors.joining("|"))
            + ")\\s*:\\s*");

    private static final int MAX_WORDS = 14;
    private static final String SEPARATORS = "|–—-/•·";

    private Bylines() {}

    /**
     * A name a byline credits.
     *
     * @param name the name as written
     * @param role its role, or {@code null} for an author
     */
    record Credit(String name, Contributor.Role role) {}

    /** The names a line credits, with their roles, or an empty list if the line is no labelled byline. */
    static List<Credit> credits(String line) {
        Matcher m = LABEL.matcher(line);
        if (!m.lookingAt() || line.split(" ").length > MAX_WORDS) {
            return List.of();
        }
        List<int[]> labels = new ArrayList<>();
        m.reset();
        while (m.find()) {
            labels.add(new int[] {m.start(), m.end()});
        }
        List<Credit> credits = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            int end = i + 1 < labels.size() ? labels.get(i + 1)[0] : line.length();
            String label = ArabicText.stripMarks(line.substring(labels.get(i)[0], labels.get(i)[1]))
                    .replaceAll("[\\s:]", "");
            Contributor.Role role = CONTRIBUTOR_LABELS.get(label);
            Arrays.stream(line.substring(labels.get(i)[1], end).split("\\s*[،,]\\s*"))
                    .map(Bylines::trimSeparators)
                    .filter(s -> !s.isEmpty())
                    .forEach(name -> credits.add(new Credit(name, role)));
        }
        return credits;
    }

    private static String trimSeparators(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && (SEPARATORS.indexOf(s.charAt(a)) >= 0 || Character.isWhitespace(s.charAt(a)))) {
            a++;
        }
        while (b > a && (SEPARATORS.indexOf(s.charAt(b - 1)) >= 0 || Character.isWhitespace(s.charAt(b - 1)))) {
            b--;
        }
        return s.substring(a, b);
    }

    private static String withMarks(String word) {
        return word.codePoints()
                .mapToObj(cp -> Pattern.quote(Character.toString(cp)) + "\\p{Mn}*")
                .collect(Collectors.joining());
    }
}

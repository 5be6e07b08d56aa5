package io.mirsad.digest.internal.importer;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words with which Arabic reporting attributes a statement: "وحسبما ذكر", "بحسب", "ووفقًا لـ",
 * "وأشار", "أكدت", "يرى", "قال"… A word counts with or without a leading و/ف and however it is vowelled.
 */
final class ReportingPhrases {
    private static final List<String> CUES = List.of(
            "حسب", "بحسب", "حسبما", "بحسبما", "وفق", "وفقا", "وفقًا", "طبقا", "نقلا", "استنادا", "قال", "قالت", "يقول",
            "تقول", "ذكر", "ذكرت", "يذكر", "تذكر", "أعلن", "أعلنت", "يعلن", "تعلن", "أشار", "أشارت", "يشير", "تشير",
            "أكد", "أكدت", "يؤكد", "تؤكد", "يرى", "ترى", "رأى", "رأت", "أفاد", "أفادت", "أوضح", "أوضحت", "كشف", "كشفت",
            "يكشف", "تكشف", "توقع", "توقعت", "يتوقع", "تتوقع", "حذر", "حذرت", "يحذر", "تحذر", "خلص", "خلصت", "يخلص",
            "تخلص", "أظهر", "أظهرت", "رصد", "رصدت", "قدر", "قدرت", "يقدر", "تقدر", "اعتبر", "اعتبرت", "يعتبر", "تعتبر",
            "أضاف", "أضافت", "نشر", "نشرت", "أصدر", "أصدرت", "دعا", "دعت", "لفت", "لفتت", "نبه", "نبهت");

    private static final Set<String> KEYS = CUES.stream().map(NameFolder::fold).collect(Collectors.toUnmodifiableSet());

    private ReportingPhrases() {}

    /** Whether the word is a reporting verb or preposition such as "وحسبما" or "أكدت". */
    static boolean isCue(WordToken word) {
        if (KEYS.contains(word.folded())) {
            return true;
        }
        for (String conjunction : List.of("و", "ف")) {
            int offset = word.afterProclitic(conjunction);
            if (offset >= 0 && KEYS.contains(NameFolder.fold(word.raw().substring(offset - word.start())))) {
                return true;
            }
        }
        return false;
    }
}

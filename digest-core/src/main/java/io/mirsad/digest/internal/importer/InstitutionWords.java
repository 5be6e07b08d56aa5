package io.mirsad.digest.internal.importer;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The words that head an institution's name, and the words that end it. */
final class InstitutionWords {
    /** Nouns a name starts with; "معهد" before "تشاتام هاوس" belongs to the mention. */
    private static final Set<String> HEADS = folded(List.of(
            "معهد",
            "مركز",
            "مؤسسة",
            "مجموعة",
            "مجلس",
            "منظمة",
            "منتدى",
            "صندوق",
            "أكاديمية",
            "مبادرة",
            "نادي",
            "وقفية"));
    /** Nouns that open the name of an institution a gazetteer may lack ("مركز …", "معهد …", "مؤسسة …"). */
    private static final Set<String> UNKNOWN_HEADS = folded(List.of("معهد", "مركز", "مؤسسة", "منتدى", "أكاديمية"));
    /** Words that follow a name rather than belong to it. */
    private static final Set<String> STOPS = folded(List.of(
            "في", "إلى", "الى", "أن", "إن", "ان", "بأن", "وأن", "فإن", "على", "عن", "من", "مع", "حول", "بشأن", "الذي",
            "التي", "الذين", "قد", "لا", "لم", "لن", "ما", "هذا", "هذه", "ذلك", "تلك", "كما", "بعد", "قبل", "خلال",
            "منذ", "حين", "عندما", "أمس", "اليوم", "مؤخرا", "أيضا", "الصادر", "الصادرة", "تقرير", "تقريره", "تقريرها",
            "دراسة", "دراسته", "دراستها", "ورقة", "بيان", "بيانه", "نشر", "نشرت", "أصدر", "أصدرت", "يوم", "الأسبوع",
            "الشهر", "العام", "أمام", "عبر", "بين", "لدى", "حتى", "أو", "ثم"));
    /** Particles that still end a name when a و is joined to them. */
    private static final Set<String> PARTICLES = folded(List.of("في", "إلى", "على", "عن", "من", "مع", "أن", "إن"));
    /** Nationality adjectives that describe a name ("معهد تشاتام هاوس البريطاني") without being part of it. */
    private static final Set<String> NATIONALITIES = folded(List.of(
            "البريطاني",
            "البريطانية",
            "الأمريكي",
            "الأمريكية",
            "الأميركي",
            "الأميركية",
            "الفرنسي",
            "الفرنسية",
            "الألماني",
            "الألمانية",
            "الروسي",
            "الروسية",
            "الصيني",
            "الصينية",
            "الإسرائيلي",
            "الإسرائيلية",
            "الإيطالي",
            "الإيطالية",
            "الياباني",
            "اليابانية",
            "الهندي",
            "الهندية",
            "التركي",
            "التركية",
            "الإيراني",
            "الإيرانية",
            "الأسترالي",
            "الأسترالية",
            "الكندي",
            "الكندية",
            "السويدي",
            "السويدية",
            "الهولندي",
            "الهولندية",
            "البلجيكي",
            "البلجيكية",
            "الأوروبي",
            "الأوروبية",
            "المصري",
            "المصرية",
            "السعودي",
            "السعودية",
            "الإماراتي",
            "الإماراتية",
            "القطري",
            "القطرية",
            "الأردني",
            "الأردنية",
            "اللبناني",
            "اللبنانية",
            "المغربي",
            "المغربية",
            "التونسي",
            "التونسية",
            "الجزائري",
            "الجزائرية",
            "العراقي",
            "العراقية",
            "السوري",
            "السورية",
            "الكويتي",
            "الكويتية",
            "العماني",
            "العمانية",
            "البحريني",
            "البحرينية",
            "اليمني",
            "اليمنية",
            "الليبي",
            "الليبية",
            "السوداني",
            "السودانية"));

    private InstitutionWords() {}

    /** Whether the word, read with or without a proclitic, is a noun that heads an institution's name. */
    static boolean isHead(WordToken word) {
        return headStart(word, HEADS) >= 0;
    }

    /**
     * Where in the line the head noun starts (after any proclitic), or -1 if the word is not a head
     * noun that may open the name of an institution the gazetteer lacks.
     */
    static int unknownHeadStart(WordToken word) {
        return headStart(word, UNKNOWN_HEADS);
    }

    /** Where the head noun starts, or -1. */
    static int headStart(WordToken word) {
        return headStart(word, HEADS);
    }

    /** Whether the word ends a name: a preposition, a conjunction with one ("وفي"), a time word, "تقرير"… */
    static boolean isStop(WordToken word) {
        if (STOPS.contains(word.folded())) {
            return true;
        }
        int offset = word.afterProclitic("و");
        return offset >= 0 && PARTICLES.contains(NameFolder.fold(word.raw().substring(offset - word.start())));
    }

    static boolean isNationality(WordToken word) {
        return NATIONALITIES.contains(word.folded());
    }

    private static int headStart(WordToken word, Set<String> heads) {
        for (Proclitics.Reading reading : Proclitics.readings(word)) {
            if (heads.contains(reading.key())) {
                return reading.start();
            }
        }
        return -1;
    }

    private static Set<String> folded(List<String> words) {
        return words.stream().map(NameFolder::fold).collect(Collectors.toUnmodifiableSet());
    }
}

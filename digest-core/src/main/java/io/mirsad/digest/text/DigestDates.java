package io.mirsad.digest.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as an Arabic edition prints them: Gregorian ("29 نوفمبر 2026") and Hijri on the
 * Umm al-Qura calendar ("8 جمادى الآخرة 1448 هـ"). The locale's month names come from ICU's CLDR data.
 */
public final class DigestDates {
    /**
     * Arabic locales whose Gregorian month names differ: يناير (Egypt and the Gulf), كانون الثاني
     * (the Levant and Iraq), يناير/يوليوز/غشت (Morocco), جانفي/جويلية/أوت (Algeria and Tunisia).
     */
    private static final List<String> MONTH_LOCALES = List.of("ar", "ar-SY", "ar-IQ", "ar-MA", "ar-DZ", "ar-TN");
    /** Common Hijri spellings besides ICU's ("ربيع الآخر", "جمادى الآخرة", "ذو القعدة"…). */
    private static final Map<String, Integer> HIJRI_ALIASES = Map.of(
            "ربيع الثاني", 4, "جمادى الأول", 5, "جمادى الثانية", 6, "جمادى الثاني", 6, "ذي القعدة", 11, "ذي الحجة", 12);
    /** Folded month name to its number: Gregorian from 1, Hijri from 101. */
    private static final Map<String, Integer> MONTHS = monthNames();
    /** Folded words a line may hold around its dates and still be only a date: weekdays, "الموافق", م and هـ. */
    private static final Set<String> DATE_WORDS = dateWords();

    private static final Pattern NAMED =
            Pattern.compile("(?<!\\d)(\\d{1,2})\\s+(?:من\\s+)?([\\p{IsArabic} ]+?)\\s*[،,]?\\s+(\\d{4})");
    private static final Pattern YMD = Pattern.compile("(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
    private static final Pattern DMY = Pattern.compile("(?<!\\d)(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})(?!\\d)");
    /**
     * One "d MMMM y" format per locale and calendar, copied for each use (a format is not thread-safe): making
     * one reads ICU's locale data, which costs a hundred times as much as a copy.
     */
    private static final Map<ULocale, SimpleDateFormat> FORMATS = new ConcurrentHashMap<>();

    private DigestDates() {}

    /**
     * Reads the first date in a line of text: "12 نوفمبر 2026", "١٢ تشرين الثاني ٢٠٢٦", "12 جانفي 2026",
     * "2026-11-12", "12/11/2026" (day first, as Arabic pages write it), or a Hijri date on the Umm al-Qura
     * calendar ("21 جمادى الأولى 1448 هـ"). When a line gives both calendars the Gregorian date wins.
     * Month names are ICU's, for every Arabic naming; harakat and hamza forms do not matter.
     *
     * @return the date, or empty when the text holds none that exists
     */
    public static Optional<LocalDate> parse(String text) {
        String t = latinDigits(text);
        List<LocalDate> hijri = new ArrayList<>();
        Matcher named = NAMED.matcher(t);
        for (int from = 0; from < t.length() && named.find(from); from = named.start(3)) {
            Integer month = month(named.group(2));
            int day = Integer.parseInt(named.group(1));
            int year = Integer.parseInt(named.group(3));
            if (month != null && month < 100) {
                Optional<LocalDate> d = date(year, month, day);
                if (d.isPresent()) {
                    return d;
                }
            } else if (month != null) {
                hijri(year, month - 100, day).ifPresent(hijri::add);
            }
        }
        Matcher ymd = YMD.matcher(t);
        if (ymd.find()) {
            return date(Integer.parseInt(ymd.group(1)), Integer.parseInt(ymd.group(2)), Integer.parseInt(ymd.group(3)));
        }
        Matcher dmy = DMY.matcher(t);
        if (dmy.find()) {
            return date(Integer.parseInt(dmy.group(3)), Integer.parseInt(dmy.group(2)), Integer.parseInt(dmy.group(1)));
        }
        return hijri.stream().findFirst();
    }

    /**
     * Whether the text is a date and nothing else, as pages print one under the byline: an optional
     * weekday, then the Gregorian date, the Hijri date or both ("الثلاثاء 1 ديسمبر 2026",
     * "1 ديسمبر 2026م - 20 جمادى الآخرة 1448هـ", "2026-12-01"), in any form {@link #parse} reads.
     */
    public static boolean isDateOnly(String text) {
        String rest = latinDigits(text);
        boolean found = false;
        Matcher named = NAMED.matcher(rest);
        StringBuilder outside = new StringBuilder();
        int last = 0;
        while (named.find()) {
            if (month(named.group(2)) != null) {
                outside.append(rest, last, named.start()).append(' ');
                last = named.end();
                found = true;
            }
        }
        rest = outside.append(rest.substring(last)).toString();
        for (Pattern numeric : List.of(YMD, DMY)) {
            Matcher m = numeric.matcher(rest);
            found |= m.find();
            rest = m.replaceAll(" ");
        }
        if (!found) {
            return false;
        }
        for (String word : rest.split("[^\\p{L}\\p{M}\\p{N}]+")) {
            if (!word.isEmpty() && !DATE_WORDS.contains(fold(word))) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> dateWords() {
        Set<String> words = new HashSet<>(Set.of(fold("الموافق"), fold("م"), fold("هـ")));
        for (String day : new DateFormatSymbols(GregorianCalendar.class, ULocale.forLanguageTag("ar")).getWeekdays()) {
            if (!day.isEmpty()) {
                words.add(fold(day));
            }
        }
        return Set.copyOf(words);
    }

    /** The month a name (possibly with words after it, as in "الأول 2026") stands for, or null. */
    private static Integer month(String words) {
        String key = fold(words.strip());
        while (!key.isEmpty()) {
            Integer m = MONTHS.get(key);
            if (m != null) {
                return m;
            }
            int space = key.lastIndexOf(' ');
            key = space < 0 ? "" : key.substring(0, space);
        }
        return null;
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> hijri(int year, int month, int day) {
        IslamicCalendar cal = new IslamicCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
        cal.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
        cal.setLenient(false);
        cal.clear();
        cal.set(year, month - 1, day);
        try {
            GregorianCalendar g = new GregorianCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
            g.setTimeInMillis(cal.getTimeInMillis());
            return date(g.get(Calendar.YEAR), g.get(Calendar.MONTH) + 1, g.get(Calendar.DAY_OF_MONTH));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Map<String, Integer> monthNames() {
        Map<String, Integer> names = new LinkedHashMap<>();
        for (String tag : MONTH_LOCALES) {
            ULocale locale = ULocale.forLanguageTag(tag);
            String[] months = new DateFormatSymbols(GregorianCalendar.class, locale).getMonths();
            for (int i = 0; i < 12; i++) {
                names.putIfAbsent(fold(months[i]), i + 1);
            }
        }
        String[] hijri = new DateFormatSymbols(IslamicCalendar.class, ULocale.forLanguageTag("ar")).getMonths();
        for (int i = 0; i < 12; i++) {
            names.putIfAbsent(fold(hijri[i]), 101 + i);
        }
        HIJRI_ALIASES.forEach((name, month) -> names.putIfAbsent(fold(name), 100 + month));
        return Map.copyOf(names);
    }

    /** Harakat and tatweel dropped, hamza on alef and alef maqsura folded, spaces single. */
    private static String fold(String s) {
        StringBuilder sb = new StringBuilder();
        ArabicText.stripMarks(s)
                .replace("\u0640", "")
                .codePoints()
                .forEach(cp -> sb.appendCodePoint(
                        switch (cp) {
                            case 'أ', 'إ', 'آ' -> 'ا';
                            case 'ى' -> 'ي';
                            case 'ة' -> 'ه';
                            default -> cp;
                        }));
        return sb.toString().replaceAll("\\s+", " ").strip();
    }

    private static String latinDigits(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            int d = UCharacter.digit(cp, 10);
            sb.appendCodePoint(d >= 0 ? '0' + d : cp);
        });
        return sb.toString();
    }

    /** The Gregorian date in Arabic, e.g. {@code 29 نوفمبر 2026}; the month names follow {@code localeTag}. */
    public static String gregorian(LocalDate date, String localeTag, DigitStyle digits) {
        return digits.apply(format(withLatinDigits(localeTag)).format(toDate(date)));
    }

    /** The Hijri date on the Umm al-Qura calendar, e.g. {@code 8 جمادى الآخرة 1448 هـ}. */
    public static String hijri(LocalDate date, String localeTag, DigitStyle digits) {
        ULocale locale = withLatinDigits(localeTag).setKeywordValue("calendar", "islamic-umalqura");
        return digits.apply(format(locale).format(toDate(date))) + " هـ";
    }

    /** A copy of the locale's "d MMMM y" format, in UTC. */
    private static SimpleDateFormat format(ULocale locale) {
        SimpleDateFormat prototype = FORMATS.computeIfAbsent(locale, l -> {
            SimpleDateFormat f = new SimpleDateFormat("d MMMM y", l);
            f.setTimeZone(TimeZone.GMT_ZONE);
            return f;
        });
        return (SimpleDateFormat) prototype.clone();
    }

    /** ICU's Arabic locales default to Arabic-Indic digits; start from Latin ones and let {@link DigitStyle} decide. */
    private static ULocale withLatinDigits(String localeTag) {
        return ULocale.forLanguageTag(localeTag).setKeywordValue("numbers", "latn");
    }

    private static Date toDate(LocalDate date) {
        return Date.from(date.atStartOfDay().toInstant(ZoneOffset.UTC));
    }
}

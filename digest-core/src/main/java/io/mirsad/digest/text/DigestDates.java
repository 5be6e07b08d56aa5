package io.mirsad.digest.text;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * Dates as an Arabic edition prints them: Gregorian ("29 نوفمبر 2026") and Hijri on the
 * Umm al-Qura calendar ("8 جمادى الآخرة 1448 هـ"). The locale's month names come from ICU's CLDR data.
 */
public final class DigestDates {
    private DigestDates() {
    }

    /** The Gregorian date in Arabic, e.g. {@code 29 نوفمبر 2026}; the month names follow {@code localeTag}. */
    public static String gregorian(LocalDate date, String localeTag, DigitStyle digits) {
        ULocale locale = withLatinDigits(localeTag);
        SimpleDateFormat f = new SimpleDateFormat("d MMMM y", locale);
        f.setTimeZone(TimeZone.GMT_ZONE);
        return digits.apply(f.format(toDate(date)));
    }

    /** The Hijri date on the Umm al-Qura calendar, e.g. {@code 8 جمادى الآخرة 1448 هـ}. */
    public static String hijri(LocalDate date, String localeTag, DigitStyle digits) {
        ULocale locale = withLatinDigits(localeTag).setKeywordValue("calendar", "islamic-umalqura");
        SimpleDateFormat f = new SimpleDateFormat("d MMMM y", locale);
        f.setTimeZone(TimeZone.GMT_ZONE);
        return digits.apply(f.format(toDate(date))) + " هـ";
    }

    /** ICU's Arabic locales default to Arabic-Indic digits; start from Latin ones and let {@link DigitStyle} decide. */
    private static ULocale withLatinDigits(String localeTag) {
        return ULocale.forLanguageTag(localeTag).setKeywordValue("numbers", "latn");
    }

    private static Date toDate(LocalDate date) {
        return Date.from(date.atStartOfDay().toInstant(ZoneOffset.UTC));
    }
}

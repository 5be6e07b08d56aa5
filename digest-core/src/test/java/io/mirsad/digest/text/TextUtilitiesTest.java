package io.mirsad.digest.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.digest.Direction;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TextUtilitiesTest {

    @Test
    void digitsAreShapedOnlyWhenAsked() {
        assertThat(DigitStyle.WESTERN.apply("عام 2026")).isEqualTo("عام 2026");
        assertThat(DigitStyle.ARABIC_INDIC.apply("عام 2026، بنسبة 9.4%")).isEqualTo("عام ٢٠٢٦، بنسبة ٩.٤%");
        assertThat(DigitStyle.fromName("arabic-indic")).isEqualTo(DigitStyle.ARABIC_INDIC);
    }

    @Test
    void nfcComposesAndMarksCanBeStripped() {
        // alef + hamza above (U+0627 U+0654) composes to U+0623
        assertThat(ArabicText.nfc("\u0627\u0654")).isEqualTo("\u0623");
        assertThat(ArabicText.stripMarks("الدَّيْن")).isEqualTo("الدين");
        assertThat(ArabicText.stripMarks("كبـــير")).isEqualTo("كبير");
        assertThat(ArabicText.containsArabic("CSIS مركز")).isTrue();
        assertThat(ArabicText.containsArabic("CSIS 2026")).isFalse();
        assertThat(ArabicText.isArabic('٣')).isTrue();
    }

    @Test
    void gregorianDatesUseArabicMonthNames() {
        assertThat(DigestDates.gregorian(LocalDate.of(2026, 11, 29), "ar", DigitStyle.WESTERN))
                .isEqualTo("29 نوفمبر 2026");
        assertThat(DigestDates.gregorian(LocalDate.of(2026, 11, 29), "ar", DigitStyle.ARABIC_INDIC))
                .isEqualTo("٢٩ نوفمبر ٢٠٢٦");
    }

    @Test
    void hijriDatesFollowUmmAlQura() {
        // Ramadan 1447 began on 18 February 2026 by the Umm al-Qura calendar, after a 29-day Shaban.
        assertThat(DigestDates.hijri(LocalDate.of(2026, 2, 18), "ar", DigitStyle.WESTERN))
                .isEqualTo("1 رمضان 1447 هـ");
        assertThat(DigestDates.hijri(LocalDate.of(2026, 2, 17), "ar", DigitStyle.WESTERN))
                .isEqualTo("29 شعبان 1447 هـ");
    }

    @Test
    void bidiHelpersFindTheFirstStrongDirection() {
        assertThat(BidiText.firstStrong("2026 CSIS مركز", Direction.RTL)).isEqualTo(Direction.LTR);
        assertThat(BidiText.firstStrong("2026 مركز CSIS", Direction.LTR)).isEqualTo(Direction.RTL);
        assertThat(BidiText.firstStrong("2026", Direction.RTL)).isEqualTo(Direction.RTL);
        assertThat(BidiText.isolate("CSIS")).isEqualTo("\u2068CSIS\u2069");
    }

    @Test
    void arabicAndHebrewLettersAreRightToLeftDigitsAndLatinAreNot() {
        assertThat("مש".codePoints().allMatch(BidiText::isRightToLeft)).isTrue();
        assertThat("C7٣ ،".codePoints().noneMatch(BidiText::isRightToLeft)).isTrue();
    }

    @Test
    void datesParseInEveryArabicMonthNamingAndBothCalendars() {
        LocalDate day = LocalDate.of(2026, 11, 3);
        for (String locale : java.util.List.of("ar", "ar-EG", "ar-SY", "ar-IQ", "ar-MA", "ar-DZ", "ar-TN")) {
            for (DigitStyle digits : DigitStyle.values()) {
                assertThat(DigestDates.parse("نُشر في " + DigestDates.gregorian(day, locale, digits)))
                        .as(locale)
                        .contains(day);
            }
        }
        for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() == 2026; d = d.plusDays(7)) {
            assertThat(DigestDates.parse("تاريخ النشر: " + DigestDates.hijri(d, "ar", DigitStyle.ARABIC_INDIC)))
                    .as("Hijri %s", d)
                    .contains(d);
        }
        assertThat(DigestDates.parse("الأحد 14 جمادى الأولى 1448 هـ الموافق 25 أكتوبر 2026 م"))
                .as("the Gregorian date wins")
                .contains(LocalDate.of(2026, 10, 25));
        assertThat(DigestDates.parse("نشر في 12 جانفي 2026")).contains(LocalDate.of(2026, 1, 12));
        assertThat(DigestDates.parse("آخر تحديث: 2026/10/28")).contains(LocalDate.of(2026, 10, 28));
        assertThat(DigestDates.parse("نشر في 28-10-2026")).as("day first").contains(LocalDate.of(2026, 10, 28));
        assertThat(DigestDates.parse("نشر في 31 فبراير 2026")).as("no such day").isEmpty();
        assertThat(DigestDates.parse("منذ ثلاث ساعات")).isEmpty();
        assertThat(DigestDates.parse("نشر في 12 رمضان")).as("no year").isEmpty();
    }
}

package io.mirsad.digest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class EditionLabelsTest {

    @Test
    void labelsFollowTheDigestsLanguage() {
        assertThat(EditionLabels.forLanguage("ar").sources()).isEqualTo("المصادر");
        assertThat(EditionLabels.forLanguage("ar-EG").contents()).isEqualTo("المحتويات");
        assertThat(EditionLabels.forLanguage("en").sources()).isEqualTo("Sources");
        assertThat(EditionLabels.forLanguage("fr").contents()).isEqualTo("Sommaire");
        assertThat(EditionLabels.forLanguage("fr-CA").byline()).isEqualTo("Par ");
    }

    @Test
    void anyOtherLanguageGetsEnglishWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRENCH);
            assertThat(EditionLabels.forLanguage("de").contents()).isEqualTo("Contents");
            assertThat(EditionLabels.forLanguage("en").contents()).isEqualTo("Contents");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void onlyArabicShowsTheHijriDate() {
        assertThat(EditionLabels.forLanguage("ar").showsHijri()).isTrue();
        assertThat(EditionLabels.forLanguage("ar-SA").showsHijri()).isTrue();
        assertThat(EditionLabels.forLanguage("en").showsHijri()).isFalse();
        assertThat(EditionLabels.forLanguage("fr").showsHijri()).isFalse();
    }

    @Test
    void everyLanguageHasEveryLabel() {
        for (String tag : new String[] {"ar", "en", "fr"}) {
            EditionLabels l = EditionLabels.forLanguage(tag);
            assertThat(new String[] {
                        l.contents(),
                        l.inThisIssue(),
                        l.landmarks(),
                        l.cover(),
                        l.coverAlt(),
                        l.titlePage(),
                        l.introduction(),
                        l.start(),
                        l.notes(),
                        l.sources(),
                        l.source(),
                        l.sourcesLead(),
                        l.notesAndSources(),
                        l.sectionSources(),
                        l.listSeparator(),
                        l.backToText(),
                        l.byline(),
                        l.hijriJoin()
                    })
                    .as(tag)
                    .doesNotContainNull()
                    .allSatisfy(s -> assertThat(s).isNotEmpty());
        }
    }
}

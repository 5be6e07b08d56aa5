package io.mirsad.digest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
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
                        l.hijriJoin(),
                        l.sourceIndex(),
                        l.citedIn(),
                        l.noSources(),
                        l.page(),
                        l.issueCount()
                    })
                    .as(tag)
                    .doesNotContainNull()
                    .allSatisfy(s -> assertThat(s).isNotEmpty());
        }
    }

    /** A key missing from one language would silently fall back to English there. */
    @Test
    void everyBundleTranslatesEveryKey() throws IOException {
        Properties english = bundle("labels.properties");
        for (String file : new String[] {"labels_ar.properties", "labels_fr.properties"}) {
            assertThat(bundle(file).stringPropertyNames()).as(file).isEqualTo(english.stringPropertyNames());
        }
        assertThat(EditionLabels.forLanguage("ar").sourceIndex()).isEqualTo("فهرس المصادر");
        assertThat(EditionLabels.forLanguage("en").citedIn()).isEqualTo("Cited in issues: ");
        assertThat(EditionLabels.forLanguage("fr").sourceIndex()).isEqualTo("Index des sources");
    }

    private static Properties bundle(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = EditionLabels.class.getResourceAsStream(file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}

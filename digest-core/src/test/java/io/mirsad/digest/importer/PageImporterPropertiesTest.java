package io.mirsad.digest.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.digest.Block;
import io.mirsad.digest.Digest;
import io.mirsad.digest.Inline;
import io.mirsad.digest.Section;
import io.mirsad.digest.SectionKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Pages the importer has never seen: random headlines and paragraphs (with harakat, both kinds of
 * digits, Latin words, commas without the space after them, no-break spaces, doubled spaces),
 * random citations of gazetteer institutions in random spellings and of invented institutions no
 * gazetteer has, caption repeats, blank and residue lines. The import must give back exactly the structure the page was built from.
 */
class PageImporterPropertiesTest {
    private static final PageImporter IMPORTER = PageImporter.defaults();

    private static final List<String> WORDS = List.of(
            "الاقتصاد",
            "النمو",
            "الأسواق",
            "التضخم",
            "الموانئ",
            "الشحن",
            "الطاقة",
            "الرياح",
            "الشمس",
            "المياه",
            "الزراعة",
            "القمح",
            "الأسعار",
            "الحكومات",
            "البرلمان",
            "الانتخابات",
            "الحدود",
            "اللاجئين",
            "المدن",
            "القرى",
            "الشباب",
            "التعليم",
            "الجامعات",
            "الصحة",
            "المستشفيات",
            "الديون",
            "العملة",
            "البنوك",
            "الاستثمار",
            "الصادرات",
            "الواردات",
            "الغذاء",
            "المناخ",
            "الجفاف",
            "الفيضانات",
            "الساحل",
            "الصحراء",
            "البحر",
            "النهر",
            "الطرق",
            "القطارات",
            "البيانات",
            "الأمن",
            "السلام",
            "التفاوض",
            "الاتفاق",
            "الوساطة",
            "تراجع",
            "ارتفع",
            "انخفض",
            "تحسن",
            "تباطأ",
            "يستمر",
            "ينمو",
            "تتسع",
            "تضيق",
            "سريعًا",
            "ببطء",
            "كثيرًا",
            "مجددًا",
            "حاليًا",
            "الدَّين",
            "المُدن",
            "التَّعافي",
            "قِطاع",
            "مُستقبل",
            "في",
            "على",
            "من",
            "إلى",
            "مع",
            "بين",
            "عن",
            "2026",
            "15%",
            "٣٠٪",
            "١٢",
            "3.5",
            "GDP",
            "LNG",
            "AI");
    private static final List<String> NAMES =
            List.of("نادية", "عمر", "الزين", "حسن", "فرح", "سليم", "مريم", "القاسم", "جود", "البنا");
    private static final List<String> SERIES_WORDS = List.of("نشرة", "الأسبوع", "قراءات", "ملف", "العالم", "مختارات");
    private static final List<String> CUES =
            List.of("وذكر", "وبحسب", "وأشار", "وأكدت", "ويرى", "وقال", "بحسب", "ووفقًا لـ");
    private static final List<String> ENDINGS = List.of(".", ".", ".", "؟", "!", "…");
    private static final List<String> BLANKS = List.of("", "   ", "\u00A0", " \u00A0 \u00A0", "\t");
    private static final List<String> RESIDUE = List.of("اقرأ أيضا", "ربما يعجبك أيضاً", "اقرأ أيضًا:", "إقرأ أيضا");

    @Property(tries = 300)
    void importGivesBackThePageItWasBuiltFrom(@ForAll("pages") GeneratedPage page) {
        ImportResult result = IMPORTER.importPage(page.text());
        Digest digest = result.digest();

        assertThat(digest.metadata().title()).isEqualTo(page.title);
        assertThat(digest.metadata().series()).isEqualTo(page.series);
        assertThat(digest.metadata().authors()).isEqualTo(page.authors);
        assertThat(result.dropped()).containsExactlyElementsOf(page.dropped);

        assertThat(digest.sections()).hasSameSizeAs(page.sections);
        for (int i = 0; i < page.sections.size(); i++) {
            GeneratedPage.Expected want = page.sections.get(i);
            Section got = digest.sections().get(i);
            assertThat(got.kind()).isEqualTo(want.headline == null ? SectionKind.INTRODUCTION : SectionKind.STORY);
            assertThat(got.headline()).isEqualTo(want.headline);
            assertThat(got.paragraphs().stream().map(Block.Paragraph::text)).containsExactlyElementsOf(want.paragraphs);
            assertThat(got.sources().stream()
                            .map(id -> digest.source(id).orElseThrow().name()))
                    .containsExactlyElementsOf(want.references.keySet());
            List<String> refTexts = got.paragraphs().stream()
                    .flatMap(p -> p.runs().stream())
                    .filter(Inline.SourceRef.class::isInstance)
                    .map(Inline::text)
                    .toList();
            assertThat(refTexts).containsExactlyElementsOf(want.references.values());
        }
        PageAccounting.assertAccountsForEveryLine(page.text(), result);
    }

    @Property(tries = 100)
    void importIsDeterministic(@ForAll("pages") GeneratedPage page) {
        assertThat(IMPORTER.importPage(page.text()))
                .isEqualTo(PageImporter.defaults().importPage(page.text()));
    }

    @Provide
    Arbitrary<GeneratedPage> pages() {
        Arbitrary<String> headline = words(2, 9);
        Arbitrary<Paragraph> paragraph = paragraphs();
        Arbitrary<Story> story = Combinators.combine(
                        headline,
                        paragraph.list().ofMinSize(1).ofMaxSize(4),
                        Arbitraries.integers().between(0, 2),
                        noise())
                .as(Story::new);
        Arbitrary<Header> header = Combinators.combine(
                        words(2, 8),
                        Arbitraries.of(SERIES_WORDS).list().ofMinSize(2).ofMaxSize(3),
                        Arbitraries.of(NAMES)
                                .list()
                                .ofMinSize(2)
                                .ofMaxSize(3)
                                .list()
                                .ofMinSize(1)
                                .ofMaxSize(2),
                        Arbitraries.of(HeaderStyle.class))
                .as(Header::new);
        return Combinators.combine(
                        header,
                        paragraph.list().ofMaxSize(3),
                        story.list().ofMinSize(1).ofMaxSize(7))
                .as(PageImporterPropertiesTest::render)
                .filter(PageImporterPropertiesTest::headlinesAreDistinct);
    }

    private static Arbitrary<String> words(int min, int max) {
        return Arbitraries.of(WORDS).list().ofMinSize(min).ofMaxSize(max).map(ws -> String.join(" ", ws));
    }

    private static Arbitrary<Paragraph> paragraphs() {
        Arbitrary<List<String>> words =
                Arbitraries.of(WORDS).list().ofMinSize(5).ofMaxSize(30);
        Arbitrary<Citation> citation = Combinators.combine(
                        Arbitraries.of(CUES),
                        Citations.names(),
                        Arbitraries.integers().between(0, (1 << 20) - 1))
                .as(Citation::new);
        return Combinators.combine(
                        words,
                        Arbitraries.of(ENDINGS),
                        citation.injectNull(0.5),
                        Arbitraries.integers().between(0, 1023),
                        noise())
                .as(Paragraph::new);
    }

    /** Null, a blank line of some kind, or a residue line. */
    private static Arbitrary<String> noise() {
        return Arbitraries.oneOf(Arbitraries.of(BLANKS), Arbitraries.of(RESIDUE))
                .injectNull(0.6);
    }

    private enum HeaderStyle {
        /** "SERIES| TITLE", byline, series. */
        FULL,
        /** "TITLE", byline, series. */
        TITLE_ONLY,
        /** "SERIES| TITLE", series (no byline). */
        NO_BYLINE,
        /** "SERIES| TITLE", byline (no series line). */
        NO_SERIES_LINE
    }

    private record Header(String title, List<String> seriesWords, List<List<String>> authors, HeaderStyle style) {}

    /**
     * @param citedAs how an institution is cited at the start, or null
     * @param style   bits choosing spacing noise: which comma loses its space, NBSPs, doubled spaces
     */
    private record Paragraph(List<String> words, String ending, Citation citedAs, int style, String noiseAfter) {

        String clean() {
            StringBuilder sb = new StringBuilder();
            if (citedAs != null) {
                sb.append(citedAs.cue())
                        .append(citedAs.cue().endsWith("لـ") ? "" : " ")
                        .append(citedAs.mention())
                        .append(" أن ");
            }
            for (int i = 0; i < words.size(); i++) {
                sb.append(words.get(i));
                if (i + 1 < words.size()) {
                    sb.append(commaAfter(i) ? "، " : " ");
                }
            }
            return sb.append(ending).toString();
        }

        /** The clean text as a careless page has it: a comma glued to the next word, odd spaces. */
        String noisy() {
            String text = clean();
            if ((style & 1) != 0) {
                // Only before a letter: between digits a comma is part of the number and keeps its spacing.
                text = text.replaceFirst("، (?=\\p{L})", "،");
            }
            if ((style & 2) != 0) {
                text = text.replaceFirst(" ", "\u00A0");
            }
            if ((style & 4) != 0) {
                text = text.replaceFirst(" ", "   ");
            }
            if ((style & 8) != 0) {
                text = " " + text + "\u00A0 ";
            }
            return text;
        }

        private boolean commaAfter(int i) {
            return ((style >> 4) & 7) == i % 8 && i > 1;
        }
    }

    private record Story(String headline, List<Paragraph> paragraphs, int captions, String noiseAfter) {}

    private static GeneratedPage render(Header header, List<Paragraph> intro, List<Story> stories) {
        GeneratedPage page = new GeneratedPage();
        String series = String.join(" ", header.seriesWords());
        List<String> authors =
                header.authors().stream().map(n -> String.join(" ", n)).toList();
        String byline = String.join("، ", authors);
        page.title = header.title();
        page.series = series;
        page.authors = authors;
        switch (header.style()) {
            case FULL:
                page.line(series + "| " + header.title());
                page.line(byline);
                page.line(series);
                break;
            case TITLE_ONLY:
                page.line(header.title());
                page.line(byline);
                page.line(series);
                break;
            case NO_BYLINE:
                page.line(series + "| " + header.title());
                page.line(series);
                page.authors = List.of();
                break;
            default:
                page.line(series + "| " + header.title());
                page.line(byline);
                break;
        }
        if (!intro.isEmpty()) {
            GeneratedPage.Expected expected = new GeneratedPage.Expected(null);
            page.sections.add(expected);
            intro.forEach(p -> paragraph(page, expected, p));
        }
        for (Story story : stories) {
            GeneratedPage.Expected expected = new GeneratedPage.Expected(story.headline());
            page.sections.add(expected);
            page.line(story.headline());
            story.paragraphs().forEach(p -> paragraph(page, expected, p));
            for (int c = 0; c < story.captions(); c++) {
                page.drop(story.headline(), DroppedLine.Reason.REPEATED_HEADLINE);
            }
            noise(page, story.noiseAfter());
        }
        return page;
    }

    private static void paragraph(GeneratedPage page, GeneratedPage.Expected expected, Paragraph p) {
        page.line(p.noisy());
        expected.paragraphs.add(p.clean());
        if (p.citedAs() != null) {
            expected.references.putIfAbsent(
                    p.citedAs().sourceName(), p.citedAs().mention());
        }
        noise(page, p.noiseAfter());
    }

    private static void noise(GeneratedPage page, String noise) {
        if (noise != null) {
            page.drop(noise, BLANKS.contains(noise) ? DroppedLine.Reason.BLANK : DroppedLine.Reason.PAGE_RESIDUE);
        }
    }

    private static boolean headlinesAreDistinct(GeneratedPage page) {
        Set<String> seen = new HashSet<>(List.of(page.title, page.series));
        seen.addAll(page.authors);
        List<String> headlines = new ArrayList<>();
        page.sections.stream().filter(s -> s.headline != null).forEach(s -> headlines.add(s.headline));
        return headlines.stream().allMatch(seen::add);
    }
}

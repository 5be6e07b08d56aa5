package io.mirsad.digest.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mirsad.digest.Block;
import io.mirsad.digest.Contributor;
import io.mirsad.digest.Digest;
import io.mirsad.digest.Section;
import io.mirsad.digest.SectionKind;
import io.mirsad.digest.Source;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a page's lines become title, byline, series, introduction, headlines and paragraphs. */
class PageStructureTest {
    private static final PageImporter IMPORTER = PageImporter.defaults();

    @Test
    void titleWithoutSeriesTakesTheSeriesFromTheThirdLine() {
        Digest d = IMPORTER.importPage("عنوان العدد\nهدى سالم\nنشرة الأحد\nمقدمة قصيرة للعدد.\n")
                .digest();
        assertThat(d.metadata().title()).isEqualTo("عنوان العدد");
        assertThat(d.metadata().authors()).containsExactly("هدى سالم");
        assertThat(d.metadata().series()).isEqualTo("نشرة الأحد");
        assertThat(d.sections()).singleElement().extracting(Section::kind).isEqualTo(SectionKind.INTRODUCTION);
    }

    @Test
    void aThirdLineThatIsNotTheSeriesNamedOnLineOneIsBody() {
        ImportResult r = IMPORTER.importPage("نشرة الأحد| عنوان العدد\nهدى سالم\nمقدمة قصيرة للعدد.\n");
        assertThat(r.digest().metadata().series()).isEqualTo("نشرة الأحد");
        assertThat(r.digest().sections().get(0).paragraphs().get(0).text()).isEqualTo("مقدمة قصيرة للعدد.");
        assertThat(r.warnings())
                .containsExactly("line 3: expected the series name 'نشرة الأحد'; the line reads as body text");
    }

    @Test
    void aShortLineWithoutPunctuationIsAHeadlineOnlyWhenAParagraphFollows() {
        ImportResult r = IMPORTER.importPage(String.join(
                "\n",
                "عنوان العدد",
                "هدى سالم",
                "نشرة الأحد",
                "مقدمة قصيرة للعدد.",
                "سطر قصير بلا نقطة",
                "عنوان القسم الأول",
                "فقرة القسم الأول تنتهي بنقطة.",
                "خلاصة بلا نقطة في آخر الصفحة"));
        Digest d = r.digest();
        assertThat(d.sections()).extracting(Section::headline).containsExactly(null, "عنوان القسم الأول");
        assertThat(d.sections().get(0).paragraphs())
                .extracting(p -> p.text())
                .containsExactly("مقدمة قصيرة للعدد.", "سطر قصير بلا نقطة");
        assertThat(d.sections().get(1).paragraphs())
                .extracting(p -> p.text())
                .containsExactly("فقرة القسم الأول تنتهي بنقطة.", "خلاصة بلا نقطة في آخر الصفحة");
        assertThat(r.warnings())
                .containsExactly(
                        "line 5: looks like a headline but no paragraph follows it; kept as a paragraph",
                        "line 8: looks like a headline but no paragraph follows it; kept as a paragraph");
    }

    @Test
    void listItemsAndALineAfterAColonAreNeverHeadlines() {
        ImportResult r = IMPORTER.importPage(String.join(
                "\n",
                "عنوان العدد",
                "هدى سالم",
                "نشرة الأحد",
                "عنوان القسم",
                "ويوصي التقرير بثلاث خطوات:",
                "- خفض الدعم تدريجيًا",
                "- توسيع شبكة الحماية",
                "٣. إصلاح الضرائب",
                "ويختم التقرير بتحذير من التأخير.",
                "ومن أبرز ما جاء فيه:",
                "أن الوقت ضيق",
                "وأن الكلفة ترتفع كل عام."));
        Digest d = r.digest();
        assertThat(d.sections()).extracting(Section::headline).containsExactly("عنوان القسم");
        assertThat(d.sections().get(0).paragraphs()).hasSize(5);
        assertThat(d.sections().get(0).blocks())
                .as("bullets and numbers make separate lists")
                .satisfiesExactly(
                        b -> assertThat(((Block.Paragraph) b).text()).isEqualTo("ويوصي التقرير بثلاث خطوات:"),
                        b -> assertThat(b)
                                .isEqualTo(new Block.ListBlock(
                                        false,
                                        List.of(
                                                Block.Paragraph.of("خفض الدعم تدريجيًا"),
                                                Block.Paragraph.of("توسيع شبكة الحماية")))),
                        b -> assertThat(b)
                                .isEqualTo(new Block.ListBlock(true, List.of(Block.Paragraph.of("إصلاح الضرائب")))),
                        b -> assertThat(b).isInstanceOf(Block.Paragraph.class),
                        b -> assertThat(b).isInstanceOf(Block.Paragraph.class),
                        b -> assertThat(b).isInstanceOf(Block.Paragraph.class),
                        b -> assertThat(b).isInstanceOf(Block.Paragraph.class));
    }

    @Test
    void aLongHeadlineCountsWhenThePageRepeatsItAsACaption() {
        String longHeadline =
                "ما الذي يعنيه تراجع واردات الغاز لأوروبا في الشتاء المقبل وكيف ستتعامل الحكومات مع فواتير الأسر";
        Digest d = IMPORTER.importPage(String.join(
                        "\n",
                        "عنوان العدد",
                        "هدى سالم",
                        "نشرة الأحد",
                        "مقدمة العدد.",
                        longHeadline,
                        "فقرة القسم.",
                        longHeadline))
                .digest();
        assertThat(d.sections()).extracting(Section::headline).containsExactly(null, longHeadline);
        Digest once = IMPORTER.importPage(String.join(
                        "\n", "عنوان العدد", "هدى سالم", "نشرة الأحد", "مقدمة العدد.", longHeadline, "فقرة القسم."))
                .digest();
        assertThat(once.sections())
                .as("said once, so long a line is a paragraph")
                .hasSize(1);
    }

    @Test
    void aLongLineWithoutFinalPunctuationIsAParagraph() {
        String longLine =
                "هذه فقرة طويلة لا تنتهي بعلامة ترقيم لكنها تضم كلمات كثيرة تتجاوز طول أي عنوان معتاد في الصفحات";
        Digest d = IMPORTER.importPage("عنوان العدد\nهدى سالم\nنشرة الأحد\n" + longLine + "\nعنوان قسم\nفقرة.\n")
                .digest();
        assertThat(d.sections().get(0).paragraphs().get(0).text()).isEqualTo(longLine);
        assertThat(d.sections().get(1).headline()).isEqualTo("عنوان قسم");
    }

    @Test
    void aCaptionMayStandBeforeItsHeadlineAndRepeatsAreDroppedAnywhere() {
        ImportResult r = IMPORTER.importPage(String.join(
                "\n",
                "عنوان العدد",
                "هدى سالم",
                "نشرة الأحد",
                "القسم الأول",
                "القسم الأول",
                "فقرة أولى.",
                "القسم الأول",
                "فقرة ثانية.",
                "القسم الثاني",
                "فقرة ثالثة.",
                "القسم الأول"));
        Digest d = r.digest();
        assertThat(d.sections()).extracting(Section::headline).containsExactly("القسم الأول", "القسم الثاني");
        assertThat(d.sections().get(0).paragraphs()).hasSize(2);
        assertThat(r.dropped()).extracting(DroppedLine::lineNumber).containsExactly(5, 7, 11);
        assertThat(r.dropped()).extracting(DroppedLine::reason).containsOnly(DroppedLine.Reason.REPEATED_HEADLINE);
    }

    @Test
    void residuePhrasesAreMatchedLooselyAndUsersCanAddTheirOwn() {
        PageImporter importer = PageImporter.builder().residue("صورة أرشيفية").build();
        ImportResult r = importer.importPage(String.join(
                "\n",
                "عنوان العدد",
                "هدى سالم",
                "نشرة الأحد",
                "فقرة أولى.",
                "اقرأ أيضاً:",
                "  ربما يعجبك أيضا ",
                "صورة أرشيفية",
                "\u200F\u00A0",
                "فقرة ثانية."));
        assertThat(r.dropped())
                .extracting(DroppedLine::lineNumber, DroppedLine::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(5, DroppedLine.Reason.PAGE_RESIDUE),
                        org.assertj.core.groups.Tuple.tuple(6, DroppedLine.Reason.PAGE_RESIDUE),
                        org.assertj.core.groups.Tuple.tuple(7, DroppedLine.Reason.PAGE_RESIDUE),
                        org.assertj.core.groups.Tuple.tuple(8, DroppedLine.Reason.BLANK));
        assertThat(r.dropped().get(1).text()).as("as it was on the page").isEqualTo("  ربما يعجبك أيضا ");
        assertThat(PageImporter.defaults()
                        .importPage("عنوان\nكاتب\nسلسلة\nصورة أرشيفية\nفقرة.\n")
                        .dropped())
                .isEmpty();
    }

    @Test
    void pagesWithoutABodyAreRefusedWithAClearMessage() {
        assertThatThrownBy(() -> IMPORTER.importPage(""))
                .isInstanceOf(PageImportException.class)
                .hasMessage("the page has no text");
        assertThatThrownBy(() -> IMPORTER.importPage(" \n\u00A0\n"))
                .isInstanceOf(PageImportException.class)
                .hasMessage("the page has no text");
        assertThatThrownBy(() -> IMPORTER.importPage("نشرة| عنوان\nهدى سالم\nنشرة\n"))
                .isInstanceOf(PageImportException.class)
                .hasMessage("line 3: the page ends before any introduction or section text");
        assertThatThrownBy(() -> IMPORTER.importPage("|\nفقرة.\n"))
                .isInstanceOf(PageImportException.class)
                .hasMessage("line 1: the first line holds no title");
    }

    @Test
    void bylineWithSeveralAuthors() {
        Digest d = IMPORTER.importPage("عنوان\nهدى سالم، باسل نور,جميلة حداد\nسلسلة\nفقرة.\n")
                .digest();
        assertThat(d.metadata().authors()).containsExactly("هدى سالم", "باسل نور", "جميلة حداد");
    }

    @Test
    void languageAndByteOrderMark() {
        Digest d = PageImporter.builder()
                .language("ar-EG")
                .build()
                .importPage("\uFEFFعنوان\nكاتب\nسلسلة\nفقرة.\n")
                .digest();
        assertThat(d.metadata().title()).isEqualTo("عنوان");
        assertThat(d.metadata().language()).isEqualTo("ar-EG");
    }

    @Test
    void labelledBylinesLoseTheirLabelAndKeepTheirRole() {
        Digest d = IMPORTER.importPage(String.join(
                        "\n",
                        "عنوان العدد",
                        "إعداد: هدى سالم، كريم داود – ترجمة: ليلى حداد",
                        "تحرير: سامي نصر",
                        "نشرة الأحد",
                        "فقرة أولى."))
                .digest();
        assertThat(d.metadata().authors()).containsExactly("هدى سالم", "كريم داود");
        assertThat(d.metadata().contributors())
                .containsExactly(
                        new Contributor("ليلى حداد", Contributor.Role.TRANSLATOR),
                        new Contributor("سامي نصر", Contributor.Role.EDITOR));
        assertThat(d.metadata().series()).isEqualTo("نشرة الأحد");
        Digest vowelled = IMPORTER.importPage("عنوان العدد\nبِقلم : منى شاكر\nنشرة الأحد\nفقرة أولى.\n")
                .digest();
        assertThat(vowelled.metadata().authors()).containsExactly("منى شاكر");
        Digest sentence = IMPORTER.importPage(
                        "عنوان العدد\nهدى سالم\nنشرة الأحد\nكتب: الباحثون في التقرير أن الأرقام تغيرت.\n")
                .digest();
        assertThat(sentence.metadata().authors())
                .as("a labelled line after the header is body")
                .containsExactly("هدى سالم");
    }

    @Test
    void teaserSocialAndDateLinesAreDroppedWithTheirReasonButSentencesThatStartAlikeAreKept() {
        ImportResult r = IMPORTER.importPage(String.join(
                "\n",
                "عنوان العدد",
                "هدى سالم",
                "نشرة الأحد",
                "نشر في العام الماضي باحثون شبان أوراقا عن المياه الجوفية في الصحراء الغربية ولم تلق اهتماما كبيرا رغم أهمية ما جاء فيها من أرقام.",
                "اقرأ أيضًا | سوق العمل في الخليج",
                "تابعونا على تلغرام",
                "اشترك في النشرة",
                "آخر تحديث: منذ 3 ساعات",
                "نشر في 12/13/2026",
                "فقرة أخيرة."));
        assertThat(r.dropped())
                .extracting(DroppedLine::lineNumber, DroppedLine::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(5, DroppedLine.Reason.TEASER),
                        org.assertj.core.groups.Tuple.tuple(6, DroppedLine.Reason.SOCIAL),
                        org.assertj.core.groups.Tuple.tuple(7, DroppedLine.Reason.SOCIAL),
                        org.assertj.core.groups.Tuple.tuple(8, DroppedLine.Reason.PUBLICATION_DATE),
                        org.assertj.core.groups.Tuple.tuple(9, DroppedLine.Reason.PUBLICATION_DATE));
        assertThat(r.digest().sections().get(0).paragraphs()).hasSize(2);
        assertThat(r.digest().metadata().published()).isNull();
        assertThat(r.warnings()).containsExactly("line 9: no date understood in the publication line; dropped");
    }

    @Test
    void thePagesDateIsUsedUnlessTheCallerGaveOne() {
        String page = "عنوان العدد\nهدى سالم\nنشرة الأحد\nنُشر في 5 مارس 2026\nفقرة.\n";
        assertThat(PageImporter.defaults().importPage(page).digest().metadata().published())
                .isEqualTo(LocalDate.of(2026, 3, 5));
        ImportResult given = PageImporter.builder()
                .published(LocalDate.of(2026, 11, 1))
                .build()
                .importPage(page);
        assertThat(given.digest().metadata().published()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(given.warnings())
                .containsExactly("the page gives 2026-03-05 as its publication date; 2026-11-01 kept");
    }

    /**
     * Pages often print the date alone under the byline, with the weekday and sometimes the Hijri date:
     * such a line is the publication date, not a headline that turns the introduction into a story.
     */
    @Test
    void aLineThatIsOnlyADateIsThePublicationDate() {
        for (String line : List.of(
                "الثلاثاء 1 ديسمبر 2026",
                "الثلاثاء، ١ كانون الأول ٢٠٢٦",
                "1 ديسمبر 2026م - 20 جمادى الآخرة 1448هـ",
                "2026-12-01")) {
            ImportResult r = IMPORTER.importPage("عنوان العدد\nهدى سالم\nنشرة الأحد\n" + line
                    + "\nفقرة أولى من المقدمة.\nعنوان القسم\nفقرة القسم.\n");
            assertThat(r.dropped())
                    .as(line)
                    .extracting(DroppedLine::lineNumber, DroppedLine::reason)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(4, DroppedLine.Reason.PUBLICATION_DATE));
            assertThat(r.digest().metadata().published()).as(line).isEqualTo(LocalDate.of(2026, 12, 1));
            assertThat(r.digest().sections().get(0).kind()).as(line).isEqualTo(SectionKind.INTRODUCTION);
        }
        // a headline that only mentions a date is kept
        ImportResult kept = IMPORTER.importPage(
                "عنوان العدد\nهدى سالم\nنشرة الأحد\nفقرة.\nانتخابات 1 ديسمبر 2026 في قيرغيزستان\nفقرة القسم.\n");
        assertThat(kept.dropped()).isEmpty();
        assertThat(kept.digest().metadata().published()).isNull();
    }

    @Test
    void aBracketedAcronymBecomesTheNewSourcesIdAndLatinName() {
        Digest d = IMPORTER.importPage("عنوان العدد\nهدى سالم\nنشرة الأحد\n"
                        + "وبحسب مركز الواحات لبحوث الصحراء (WDRC)، فإن المياه الجوفية تتراجع.\n"
                        + "وذكر مركز الواحات لبحوث الصحراء أن الحل في التقنين.\n")
                .digest();
        Source s = d.sources().get(0);
        assertThat(s.id()).isEqualTo("wdrc");
        assertThat(s.nameLatin()).isEqualTo("WDRC");
        Digest plain = IMPORTER.importPage("عنوان العدد\nهدى سالم\nنشرة الأحد\n"
                        + "وبحسب مركز الواحات لبحوث الصحراء (Oasis Desert Centre)، فإن المياه تتراجع.\n")
                .digest();
        assertThat(plain.sources().get(0).id()).as("a Latin name is no acronym").startsWith("mrkz");
    }

    @Test
    void aCreditLineThatNamesSomethingNewIsKept() {
        Digest d = IMPORTER.importPage("عنوان العدد\nهدى سالم\nنشرة الأحد\nقسم أول\nوذكر معهد كاتو أن الضرائب سترتفع.\n"
                        + "المصدر: معهد بروكينغز\n")
                .digest();
        assertThat(d.sections().get(0).paragraphs())
                .extracting(Block.Paragraph::text)
                .containsExactly("وذكر معهد كاتو أن الضرائب سترتفع.", "المصدر: معهد بروكينغز");
        assertThat(d.sections().get(0).sources()).containsExactly("cato", "brookings");
    }
}

package io.mirsad.digest.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.mirsad.digest.Block;
import io.mirsad.digest.Contributor;
import io.mirsad.digest.Digest;
import io.mirsad.digest.Inline;
import io.mirsad.digest.Section;
import io.mirsad.digest.SectionKind;
import io.mirsad.digest.Source;
import io.mirsad.digest.SourceKind;
import io.mirsad.digest.importer.DroppedLine.Reason;
import io.mirsad.digest.json.DigestJson;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Imports the hand-written fixture pages under {@code src/test/resources/importer}. */
class FixturePagesTest {
    private static final Path FIXTURES = Path.of("src/test/resources/importer");
    private static final PageImporter IMPORTER =
            PageImporter.builder().published(LocalDate.of(2026, 11, 1)).build();

    @ParameterizedTest
    @CsvSource({
        "single-story.txt, UTF-8",
        "three-stories-variants.txt, UTF-8",
        "seven-stories.txt, UTF-8",
        "no-byline-no-intro.txt, UTF-8",
        "quotes-and-lists.txt, UTF-8",
        "windows-1256.txt, windows-1256"
    })
    void everyLineIsInTheDigestOrInTheDroppedList(String name, String charset) throws IOException {
        Path file = FIXTURES.resolve(name);
        ImportResult result = IMPORTER.importPage(file);
        PageAccounting.assertAccountsForEveryLine(Files.readString(file, Charset.forName(charset)), result);
        assertThat(result.digest().metadata().published()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(DigestJson.read(DigestJson.write(result.digest())))
                .as("survives the JSON round trip")
                .isEqualTo(result.digest());
        assertThat(IMPORTER.importPage(file))
                .as("the same page gives the same result")
                .isEqualTo(result);
    }

    @Test
    void singleStoryWithAnInstitutionTheGazetteerLacks() throws IOException {
        ImportResult r = IMPORTER.importPage(FIXTURES.resolve("single-story.txt"));
        Digest d = r.digest();
        assertThat(d.metadata().title()).isEqualTo("قراءة في أزمة المياه بحوض النيل");
        assertThat(d.metadata().series()).isEqualTo("نشرة الموارد");
        assertThat(d.metadata().authors()).containsExactly("كريم الحداد", "منى السيد");
        assertThat(d.sections()).extracting(Section::kind).containsExactly(SectionKind.INTRODUCTION, SectionKind.STORY);
        assertThat(d.sections().get(0).paragraphs().get(0).text())
                .as("a space added after the comma, harakat kept")
                .isEqualTo("تُخصِّص النشرةُ عددَها هذا لقضيةٍ واحدة، هي تقاسُم مياه النيل بين دول المنبع ودول المصب،"
                        + " لأنها تعود إلى الواجهة مع كل موسم فيضان.");
        Section story = d.sections().get(1);
        assertThat(story.headline()).isEqualTo("سدود النيل بين الحاجة والخلاف");
        assertThat(story.paragraphs()).hasSize(3);
        assertThat(story.paragraphs().get(1).text()).contains("الأنهار العابرة للحدود آلية دائمة");
        assertThat(story.paragraphs().get(2).text())
                .as("a short question that the page does not repeat is a paragraph")
                .isEqualTo("ويبقى السؤال: من يدفع كلفة سنوات الجفاف؟");

        assertThat(d.sources()).hasSize(1);
        Source found = d.sources().get(0);
        assertThat(found.name()).isEqualTo("مركز دراسات الأنهار العابرة للحدود");
        assertThat(found.kind()).isEqualTo(SourceKind.OTHER);
        assertThat(found.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
        assertThat(story.sources()).containsExactly(found.id());
        assertThat(refs(story)).containsExactly(tuple("مركز دراسات الأنهار العابرة للحدود", found.id()));
        assertThat(r.warnings()).anyMatch(w -> w.contains("not in the gazetteer") && w.contains(found.id()));

        assertThat(r.dropped())
                .extracting(DroppedLine::lineNumber, DroppedLine::reason)
                .containsExactly(
                        tuple(9, Reason.REPEATED_HEADLINE),
                        tuple(10, Reason.BLANK),
                        tuple(11, Reason.REPEATED_HEADLINE),
                        tuple(12, Reason.BLANK));
    }

    @Test
    void threeStoriesWithSpellingVariants() throws IOException {
        Digest d = IMPORTER.importPage(FIXTURES.resolve("three-stories-variants.txt"))
                .digest();
        assertThat(d.metadata().series()).isEqualTo("تقدير موقف");
        assertThat(d.metadata().title()).isEqualTo("واشنطن وبكين وسباق الرقائق");
        assertThat(headlines(d))
                .containsExactly(
                        null,
                        "الرقائق الإلكترونية في قلب المنافسة",
                        "أوروبا وحدود الاستقلال الاستراتيجي",
                        "الخليج واستثمارات الذكاء الاصطناعي");
        assertThat(d.sections())
                .extracting(Section::sources)
                .containsExactly(
                        List.of(),
                        List.of("brookings", "carnegie"),
                        List.of("ecfr", "chatham-house"),
                        List.of("trends", "grc"));
        // Spelled بروكنجز, كارنيجي and تشاتهام هاوز on the page; the gazetteer's names are printed as the sources.
        assertThat(refs(d.sections().get(1)))
                .containsExactly(tuple("معهد بروكنجز", "brookings"), tuple("مؤسسة كارنيجي للسلام الدولي", "carnegie"));
        assertThat(refs(d.sections().get(2)))
                .containsExactly(
                        tuple("المجلس الأوروبي للعلاقات الخارجية (ECFR)", "ecfr"),
                        tuple("معهد تشاتهام هاوز", "chatham-house"));
        assertThat(refs(d.sections().get(3)))
                .containsExactly(
                        tuple("مركز تريندز للبحوث والاستشارات", "trends"), tuple("مَركزُ الخليج للأبحاث", "grc"));
        assertThat(d.source("chatham-house").orElseThrow().name()).isEqualTo("تشاتام هاوس");
        assertThat(d.sections().get(3).paragraphs().get(1).text()).contains("المحلية، لا التمويل");
    }

    @Test
    void sevenStoriesWithAcronymsSitesAndAStoryWithoutSources() throws IOException {
        ImportResult r = IMPORTER.importPage(FIXTURES.resolve("seven-stories.txt"));
        Digest d = r.digest();
        assertThat(d.metadata().authors()).containsExactly("يوسف الخطيب", "رنا عودة");
        assertThat(d.sections()).hasSize(8);
        assertThat(d.sections().get(1).headline())
                .as("a headline ending in a question mark counts because the page repeats it")
                .isEqualTo("هل تنجو الأسواق الناشئة من موجة الديون؟");
        assertThat(d.sections().get(2).paragraphs().get(0).text())
                .as("the line after a headline is body even when short and unpunctuated")
                .isEqualTo("أرقام الشحن لا تكذب");
        assertThat(d.sections().get(3).sources()).as("a story citing nobody").isEmpty();
        assertThat(d.sections().get(0).paragraphs().get(0).text()).contains("أكتوبر 2026، من الديون");

        assertThat(refs(d.sections().get(1))).containsExactly(tuple("معهد بيترسون للاقتصاد الدولي (PIIE)", "piie"));
        assertThat(refs(d.sections().get(2))).containsExactly(tuple("معهد لووي", "lowy"));
        List<Inline.SourceRef> maritime = d.sections().get(4).paragraphs().stream()
                .flatMap(p -> p.runs().stream())
                .filter(Inline.SourceRef.class::isInstance)
                .map(Inline.SourceRef.class::cast)
                .toList();
        assertThat(maritime).hasSize(2);
        assertThat(maritime.get(0))
                .as("a bracketed acronym reaches back to the phrase it glosses")
                .isEqualTo(new Inline.SourceRef("المعهد اللندني للدراسات الاستراتيجية (IISS)", "iiss"));
        assertThat(maritime.get(1).text()).isEqualTo("منتدى الأمن البحري لجنوب آسيا");
        assertThat(d.source(maritime.get(1).sourceId()).orElseThrow().name())
                .isEqualTo("منتدى الأمن البحري لجنوب آسيا");
        assertThat(refs(d.sections().get(5))).containsExactly(tuple("rand.org", "rand"), tuple("معهد كاتو", "cato"));
        assertThat(refs(d.sections().get(6)))
                .containsExactly(
                        tuple("معهد الشرق الأوسط (Middle East Institute)", "mei"),
                        tuple("المعهد الدولي للدراسات الإيرانية (رصانة)", "rasanah"));
        Section farming = d.sections().get(7);
        Source marf = d.source(farming.sources().get(0)).orElseThrow();
        assertThat(marf.name()).isEqualTo("مؤسسة الأبحاث الزراعية المتوسطية");
        assertThat(marf.nameLatin()).isEqualTo("MARF");
        assertThat(refs(farming)).containsExactly(tuple("مؤسسة الأبحاث الزراعية المتوسطية (MARF)", marf.id()));

        assertThat(r.dropped())
                .extracting(DroppedLine::lineNumber, DroppedLine::reason)
                .containsExactly(
                        tuple(8, Reason.REPEATED_HEADLINE),
                        tuple(12, Reason.REPEATED_HEADLINE),
                        tuple(16, Reason.REPEATED_HEADLINE),
                        tuple(17, Reason.PAGE_RESIDUE),
                        tuple(21, Reason.REPEATED_HEADLINE),
                        tuple(22, Reason.BLANK),
                        tuple(26, Reason.REPEATED_HEADLINE),
                        tuple(30, Reason.REPEATED_HEADLINE),
                        tuple(34, Reason.REPEATED_HEADLINE));
    }

    @Test
    void windows1256FixtureReallyIsNotUtf8() throws IOException {
        byte[] bytes = Files.readAllBytes(FIXTURES.resolve("windows-1256.txt"));
        assertThatThrownBy(() -> StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)))
                .isInstanceOf(CharacterCodingException.class);
    }

    @Test
    void windows1256PageImportsLikeItsUtf8Twin() throws IOException {
        ImportResult r = IMPORTER.importPage(FIXTURES.resolve("windows-1256.txt"));
        assertThat(r.warnings()).anyMatch(w -> w.contains("windows-1256"));
        Digest d = r.digest();
        assertThat(d.metadata().title()).isEqualTo("الهيدروجين الأخضر بين الوعود والأرقام");
        assertThat(d.metadata().authors()).containsExactly("سامر النجار");
        assertThat(headlines(d)).containsExactly(null, "أوروبا تراهن على شمس الجنوب", "هل الخليج مستعد؟");
        assertThat(refs(d.sections().get(1))).containsExactly(tuple("معهد كلينجندال", "clingendael"));
        assertThat(refs(d.sections().get(2))).containsExactly(tuple("مركز الإمارات للسياسات", "epc"));
        assertThat(d.sections().get(1).paragraphs().get(1).text()).contains("مرشّح طبيعي");
        assertThat(r.dropped())
                .extracting(DroppedLine::lineNumber, DroppedLine::reason)
                .containsExactly(
                        tuple(8, Reason.REPEATED_HEADLINE),
                        tuple(9, Reason.BLANK),
                        tuple(13, Reason.REPEATED_HEADLINE));
    }

    @Test
    void pageWithoutBylineOrIntroduction() throws IOException {
        ImportResult r = IMPORTER.importPage(FIXTURES.resolve("no-byline-no-intro.txt"));
        Digest d = r.digest();
        assertThat(d.metadata().authors()).isEmpty();
        assertThat(d.metadata().series()).isEqualTo("نافذة على أفريقيا");
        assertThat(d.sections()).extracting(Section::kind).containsOnly(SectionKind.STORY);
        assertThat(headlines(d))
                .containsExactly(
                        "الساحل بعد انسحاب القوات الأجنبية",
                        "الممر الأخضر في شرق القارة",
                        "ديون القارة وخيارات التمويل");
        assertThat(refs(d.sections().get(0))).containsExactly(tuple("مجلس العلاقات الخارجية (CFR)", "cfr"));
        assertThat(d.sections().get(1).sources()).isEmpty();
        Section debt = d.sections().get(2);
        assertThat(debt.sources()).hasSize(1);
        assertThat(d.source(debt.sources().get(0)).orElseThrow().name())
                .isEqualTo("المركز الأفريقي لتحليل السياسات العامة");
        assertThat(refs(debt))
                .as("one reference per source and section, at the reporting phrase")
                .hasSize(1);
        assertThat(debt.paragraphs().get(0).runs()).hasSize(3);
        assertThat(r.warnings()).anyMatch(w -> w.startsWith("line 2: no byline"));
    }

    @Test
    void quotesListsAndABracketedName() throws IOException {
        ImportResult r = IMPORTER.importPage(FIXTURES.resolve("quotes-and-lists.txt"));
        Digest d = r.digest();
        assertThat(d.metadata().title()).isEqualTo("الصين والخليج: شراكة تتسع");
        assertThat(d.metadata().authors())
                .as("the label is no part of the name")
                .containsExactly("فريق التحرير");
        assertThat(headlines(d))
                .containsExactly(
                        null,
                        "«الحزام والطريق» بعد عشر سنوات",
                        "2027 عام الحسم في أسواق النفط",
                        "التكنولوجيا والاتصالات");
        assertThat(d.sections().get(1).blocks())
                .as("the list items make a list after the line introducing them")
                .extracting(b -> b.getClass().getSimpleName())
                .containsExactly("Paragraph", "Paragraph", "ListBlock", "ListBlock", "Paragraph");
        assertThat(refs(d.sections().get(1))).containsExactly(tuple("مركز كارنيغي للشرق الأوسط", "carnegie-mec"));
        assertThat(d.source("carnegie-mec").orElseThrow().name()).isEqualTo("مركز مالكوم كير–كارنيغي للشرق الأوسط");
        assertThat(refs(d.sections().get(2)))
                .containsExactly(
                        tuple("المعهد الملكي للشؤون الدولية (تشاتام هاوس)", "chatham-house"),
                        tuple("مؤسسة الراند", "rand"));
        Section tech = d.sections().get(3);
        assertThat(tech.sources()).hasSize(2);
        assertThat(tech.sources().get(0)).isEqualTo("brookings");
        assertThat(d.source(tech.sources().get(1)).orElseThrow().name()).isEqualTo("منتدى الخليج للتقنية");
        assertThat(tech.paragraphs().get(2).text())
                .as("a last headline-like line without a body")
                .isEqualTo("خلاصة");
        assertThat(r.warnings())
                .contains("line 20: looks like a headline but no paragraph follows it; kept as a paragraph");
    }

    @ParameterizedTest
    @ValueSource(strings = {"levant-translated.txt", "gulf-hijri-dates.txt", "maghreb-numbered.txt"})
    void pagesFromOtherSitesImportWithoutProblemsAndKeepNoResidue(String name) throws IOException {
        Path file = FIXTURES.resolve(name);
        ImportResult result = PageImporter.defaults().importPage(file);
        PageAccounting.assertAccountsForEveryLine(Files.readString(file), result);
        assertThat(result.warnings())
                .as("only notes on institutions the gazetteer lacks")
                .allMatch(w -> w.contains("is not in the gazetteer"));
        String body = String.join("\n", PageAccounting.bodyTexts(result.digest()));
        assertThat(body)
                .doesNotContain(
                        "اقرأ أيضا",
                        "اقرأ أيضًا",
                        "شاهد أيضا",
                        "شارك",
                        "تابعونا",
                        "تابعنا",
                        "اشترك",
                        "المصدر:",
                        "نُشر في",
                        "نشر يوم",
                        "تاريخ النشر",
                        "آخر تحديث");
        assertThat(result.digest().metadata().authors()).noneMatch(a -> a.contains(":"));
        assertThat(result.dropped())
                .as("every dropped line explained")
                .allSatisfy(d -> assertThat(d.reason()).isNotNull());
        assertThat(DigestJson.read(DigestJson.write(result.digest()))).isEqualTo(result.digest());
        assertThat(PageImporter.defaults().importPage(file)).isEqualTo(result);
    }

    @Test
    void levantinePageWithATranslatorListsAndAnAcronymTheGazetteerLacks() throws IOException {
        ImportResult r = PageImporter.defaults().importPage(FIXTURES.resolve("levant-translated.txt"));
        Digest d = r.digest();
        assertThat(d.metadata().title()).isEqualTo("المياه والغذاء في عالم يزداد حرارة");
        assertThat(d.metadata().series()).isEqualTo("أضواء على مراكز التفكير");
        assertThat(d.metadata().authors()).containsExactly("سلمى الرفاعي");
        assertThat(d.metadata().contributors())
                .containsExactly(new Contributor("عادل منصور", Contributor.Role.TRANSLATOR));
        assertThat(d.metadata().published())
                .as("from «نُشر في ٣ تشرين الثاني ٢٠٢٦»")
                .isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(headlines(d))
                .containsExactly(
                        null,
                        "الري الذكي في أحواض الأنهار الكبرى",
                        "أسعار الحبوب بعد موسم الجفاف",
                        "مدن عطشى على ضفاف المتوسط");
        Section irrigation = d.sections().get(1);
        assertThat(irrigation.blocks()).hasSize(3);
        assertThat(((Block.Paragraph) irrigation.blocks().get(1)).text()).isEqualTo("واقترحت الدراسة ثلاثة إجراءات:");
        assertThat(irrigation.blocks().get(2))
                .isEqualTo(new Block.ListBlock(
                        false,
                        List.of(
                                Block.Paragraph.of("تسعير المياه بحسب الموسم"),
                                Block.Paragraph.of("تركيب عدادات في القنوات الفرعية"),
                                Block.Paragraph.of("تدريب الجمعيات الزراعية على جدولة الري"))));
        assertThat(refs(irrigation)).containsExactly(tuple("المعهد الدولي لإدارة المياه (IWMI)", "iwmi"));
        Block.ListBlock grain = (Block.ListBlock) d.sections().get(2).blocks().get(2);
        assertThat(grain.ordered()).isTrue();
        assertThat(grain.items())
                .extracting(Block.Paragraph::text)
                .containsExactly("عقود شراء طويلة الأجل", "مخزونات إقليمية مشتركة", "دعم موجّه للأسر الأشد فقرًا");
        assertThat(refs(d.sections().get(2)))
                .containsExactly(tuple("المعهد الدولي لبحوث السياسات الغذائية (IFPRI)", "ifpri"));
        Source muco = d.source("muco").orElseThrow();
        assertThat(muco.name()).isEqualTo("مركز المتوسط للمناخ الحضري");
        assertThat(muco.nameLatin()).isEqualTo("MUCO");
        assertThat(refs(d.sections().get(3))).containsExactly(tuple("مركز المتوسط للمناخ الحضري (MUCO)", "muco"));
        assertThat(r.dropped())
                .extracting(DroppedLine::lineNumber, DroppedLine::reason)
                .containsExactly(
                        tuple(5, Reason.PUBLICATION_DATE),
                        tuple(6, Reason.PAGE_RESIDUE),
                        tuple(7, Reason.BLANK),
                        tuple(15, Reason.SOURCE_CREDIT),
                        tuple(16, Reason.REPEATED_HEADLINE),
                        tuple(17, Reason.TEASER),
                        tuple(24, Reason.REPEATED_HEADLINE),
                        tuple(25, Reason.BLANK),
                        tuple(29, Reason.REPEATED_HEADLINE),
                        tuple(30, Reason.SOCIAL),
                        tuple(31, Reason.SOCIAL));
    }

    @Test
    void gulfPageWithHijriAndGregorianDatesAndAColonHeadlineCaptionedOnce() throws IOException {
        ImportResult r = PageImporter.defaults().importPage(FIXTURES.resolve("gulf-hijri-dates.txt"));
        Digest d = r.digest();
        assertThat(d.metadata().title()).isEqualTo("قراءات في الاقتصاد السياسي للطاقة");
        assertThat(d.metadata().series()).isEqualTo("نشرة الطاقة والسياسة");
        assertThat(d.metadata().authors()).as("«كتب:» dropped").containsExactly("ماجد العتيبي", "ريم الشمري");
        assertThat(d.metadata().contributors()).isEmpty();
        assertThat(d.metadata().published())
                .as("the Gregorian date of the line, not its update line")
                .isEqualTo(LocalDate.of(2026, 10, 25));
        assertThat(headlines(d))
                .containsExactly(
                        null,
                        "أوبك بلس أمام اختبار الطلب الآسيوي",
                        "الهيدروجين الأزرق: رهان مكلف على المدى الطويل",
                        "صناديق الثروة السيادية وتمويل التحول");
        assertThat(d.sections())
                .extracting(Section::sources)
                .containsExactly(List.of(), List.of("oies"), List.of("kapsarc"), List.of("atlantic-council"));
        assertThat(refs(d.sections().get(2)))
                .containsExactly(tuple("مركز الملك عبدالله للدراسات والبحوث البترولية (كابسارك)", "kapsarc"));
        assertThat(d.sections().get(1).blocks().get(2))
                .isEqualTo(new Block.ListBlock(
                        true,
                        List.of(
                                Block.Paragraph.of("تباطؤ مبيعات وقود السيارات في الصين"),
                                Block.Paragraph.of("اتساع أسطول الحافلات الكهربائية في المدن الكبرى"),
                                Block.Paragraph.of("ارتفاع كفاءة المصافي الآسيوية"))));
        assertThat(d.sections().get(3).blocks().get(1))
                .isEqualTo(new Block.ListBlock(
                        false,
                        List.of(
                                Block.Paragraph.of("الإمارات في طاقة الرياح الأوروبية"),
                                Block.Paragraph.of("السعودية في تخزين الكهرباء بالبطاريات"),
                                Block.Paragraph.of("قطر في الشبكات الذكية"))));
        assertThat(r.dropped())
                .extracting(DroppedLine::lineNumber, DroppedLine::reason)
                .containsExactly(
                        tuple(4, Reason.PUBLICATION_DATE),
                        tuple(12, Reason.TEASER),
                        tuple(14, Reason.REPEATED_HEADLINE),
                        tuple(22, Reason.SOCIAL),
                        tuple(23, Reason.PUBLICATION_DATE));
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void maghrebPageWithAnEditorArabicIndicNumbersAndACreditLine() throws IOException {
        ImportResult r = PageImporter.defaults().importPage(FIXTURES.resolve("maghreb-numbered.txt"));
        Digest d = r.digest();
        assertThat(d.metadata().title()).isEqualTo("الهجرة والتنمية في شمال أفريقيا");
        assertThat(d.metadata().series()).isEqualTo("مرصد الدراسات المغاربية");
        assertThat(d.metadata().authors()).containsExactly("وحدة الرصد");
        assertThat(d.metadata().contributors())
                .containsExactly(new Contributor("نادية بنسالم", Contributor.Role.EDITOR));
        assertThat(d.metadata().published()).as("Moroccan month name نونبر").isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(headlines(d))
                .containsExactly(
                        null,
                        "أوروبا تعيد رسم سياسة الحدود",
                        "تحويلات المغتربين: شريان لا يتوقف",
                        "الشباب بين البطالة وحلم الرحيل");
        Block.ListBlock advice = (Block.ListBlock) d.sections().get(1).blocks().get(2);
        assertThat(advice.ordered()).as("numbered ١. ٢. ٣. ٤.").isTrue();
        assertThat(advice.items())
                .hasSize(4)
                .first()
                .extracting(Block.Paragraph::text)
                .isEqualTo("فتح مسارات قانونية للعمالة الموسمية");
        assertThat(d.sections())
                .extracting(Section::sources)
                .containsExactly(List.of(), List.of("ecfr"), List.of("swp"), List.of("arab-barometer", "item"));
        Source item = d.source("item").orElseThrow();
        assertThat(item.name()).isEqualTo("معهد تونس لدراسات الهجرة");
        assertThat(item.nameLatin()).isEqualTo("ITEM");
        assertThat(d.sections().get(3).blocks())
                .extracting(b -> b.getClass().getSimpleName())
                .containsExactly("Paragraph", "ListBlock", "Paragraph");
        assertThat(r.dropped())
                .extracting(DroppedLine::lineNumber, DroppedLine::reason)
                .containsExactly(
                        tuple(4, Reason.PUBLICATION_DATE),
                        tuple(13, Reason.SOURCE_CREDIT),
                        tuple(14, Reason.REPEATED_HEADLINE),
                        tuple(18, Reason.TEASER),
                        tuple(24, Reason.REPEATED_HEADLINE),
                        tuple(25, Reason.SOCIAL),
                        tuple(26, Reason.PAGE_RESIDUE));
    }

    private static List<String> headlines(Digest d) {
        return d.sections().stream().map(Section::headline).toList();
    }

    private static List<org.assertj.core.groups.Tuple> refs(Section s) {
        return s.paragraphs().stream()
                .flatMap(p -> p.runs().stream())
                .filter(Inline.SourceRef.class::isInstance)
                .map(Inline.SourceRef.class::cast)
                .map(ref -> tuple(ref.text(), ref.sourceId()))
                .toList();
    }
}

package io.mirsad.digest.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.digest.Block;
import io.mirsad.digest.Digest;
import io.mirsad.digest.Inline;
import io.mirsad.digest.Section;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How sections are attributed to sources, one rule per test, on small pages. */
class AttributionTest {
    private static final PageImporter IMPORTER = PageImporter.defaults();

    @Test
    void foldsTheLettersMediaSpellForeignNamesWith() {
        assertThat(sourcesOf("وأشار معهد تشاتام هاوز إلى أن الأرقام تغيرت.")).containsExactly("chatham-house");
        assertThat(sourcesOf("ويرى باحثو مؤسسة كارنيكي للسلام الدولى أن الأرقام تغيرت."))
                .containsExactly("carnegie");
        assertThat(sourcesOf("وذكرت مؤسسة هيريتيج أن الأرقام تغيرت.")).containsExactly("heritage");
        assertThat(sourcesOf("وقال معهد بروكينجز إن الأرقام تغيرت.")).containsExactly("brookings");
        assertThat(sourcesOf("وبحسب مجموعه الازمات الدوليه فإن الأرقام تغيرت.")).containsExactly("crisis-group");
        assertThat(sourcesOf("وبحسب مؤسسة الراند فإن الأرقام تغيرت."))
                .as("with an article the name lacks")
                .containsExactly("rand");
        assertThat(sourcesOf("وأكد مَعهدُ هَدسون أن الأرقام تغيرت."))
                .as("with harakat")
                .containsExactly("hudson");
    }

    @Test
    void aProcliticStaysOutOfTheMention() {
        Block.Paragraph p = paragraph("ووفقًا لـمعهد هدسون، تراجعت الصادرات.");
        assertThat(p.runs())
                .containsExactly(
                        new Inline.Text("ووفقًا لـ"),
                        new Inline.SourceRef("معهد هدسون", "hudson"),
                        new Inline.Text("، تراجعت الصادرات."));
        // ل before the article fuses with it ("للمعهد"): both lams stay outside, as no cut keeps "المعهد".
        assertThat(paragraph("وأشار تقرير للمعهد الملكي للخدمات المتحدة إلى تراجع الصادرات.")
                        .runs())
                .containsExactly(
                        new Inline.Text("وأشار تقرير لل"),
                        new Inline.SourceRef("معهد الملكي للخدمات المتحدة", "rusi"),
                        new Inline.Text(" إلى تراجع الصادرات."));
    }

    @Test
    void aHeadNounBeforeTheNameJoinsTheMentionButAnAdjectiveAfterItDoesNot() {
        assertThat(paragraph("وذكر مركز بروغل البلجيكي أن النمو بطيء.").runs())
                .contains(new Inline.SourceRef("مركز بروغل", "bruegel"));
        assertThat(paragraph("وحسبما قال معهد راند، فإن النمو بطيء.").runs())
                .contains(new Inline.SourceRef("معهد راند", "rand"));
    }

    @Test
    void latinNamesSitesAndBracketedAcronyms() {
        assertThat(sourcesOf("بحسب Brookings Institution، فإن النمو بطيء.")).containsExactly("brookings");
        assertThat(paragraph("وتنشر www.sipri.org أرقامها كل عام.").runs())
                .contains(new Inline.SourceRef("www.sipri.org", "sipri"));
        assertThat(paragraph("بحسب تقديرات (SIPRI)، فإن الإنفاق زاد.").runs())
                .as("an acronym glossing no institution noun is the bracket alone")
                .contains(new Inline.SourceRef("(SIPRI)", "sipri"));
        assertThat(paragraph("وقال مجلس العلاقات الخارجية (مجلس أمريكي) إن النمو بطيء.")
                        .runs())
                .as("an Arabic bracket that is not a name of the source stays outside")
                .contains(new Inline.SourceRef("مجلس العلاقات الخارجية", "cfr"));
    }

    @Test
    void anInstitutionTheGazetteerLacksIsASourceWhenAReportingPhraseNamesIt() {
        Digest d = digest(
                "وذكر مركز الدراسات المتوسطية الفرنسي أن الموانئ تتوسع.",
                "خبر ثان عن الموانئ",
                "يرى مركز الدراسات المتوسطية أن التوسع يحتاج إلى تمويل.");
        assertThat(d.sources()).hasSize(1);
        String id = d.sources().get(0).id();
        assertThat(d.sources().get(0).name())
                .as("the nationality adjective is left out")
                .isEqualTo("مركز الدراسات المتوسطية");
        assertThat(d.sections()).extracting(Section::sources).containsExactly(List.of(id), List.of(id));
        assertThat(id).as("the name transliterated by ICU, as a slug").isEqualTo("mrkz-aldrasat-almtwstyt");
        assertThat(digest("قال مركز الدراسات المتوسطية إن الموانئ تتوسع.")
                        .sources()
                        .get(0)
                        .id())
                .as("the id depends on the name only")
                .isEqualTo(id);
    }

    @Test
    void laterMentionsOfAFoundInstitutionAreCitationsEvenWithoutAReportingPhrase() {
        Digest d = digest(
                "وأعلنت مؤسسة الموانئ الذكية أن الحاويات تتأخر.",
                "خبر ثان عن الموانئ",
                "تعمل مؤسسة الموانئ الذكية منذ عشر سنوات.");
        assertThat(d.sections().get(1).sources())
                .containsExactly(d.sources().get(0).id());
    }

    @Test
    void noSourceWithoutANameOrWithoutAReportingPhrase() {
        assertThat(sourcesOf("وأشار المركز إلى أن الموانئ تتوسع."))
                .as("the head noun alone refers back")
                .isEmpty();
        assertThat(sourcesOf("وأكد المعهد الأمريكي أن الموانئ تتوسع.")).isEmpty();
        assertThat(sourcesOf("زار الوفد مركز الدراسات المتوسطية في الصيف."))
                .as("no reporting phrase")
                .isEmpty();
        assertThat(sourcesOf("وقال الوزير إن الموانئ تتوسع.")).isEmpty();
        assertThat(sourcesOf("تحدث الوزير برصانة عن الموانئ."))
                .as("a common word that is also a short name")
                .isEmpty();
    }

    @Test
    void aOneWordBracketAfterTheNameIsItsShortName() {
        assertThat(paragraph("وفق المعهد الدولي للدراسات الإيرانية (رصانة)، تتراجع الصادرات.")
                        .runs())
                .contains(new Inline.SourceRef("المعهد الدولي للدراسات الإيرانية (رصانة)", "rasanah"));
        assertThat(paragraph("وفق المعهد الدولي للدراسات الإيرانية (2024)، تتراجع الصادرات.")
                        .runs())
                .contains(new Inline.SourceRef("المعهد الدولي للدراسات الإيرانية", "rasanah"));
    }

    @Test
    void oneReferencePerSourceAndSectionAtTheReportingPhrase() {
        Digest d = digest(
                "تتفق هذه الأرقام مع قراءات معهد هدسون السابقة.",
                "وقال معهد هدسون إن الموانئ تتوسع، ويضيف معهد هدسون أن التمويل متاح.");
        Section s = d.sections().get(0);
        assertThat(s.sources()).containsExactly("hudson");
        assertThat(refs(s.paragraphs().get(0))).isEmpty();
        assertThat(refs(s.paragraphs().get(1))).containsExactly(new Inline.SourceRef("معهد هدسون", "hudson"));
        assertThat(s.paragraphs().get(1).runs().get(0)).isEqualTo(new Inline.Text("وقال "));
    }

    @Test
    void sourcesAreListedInOrderOfFirstCitation() {
        Digest d = digest(
                "وقال معهد كاتو إن الضرائب مرتفعة، بينما يرى معهد هدسون أنها مناسبة.",
                "خبر ثان عن الضرائب",
                "وبحسب معهد لوي فإن الضرائب مرتفعة، ويتفق معه معهد كاتو.");
        assertThat(d.sources()).extracting(io.mirsad.digest.Source::id).containsExactly("cato", "hudson", "lowy");
        assertThat(d.sections().get(1).sources()).containsExactly("lowy", "cato");
    }

    @Test
    void theParagraphTextIsTheNormalisedLine() {
        Block.Paragraph p = paragraph("وحسبما ذكر\u00A0 مركز الدراسات الاستراتيجية والدولية (CSIS)،فإن النمو بطيء.");
        assertThat(p.text()).isEqualTo("وحسبما ذكر مركز الدراسات الاستراتيجية والدولية (CSIS)، فإن النمو بطيء.");
        assertThat(refs(p)).containsExactly(new Inline.SourceRef("مركز الدراسات الاستراتيجية والدولية (CSIS)", "csis"));
    }

    private static List<String> sourcesOf(String line) {
        return digest(line).sections().get(0).sources();
    }

    private static Block.Paragraph paragraph(String line) {
        return digest(line).sections().get(0).paragraphs().get(0);
    }

    /** A page whose body is the given lines, after title, byline and series. */
    private static Digest digest(String... body) {
        return IMPORTER.importPage("عنوان العدد\nكاتب العدد\nسلسلة العدد\n" + String.join("\n", body))
                .digest();
    }

    private static List<Inline.SourceRef> refs(Block.Paragraph p) {
        return p.runs().stream()
                .filter(Inline.SourceRef.class::isInstance)
                .map(Inline.SourceRef.class::cast)
                .toList();
    }
}

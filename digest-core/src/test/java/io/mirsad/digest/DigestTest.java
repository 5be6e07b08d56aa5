package io.mirsad.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DigestTest {

    private static Metadata metadata(String title) {
        return Metadata.builder().title(title).series("مرصد").author("كاتب").build();
    }

    @Test
    void buildsAValidDigestAndNumbersSectionsWithoutIds() {
        Digest digest = Digest.builder()
                .metadata(metadata("عنوان العدد"))
                .source(Source.of("csis", "مركز الدراسات الاستراتيجية والدولية"))
                .section(Section.builder(SectionKind.INTRODUCTION)
                        .paragraph("تمهيد قصير")
                        .build())
                .section(Section.builder(SectionKind.STORY)
                        .headline("خبر")
                        .source("csis")
                        .paragraph(
                                new Inline.Text("قال "),
                                new Inline.SourceRef("المركز", "csis"),
                                new Inline.Text(" إن الأرقام تغيرت"))
                        .build())
                .build();

        assertThat(digest.sections()).extracting(Section::id).containsExactly("s1", "s2");
        assertThat(digest.sections().get(1).paragraphs().get(0).text()).isEqualTo("قال المركز إن الأرقام تغيرت");
        assertThat(digest.metadata().direction()).isEqualTo(Direction.RTL);
        assertThat(digest.source("csis")).map(Source::name).contains("مركز الدراسات الاستراتيجية والدولية");
    }

    @Test
    void aDefaultDateDatesOnlyAnUndatedDigest() {
        Digest undated = Digest.builder()
                .metadata(metadata("عدد بلا تاريخ"))
                .section(Section.builder(SectionKind.STORY)
                        .headline("خبر")
                        .paragraph("نص")
                        .build())
                .build();
        LocalDate date = LocalDate.of(2026, 12, 1);

        Digest dated = undated.withPublishedIfAbsent(date);
        assertThat(dated.metadata().published()).isEqualTo(date);
        assertThat(dated.sections()).isEqualTo(undated.sections());
        assertThat(dated.withPublishedIfAbsent(LocalDate.of(2020, 1, 1))).isSameAs(dated);
        assertThat(undated.withPublishedIfAbsent(null)).isSameAs(undated);
    }

    @Test
    void reportsEveryViolationWithItsPath() {
        assertThatThrownBy(() -> Digest.builder()
                        .metadata(Metadata.builder()
                                .title(" ")
                                .language("not a tag!")
                                .build())
                        .source(Source.of("a", "أ"))
                        .source(Source.of("a", ""))
                        .section(Section.builder(SectionKind.STORY)
                                .id("x")
                                .headline("خبر")
                                .paragraph("نص")
                                .source("missing")
                                .build())
                        .section(Section.builder(SectionKind.STORY)
                                .id("x")
                                .headline(" ")
                                .build())
                        .section(Section.builder(SectionKind.STORY)
                                .id("y")
                                .headline("خبر")
                                .paragraph(new Inline.SourceRef("", "nowhere"))
                                .build())
                        .build())
                .isInstanceOfSatisfying(
                        DigestValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::toString)
                                .containsExactly(
                                        "metadata.title: blank",
                                        "metadata.language: not a BCP 47 language tag: 'not a tag!'",
                                        "sources[1].id: duplicate id 'a'",
                                        "sources[1].name: blank",
                                        "sections[0].sources[0]: unknown source id 'missing'",
                                        "sections[1].id: duplicate id 'x'",
                                        "sections[1].headline: blank",
                                        "sections[1].blocks: empty",
                                        "sections[2].blocks[0].runs[0].source: unknown source id 'nowhere'"))
                .hasMessageStartingWith("9 problems in digest: metadata.title: blank;");
    }

    @Test
    void aDigestNeedsASection() {
        assertThatThrownBy(() -> Digest.builder().metadata(metadata("عنوان")).build())
                .isInstanceOf(DigestValidationException.class)
                .hasMessageContaining("sections: a digest needs at least one section");
    }

    @Test
    void valuesAreImmutable() {
        List<Block> blocks = new java.util.ArrayList<>(List.of(Block.Paragraph.of("نص")));
        Section s = new Section("a", SectionKind.STORY, "خبر", blocks, List.of());
        blocks.clear();
        assertThat(s.blocks()).hasSize(1);

        byte[] png = {1, 2, 3};
        Block.Figure f = new Block.Figure(png, "image/png", "وصف", null);
        png[0] = 9;
        f.image()[1] = 9;
        assertThat(f.image()).containsExactly(1, 2, 3);
        assertThat(f).isEqualTo(new Block.Figure(new byte[] {1, 2, 3}, "image/png", "وصف", null));
    }

    @Test
    void directionFollowsTheLanguageUnlessSet() {
        assertThat(Metadata.builder().title("t").language("ar-EG").build().direction())
                .isEqualTo(Direction.RTL);
        assertThat(Metadata.builder().title("t").language("en").build().direction())
                .isEqualTo(Direction.LTR);
        assertThat(Metadata.builder()
                        .title("t")
                        .language("ar")
                        .direction(Direction.LTR)
                        .build()
                        .direction())
                .isEqualTo(Direction.LTR);
    }
}

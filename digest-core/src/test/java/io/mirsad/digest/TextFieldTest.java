package io.mirsad.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextFieldTest {

    private static Digest digest(String headline, Block... blocks) {
        Section.Builder section = Section.builder(SectionKind.STORY).headline(headline);
        for (Block b : blocks) {
            section.block(b);
        }
        return Digest.builder()
                .metadata(Metadata.builder()
                        .title("نشرة الأسبوع")
                        .series("مرصد")
                        .author("محررة")
                        .build())
                .source(new Source("m", "مركز الدراسات", "Study Centre", null, SourceKind.THINK_TANK))
                .section(Section.builder(SectionKind.INTRODUCTION)
                        .paragraph("تمهيد")
                        .build())
                .section(section.build())
                .build();
    }

    @Test
    void everyPrintedFieldIsListedWithThePathValidationUses() {
        Digest d = digest(
                "خبر",
                Block.Paragraph.of("فقرة واحدة"),
                new Block.Paragraph(List.of(new Inline.Text("قال "), new Inline.SourceRef("المركز", "m"))),
                new Block.Quote(List.of(new Inline.Text("قول")), "قائل"),
                new Block.ListBlock(false, List.of(Block.Paragraph.of("بند"))));
        assertThat(TextField.of(d))
                .extracting(TextField::path, TextField::text)
                .containsExactly(
                        tuple("metadata.title", "نشرة الأسبوع"),
                        tuple("metadata.series", "مرصد"),
                        tuple("metadata.authors[0]", "محررة"),
                        tuple("sources[0].name", "مركز الدراسات"),
                        tuple("sources[0].nameLatin", "Study Centre"),
                        tuple("sections[0].blocks[0].text", "تمهيد"),
                        tuple("sections[1].headline", "خبر"),
                        tuple("sections[1].blocks[0].text", "فقرة واحدة"),
                        tuple("sections[1].blocks[1].runs[0].text", "قال "),
                        tuple("sections[1].blocks[1].runs[1].text", "المركز"),
                        tuple("sections[1].blocks[2].text", "قول"),
                        tuple("sections[1].blocks[2].attribution", "قائل"),
                        tuple("sections[1].blocks[3].items[0].text", "بند"));
    }

    /** The same field gets the same path in a warning as in a validation error. */
    @Test
    void pathsAreTheOnesValidationErrorsName() {
        String bell = "\u0007";
        assertThatThrownBy(() -> digest(
                        "خبر",
                        new Block.Paragraph(List.of(new Inline.Text("قال "), new Inline.Text("نص" + bell))),
                        new Block.ListBlock(false, List.of(Block.Paragraph.of("بند" + bell)))))
                .isInstanceOfSatisfying(
                        DigestValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::path)
                                .containsExactly(
                                        "sections[1].blocks[0].runs[1].text", "sections[1].blocks[1].items[0].text"));
        Digest clean = digest(
                "خبر",
                new Block.Paragraph(List.of(new Inline.Text("قال "), new Inline.Text("نص"))),
                new Block.ListBlock(false, List.of(Block.Paragraph.of("بند"))));
        assertThat(TextField.of(clean))
                .extracting(TextField::path)
                .contains("sections[1].blocks[0].runs[1].text", "sections[1].blocks[1].items[0].text");
    }
}

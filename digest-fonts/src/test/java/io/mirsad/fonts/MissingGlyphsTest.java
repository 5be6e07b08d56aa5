package io.mirsad.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.digest.Block;
import io.mirsad.digest.Digest;
import io.mirsad.digest.Inline;
import io.mirsad.digest.Metadata;
import io.mirsad.digest.Section;
import io.mirsad.digest.SectionKind;
import io.mirsad.export.ExportWarning;
import java.util.List;
import org.junit.jupiter.api.Test;

class MissingGlyphsTest {

    private static Digest digest(String title, String paragraph) {
        return Digest.builder()
                .metadata(Metadata.builder().title(title).build())
                .section(Section.builder(SectionKind.STORY)
                        .headline("خبر")
                        .paragraph("فقرة أولى بلا رموز")
                        .block(new Block.Paragraph(List.of(new Inline.Text("قال "), new Inline.Strong(paragraph))))
                        .build())
                .build();
    }

    @Test
    void oneWarningNamesEveryCharacterAndEveryFieldItOccursIn() {
        ExportWarning w = MissingGlyphs.of(
                        digest("عدد 😀 خاص", "نص فيه وجه ضاحك 😀 في وسطه ورمز 中 ثم שלום"), FontRegistry.defaults())
                .orElseThrow();
        assertThat(w.code()).isEqualTo("font.missing-glyph");
        assertThat(w.message())
                .startsWith("2 characters no font of the edition can draw")
                .contains("-O fonts.fallback=FILE")
                .contains("U+4E2D CJK UNIFIED IDEOGRAPH-4E2D at sections[0].blocks[1].runs[1].text (first in \"")
                .contains("U+1F600 GRINNING FACE at metadata.title, sections[0].blocks[1].runs[1].text"
                        + " (first in \"عدد 😀 خاص\")")
                .doesNotContain("U+05")
                .doesNotContain("?");
        assertThat(w.message().indexOf("U+4E2D")).isLessThan(w.message().indexOf("U+1F600"));
    }

    @Test
    void nothingToReportWhenTheFallbacksHaveEveryCharacter() {
        assertThat(MissingGlyphs.of(digest("عدد", "Ωμέγα Москва שלום"), FontRegistry.defaults()))
                .isEmpty();
        assertThat(MissingGlyphs.of(
                        digest("عدد", "Ωμέγα"),
                        FontRegistry.builder().noFallbacks().build()))
                .get()
                .extracting(ExportWarning::message)
                .asString()
                .contains("U+03A9 GREEK CAPITAL LETTER OMEGA at sections[0].blocks[1].runs[1].text");
    }

    @Test
    void aVolumeNamesThePartsAndListsEachCharacterOnce() {
        ExportWarning w = new MissingGlyphs(FontRegistry.defaults())
                .add(0, digest("أول", "بلا رموز"))
                .add(1, digest("ثان 😀", "😀"))
                .warning()
                .orElseThrow();
        assertThat(w.message())
                .startsWith("1 character ")
                .contains(
                        "U+1F600 GRINNING FACE at parts[1].metadata.title, parts[1].sections[0].blocks[1].runs[1].text");
    }
}

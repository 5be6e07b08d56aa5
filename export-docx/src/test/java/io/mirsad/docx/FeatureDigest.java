package io.mirsad.docx;

import io.mirsad.digest.Block;
import io.mirsad.digest.Digest;
import io.mirsad.digest.Inline;
import io.mirsad.digest.Metadata;
import io.mirsad.digest.Section;
import io.mirsad.digest.SectionKind;
import io.mirsad.digest.Source;
import io.mirsad.digest.SourceKind;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Test fixture: a small digest (sentences written for these tests) that uses every kind of block and
 * run — quotation, both kinds of list, a figure, a link, emphasis, strong text — and a section that
 * cites a source without mentioning it in its text.
 */
final class FeatureDigest {
    static final String QUIET_SOURCE_SENTENCE =
            "تتوقع الدراسة أن تتضاعف سعة الألواح الشمسية في المنطقة خلال خمس سنوات.";
    static final String LINK_TEXT = "الملخص الكامل";
    static final String FIGURE_ALT = "رسم بياني بسيط من عمودين";

    private FeatureDigest() {}

    static Digest build() {
        Section solar = Section.builder(SectionKind.STORY)
                .id("solar")
                .headline("الطاقة الشمسية تتقدم في شمال أفريقيا")
                .paragraph(QUIET_SOURCE_SENTENCE)
                .paragraph(
                        new Inline.Text("ويمكن قراءة "),
                        new Inline.Link(LINK_TEXT, "https://example.org/solar"),
                        new Inline.Text(" على موقع المعهد، وفيه "),
                        new Inline.Strong("أرقام مفصلة"),
                        new Inline.Text(" و"),
                        new Inline.Emphasis("ملاحظات منهجية"),
                        new Inline.Text("."))
                .block(new Block.ListBlock(
                        true,
                        List.of(
                                Block.Paragraph.of("زيادة الاستثمار العام في الشبكات."),
                                Block.Paragraph.of("تبسيط إجراءات الترخيص للمشروعات الصغيرة."))))
                .block(new Block.ListBlock(false, List.of(Block.Paragraph.of("المغرب"), Block.Paragraph.of("مصر"))))
                .source("desert-institute")
                .build();
        Section voices = Section.builder(SectionKind.QUOTE)
                .id("voices")
                .headline("قالوا في الأسبوع")
                .block(new Block.Quote(
                        List.of(
                                new Inline.Text("الشبكة الكهربائية هي عنق الزجاجة، لا الألواح نفسها."),
                                new Inline.SourceRef("", "grid-watch")),
                        "خبيرة في شؤون الطاقة"))
                .block(new Block.Figure(png(), "image/png", FIGURE_ALT, "سعة التوليد بالجيجاواط"))
                .source("grid-watch")
                .build();
        return Digest.builder()
                .metadata(Metadata.builder()
                        .title("نشرة تجريبية عن الطاقة")
                        .series("نشرة الاختبار")
                        .author("فريق الاختبار")
                        .published(LocalDate.of(2026, 3, 7))
                        .language("ar")
                        .build())
                .section(solar)
                .section(voices)
                .source(new Source(
                        "desert-institute",
                        "معهد الصحراء للطاقة",
                        "Desert Energy Institute",
                        "https://example.org",
                        SourceKind.THINK_TANK))
                .source(new Source("grid-watch", "مرصد الشبكات", null, null, SourceKind.OTHER))
                .build();
    }

    static byte[] png() {
        BufferedImage image = new BufferedImage(240, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 240, 120);
        g.setColor(new Color(0x1F3A5F));
        g.fillRect(40, 40, 50, 80);
        g.fillRect(140, 10, 50, 110);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

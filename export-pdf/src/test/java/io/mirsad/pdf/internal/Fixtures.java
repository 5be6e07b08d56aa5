package io.mirsad.pdf.internal;

import io.mirsad.digest.Digest;
import io.mirsad.digest.Direction;
import io.mirsad.digest.Metadata;
import io.mirsad.digest.Section;
import io.mirsad.digest.SectionKind;
import io.mirsad.fonts.FontRegistry;
import io.mirsad.pdf.internal.itemize.ItemizedText;
import io.mirsad.pdf.internal.itemize.Itemizer;
import io.mirsad.pdf.internal.itemize.StyledText;
import io.mirsad.pdf.internal.itemize.TextStyle;
import io.mirsad.pdf.internal.itemize.Typefaces;
import io.mirsad.pdf.internal.linebreak.Box;
import java.time.LocalDate;
import java.util.List;

/** The bundled faces and helpers the stage tests share. */
public final class Fixtures {
    public static final Typefaces FACES = Typefaces.load(FontRegistry.defaults());
    public static final TextStyle BODY = TextStyle.of(12, false);

    /** Sentences written for these tests. */
    public static final String ARABIC = "تتابع هذه النشرة كل أسبوع ما تنشره المراكز البحثية عن الاقتصاد والطاقة والنقل "
            + "البحري، وتعرض خلاصة كل دراسة في فقرات قصيرة يسهل على القارئ متابعتها، ثم تذكر المؤسسة التي "
            + "أصدرتها ورابط موقعها حتى يرجع إليها من أراد التوسع في الموضوع.";

    private Fixtures() {}

    /** A digest with no publication date and no sources: one story of one paragraph. */
    public static Digest undated() {
        return Digest.builder()
                .metadata(Metadata.builder().title("نشرة بلا تاريخ").build())
                .section(Section.builder(SectionKind.STORY)
                        .headline("خبر وحيد")
                        .paragraph("فقرة واحدة قصيرة في نشرة لم يذكر تاريخ صدورها.")
                        .build())
                .build();
    }

    /** A dated digest of one story of one paragraph, {@code paragraph}, under a short headline. */
    public static Digest oneParagraph(String paragraph) {
        return Digest.builder()
                .metadata(Metadata.builder()
                        .title("نشرة الاختبار")
                        .published(LocalDate.of(2026, 3, 1))
                        .build())
                .section(Section.builder(SectionKind.STORY)
                        .headline("عنوان قصير")
                        .paragraph(paragraph)
                        .build())
                .build();
    }

    /** A plain blue PNG picture of the given size, for figures. */
    public static byte[] bluePng(int width, int height) {
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(new java.awt.Color(0x2A5D8F));
        g.fillRect(0, 0, width, height);
        g.dispose();
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    public static ItemizedText itemize(String text, Direction direction) {
        return new Itemizer(FACES).itemize(StyledText.of(text, BODY, direction));
    }

    public static ItemizedText itemize(String text) {
        return itemize(text, Direction.RTL);
    }

    /** The paragraph characters the boxes cover, in logical order. */
    public static String text(ItemizedText text, List<Box> boxes) {
        StringBuilder sb = new StringBuilder();
        for (Box b : boxes) {
            sb.append(text.chars(), b.start(), b.limit() - b.start());
        }
        return sb.toString();
    }
}

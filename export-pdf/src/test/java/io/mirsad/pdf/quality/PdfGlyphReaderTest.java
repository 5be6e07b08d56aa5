package io.mirsad.pdf.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.fonts.BundledFonts;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the quality harness itself, without the exporter: a PDF written here glyph by glyph from the
 * goldens (subset font, one {@code Tm} per glyph) must read back as agreeing, and the comparison must
 * notice a wrong glyph and a mark moved by a few font units.
 */
class PdfGlyphReaderTest {
    private static final float SIZE = 14;

    private static ShapingGolden golden;
    private static OriginalGlyphs originals;

    @BeforeAll
    static void load() throws IOException {
        golden = ShapingGolden.load(false);
        originals = new OriginalGlyphs(BundledFonts.amiriRegular().bytes());
    }

    @Test
    void readsBackExactlyTheGlyphsAndPositionsWritten() throws IOException {
        List<GoldenComparison.Outcome> outcomes = compareAll(writeGoldens(UnaryOperator.identity()));
        assertThat(outcomes).allSatisfy(o -> assertThat(o.problem()).as(o.id()).isNull());
        assertThat(outcomes).hasSize(golden.texts().size());
    }

    @Test
    void noticesAWrongGlyph() throws IOException {
        // Amiri's isolated beh (gid 392) where kataba has its final form.
        byte[] pdf = writeGoldens(
                g -> g.gid() == 2080 ? new ShapingGolden.Glyph(392, g.cluster(), g.dx(), g.dy(), g.advance()) : g);
        GoldenComparison.Outcome kataba = outcome(compareAll(pdf), "kataba");
        assertThat(kataba.glyphsAgree()).isFalse();
        assertThat(kataba.problem()).contains("no line draws HarfBuzz's glyphs 430 2080");
    }

    @Test
    void noticesAMarkMovedByThreeUnits() throws IOException {
        byte[] pdf = writeGoldens(g ->
                g.gid() == 1927 ? new ShapingGolden.Glyph(g.gid(), g.cluster(), g.dx() + 3, g.dy(), g.advance()) : g);
        GoldenComparison.Outcome shaddada = outcome(compareAll(pdf), "shaddada");
        assertThat(shaddada.glyphsAgree()).isTrue();
        assertThat(shaddada.problem()).contains("gid 1927");
    }

    private static GoldenComparison.Outcome outcome(List<GoldenComparison.Outcome> outcomes, String id) {
        return outcomes.stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<GoldenComparison.Outcome> compareAll(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            GoldenComparison comparison = new GoldenComparison(originals, PdfGlyphReader.read(doc));
            return golden.texts().stream().map(comparison::compare).toList();
        }
    }

    /** One line per golden text, every glyph placed with its own text matrix; spaces are not drawn. */
    private static byte[] writeGoldens(UnaryOperator<ShapingGolden.Glyph> change) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(
                    doc, new ByteArrayInputStream(BundledFonts.amiriRegular().bytes()), true);
            Set<Integer> used = new TreeSet<>();
            PDPage page = null;
            ContentStreamWriter writer = null;
            OutputStream out = null;
            COSName name = null;
            float y = 0;
            for (ShapingGolden.Text text : golden.texts()) {
                if (page == null || y < 60) {
                    if (out != null) {
                        writer.writeTokens(Operator.getOperator("ET"));
                        out.close();
                    }
                    page = new PDPage();
                    page.setResources(new PDResources());
                    name = page.getResources().add(font);
                    doc.addPage(page);
                    PDStream stream = new PDStream(doc);
                    page.setContents(stream);
                    out = stream.createOutputStream(COSName.FLATE_DECODE);
                    writer = new ContentStreamWriter(out);
                    writer.writeTokens(
                            Operator.getOperator("BT"), name, new COSFloat(SIZE), Operator.getOperator("Tf"));
                    y = 740;
                }
                float pen = 0;
                for (ShapingGolden.Run run : text.runs()) {
                    for (ShapingGolden.Glyph g :
                            run.glyphs().stream().map(change).toList()) {
                        if (!Character.isWhitespace(text.text().charAt(g.cluster()))) {
                            used.add(g.gid());
                            writer.writeTokens(
                                    COSInteger.ONE,
                                    COSInteger.ZERO,
                                    COSInteger.ZERO,
                                    COSInteger.ONE,
                                    new COSFloat(60 + (pen + g.dx()) * SIZE / 1000f),
                                    new COSFloat(y + g.dy() * SIZE / 1000f),
                                    Operator.getOperator("Tm"),
                                    new COSString(font.encodeGlyphId(g.gid())),
                                    Operator.getOperator("Tj"));
                        }
                        pen += g.advance();
                    }
                }
                y -= 2 * SIZE;
            }
            writer.writeTokens(Operator.getOperator("ET"));
            out.close();
            font.addGlyphsToSubset(used);
            font.subset();
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            doc.save(pdf);
            return pdf.toByteArray();
        }
    }
}

package io.mirsad.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mirsad.digest.Digest;
import io.mirsad.export.ExportException;
import io.mirsad.export.ExportOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrintGeometryTest {
    private static final float MM = 72 / 25.4f;

    private static byte[] pdf(Digest digest, String... options) throws IOException {
        ExportOptions.Builder b = ExportOptions.builder().set(PdfExporter.COLUMNS, "2");
        for (int i = 0; i < options.length; i += 2) {
            b.set(options[i], options[i + 1]);
        }
        return PdfExporterTest.export(new PdfExporter(), digest, b.build());
    }

    private static String content(PDPage page) throws IOException {
        return new String(page.getContents().readAllBytes(), StandardCharsets.US_ASCII);
    }

    @Test
    void bleedGrowsTheMediaBoxAroundATrimBoxAtThePaperSize() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(PdfExporterTest.sample(), PdfExporter.BLEED, "3mm"))) {
            for (PDPage page : doc.getPages()) {
                assertBox(page.getTrimBox(), 0, 0, PaperSize.A4.width(), PaperSize.A4.height());
                assertBox(
                        page.getBleedBox(),
                        -3 * MM,
                        -3 * MM,
                        PaperSize.A4.width() + 3 * MM,
                        PaperSize.A4.height() + 3 * MM);
                assertBox(
                        page.getMediaBox(),
                        -3 * MM,
                        -3 * MM,
                        PaperSize.A4.width() + 3 * MM,
                        PaperSize.A4.height() + 3 * MM);
            }
        }
    }

    @Test
    void withoutBleedThePageIsThePaper() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(PdfExporterTest.sample()))) {
            PDPage page = doc.getPage(0);
            assertBox(page.getMediaBox(), 0, 0, PaperSize.A4.width(), PaperSize.A4.height());
            assertThat(page.getCOSObject().containsKey("TrimBox")).isFalse();
            assertThat(page.getCOSObject().containsKey("BleedBox")).isFalse();
        }
    }

    /** The page is drawn with the same operators, the same numbers, whatever the bleed: nothing moves. */
    @Test
    void cropMarksAreOneStepAfterThePageAndNothingMoves() throws IOException {
        Digest sample = PdfExporterTest.sample();
        try (PDDocument plain = Loader.loadPDF(pdf(sample));
                PDDocument marked =
                        Loader.loadPDF(pdf(sample, PdfExporter.BLEED, "3mm", PdfExporter.CROP_MARKS, "true"))) {
            assertThat(marked.getNumberOfPages()).isEqualTo(plain.getNumberOfPages());
            for (int i = 0; i < plain.getNumberOfPages(); i++) {
                String before = content(plain.getPage(i));
                String after = content(marked.getPage(i));
                assertThat(after).startsWith(before);
                String marks = after.substring(before.length());
                // marked as an artifact: printers' marks are no part of the text (PDF/UA)
                assertThat(marks)
                        .startsWith("/Artifact <</Type /Page>> BDC\nq\n")
                        .endsWith("S\nQ\nEMC\n");
                List<float[]> points = points(marks);
                assertThat(points).hasSize(16);
                PDRectangle bleed = marked.getPage(i).getBleedBox();
                PDRectangle media = marked.getPage(i).getMediaBox();
                for (float[] p : points) {
                    boolean outsideBleed = p[0] <= bleed.getLowerLeftX() + 0.01f
                            || p[0] >= bleed.getUpperRightX() - 0.01f
                            || p[1] <= bleed.getLowerLeftY() + 0.01f
                            || p[1] >= bleed.getUpperRightY() - 0.01f;
                    assertThat(outsideBleed)
                            .as("mark point %.2f, %.2f outside the bleed", p[0], p[1])
                            .isTrue();
                    assertThat(media.contains(p[0], p[1]))
                            .as("mark inside the MediaBox")
                            .isTrue();
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "-1mm", "30mm", "3 furlongs", "", "NaN"})
    void aBadBleedIsAnErrorNamingTheOption(String value) {
        assertThatThrownBy(() -> new PdfExporter()
                        .layout(ExportOptions.builder()
                                .set(PdfExporter.BLEED, value)
                                .build()))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("pdf.bleed")
                .hasMessageContaining("'" + value + "'");
    }

    @Test
    void aBadCropMarksValueIsAnErrorNamingTheOption() {
        assertThatThrownBy(() -> new PdfExporter()
                        .layout(ExportOptions.builder()
                                .set(PdfExporter.CROP_MARKS, "maybe")
                                .build()))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("pdf.crop-marks");
    }

    private static void assertBox(PDRectangle box, float llx, float lly, float urx, float ury) {
        float[] actual = {box.getLowerLeftX(), box.getLowerLeftY(), box.getUpperRightX(), box.getUpperRightY()};
        assertThat(actual).containsExactly(new float[] {llx, lly, urx, ury}, Offset.offset(0.01f));
    }

    /** The points of the {@code m} and {@code l} operators in a piece of content stream. */
    private static List<float[]> points(String content) {
        List<float[]> points = new ArrayList<>();
        String[] tokens = content.split("\\s+");
        for (int i = 2; i < tokens.length; i++) {
            if (tokens[i].equals("m") || tokens[i].equals("l")) {
                points.add(new float[] {Float.parseFloat(tokens[i - 2]), Float.parseFloat(tokens[i - 1])});
            }
        }
        return points;
    }
}

package io.mirsad.pdf.quality;

import io.mirsad.export.ExportOptions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * veraPDF (PDF/A-3a and PDF/UA-1) on the sample and every fixture, in the layouts an edition can take:
 * every pairing of one or two columns with A4 or A5, each digit style twice, and A4 with bleed and crop
 * marks for a print shop. Tagged integration only to
 * keep the default build fast; it needs nothing outside the JVM.
 */
@Tag("integration")
class ConformanceMatrixTest {
    static Stream<Arguments> editions() {
        return Stream.of("observatory", "grain-corridors", "water-briefs", "gulf-tashkeel")
                .flatMap(name -> Stream.of(
                        Arguments.of(name, "a4", 1, "arabic-indic"),
                        Arguments.of(name, "a4", 2, "western"),
                        Arguments.of(name, "a5", 1, "western"),
                        Arguments.of(name, "a5", 2, "arabic-indic"),
                        Arguments.of(name, "a4 bleed", 1, "western")));
    }

    @ParameterizedTest(name = "{0}, {1}, {2} columns, {3} digits")
    @MethodSource("editions")
    void conforms(String name, String paper, int columns, String digits) {
        ExportOptions.Builder options = ExportOptions.builder()
                .set("pdf.paper", paper.split(" ")[0])
                .set("pdf.columns", columns)
                .set("digits", digits);
        if (paper.endsWith(" bleed")) {
            options.set("pdf.bleed", "3mm").set("pdf.crop-marks", true);
        }
        byte[] pdf = Editions.pdf(Editions.digest(name), options.build());
        ConformanceTest.assertConforms(pdf, name + " " + paper + " " + columns + " " + digits);
    }
}

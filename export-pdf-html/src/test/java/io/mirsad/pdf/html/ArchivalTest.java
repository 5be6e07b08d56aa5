package io.mirsad.pdf.html;

import static io.mirsad.pdf.html.HtmlEngineTest.html;
import static io.mirsad.pdf.html.HtmlEngineTest.sample;
import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.pdf.PdfExporter;
import io.mirsad.pdf.internal.Fixtures;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF on the html engine's editions of the sample and of an undated digest: PDF/A-3a and PDF/UA-1,
 * every rule passed.
 */
@Tag("integration")
class ArchivalTest {
    private static Map<String, byte[]> pdfs;

    @BeforeAll
    static void print() {
        VeraGreenfieldFoundryProvider.initialise();
        pdfs = Map.of(
                "sample", HtmlEngineTest.print(new PdfExporter(), sample(), html()),
                "undated", HtmlEngineTest.print(new PdfExporter(), Fixtures.undated(), html()));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"sample, 3a", "sample, ua1", "undated, 3a", "undated, ua1"})
    void veraPdfFindsNoFailedRule(String edition, String flavourId) throws Exception {
        byte[] pdf = pdfs.get(edition);
        PDFAFlavour flavour = PDFAFlavour.fromString(flavourId);
        ValidationResult result;
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            result = validator.validate(parser);
        }
        List<String> failed = result.getTestAssertions().stream()
                .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                .distinct()
                .sorted()
                .collect(Collectors.toList());
        System.out.println("veraPDF " + edition + " " + flavourId + ": " + failed.size() + " failed rules");
        failed.forEach(f -> System.out.println("  " + f));
        assertThat(failed).isEmpty();
        assertThat(result.isCompliant()).isTrue();
    }
}

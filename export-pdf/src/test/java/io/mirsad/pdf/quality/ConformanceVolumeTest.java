package io.mirsad.pdf.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mirsad.digest.Volume;
import io.mirsad.digest.json.DigestJson;
import io.mirsad.export.ExportOptions;
import io.mirsad.pdf.EmbeddedDigest;
import io.mirsad.pdf.EmbeddedDigestException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A volume is an archival, accessible edition too: veraPDF finds nothing to fault as PDF/A-3a and as
 * PDF/UA-1 in a volume of the sample and the fixtures, in one and two columns, on A4 and A5; it is tagged
 * with a part per digest under the volume's heading, and carries each digest's JSON, which
 * {@link EmbeddedDigest} reads back.
 */
class ConformanceVolumeTest {
    private static final String[] PARTS = {"observatory", "grain-corridors", "water-briefs", "epub-digital"};

    /** The volume with the default options, made once for the tests that only read it. */
    private static byte[] defaultVolume;

    private static synchronized byte[] defaultVolume() {
        if (defaultVolume == null) {
            defaultVolume = volume(ExportOptions.defaults());
        }
        return defaultVolume;
    }

    private static byte[] volume(ExportOptions options) {
        return Editions.pdf(Editions.volume(PARTS), options);
    }

    @Test
    void aVolumeIsPdfA3aAndPdfUa1() {
        ConformanceTest.assertConforms(defaultVolume(), "volume");
    }

    @Tag("integration")
    @ParameterizedTest(name = "{0}, {1} columns, {2} digits")
    @CsvSource({"a4, 2, arabic-indic", "a5, 1, western", "a5, 2, arabic-indic"})
    void aVolumeConformsInEveryLayout(String paper, int columns, String digits) {
        byte[] pdf = volume(ExportOptions.builder()
                .set("pdf.paper", paper)
                .set("pdf.columns", columns)
                .set("digits", digits)
                .build());
        ConformanceTest.assertConforms(pdf, "volume " + paper + " " + columns + " " + digits);
    }

    @Test
    void eachPartIsTaggedAndCarriesItsDigest() throws IOException {
        Volume volume = Editions.volume(PARTS);
        byte[] pdf = defaultVolume();

        Map<String, String> embedded = EmbeddedDigest.all(pdf);
        assertThat(embedded.keySet())
                .containsExactly("digest-1.json", "digest-2.json", "digest-3.json", "digest-4.json");
        List<String> json = new ArrayList<>(embedded.values());
        for (int i = 0; i < PARTS.length; i++) {
            assertThat(json.get(i))
                    .isEqualTo(DigestJson.write(volume.parts().get(i).digest()));
        }
        assertThatThrownBy(() -> EmbeddedDigest.json(pdf))
                .isInstanceOf(EmbeddedDigestException.class)
                .hasMessageContaining("a volume carrying 4 digests (digest-1.json, digest-2.json");

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDStructureElement document = (PDStructureElement)
                    doc.getDocumentCatalog().getStructureTreeRoot().getKids().get(0);
            // series, title, dates and count of the title page; contents; the parts; the index of sources
            assertThat(types(document))
                    .containsExactly("P", "H1", "P", "P", "Sect", "Part", "Part", "Part", "Part", "Sect");
            assertThat(types(child(document, "Sect", 0))).containsExactly("H2", "TOC");
            assertThat(types(child(child(document, "Sect", 0), "TOC", 0)))
                    .hasSize(PARTS.length + 1)
                    .containsOnly("TOCI");
            for (int i = 0; i < PARTS.length; i++) {
                PDStructureElement part = child(document, "Part", i);
                assertThat(types(part)).contains("H2").contains("Sect").doesNotContain("H1");
                List<String> inSections = new ArrayList<>();
                part.getKids().stream()
                        .filter(k -> k instanceof PDStructureElement e
                                && e.getStructureType().equals("Sect"))
                        .forEach(k -> inSections.addAll(types((PDStructureElement) k)));
                assertThat(inSections).contains("H3").doesNotContain("H2", "H1");
                // the part's digest is associated with its element as with the document
                COSArray af = part.getCOSObject().getCOSArray(COSName.getPDFName("AF"));
                assertThat(af.size()).isEqualTo(1);
            }
            assertThat(types(child(document, "Sect", 1))).containsExactly("H2", "L");
        }
    }

    @Test
    void theArchivalOptionSwitchesAVolumesClaimsOff() throws IOException {
        byte[] plain =
                volume(ExportOptions.builder().set("pdf.archival", "false").build());
        try (PDDocument archival = Loader.loadPDF(defaultVolume());
                PDDocument doc = Loader.loadPDF(plain)) {
            assertThat(xmp(archival))
                    .contains("<pdfaid:part>3</pdfaid:part>")
                    .contains("<pdfuaid:part>1</pdfuaid:part>");
            assertThat(xmp(doc)).doesNotContain("pdfaid").doesNotContain("pdfuaid");
        }
        assertThat(EmbeddedDigest.all(plain)).hasSize(PARTS.length);
    }

    @Test
    void aVolumeIsTheSameBytesEveryTime() {
        assertThat(volume(ExportOptions.defaults())).isEqualTo(defaultVolume());
    }

    private static String xmp(PDDocument doc) throws IOException {
        return new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
    }

    private static List<String> types(PDStructureNode node) {
        List<String> types = new ArrayList<>();
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                types.add(e.getStructureType());
            }
        }
        return types;
    }

    /** The {@code n}th child element of {@code type}. */
    private static PDStructureElement child(PDStructureNode node, String type, int n) {
        return node.getKids().stream()
                .filter(k -> k instanceof PDStructureElement e
                        && e.getStructureType().equals(type))
                .map(PDStructureElement.class::cast)
                .skip(n)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " #" + n + " in " + types(node)));
    }
}

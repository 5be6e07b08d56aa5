package io.mirsad.pdf.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.digest.Digest;
import io.mirsad.digest.json.DigestJson;
import io.mirsad.pdf.EmbeddedDigest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;

/** The tagged structure, links and embedded digest an edition carries, read back with PDFBox. */
class StructureTest {

    /** Every structure element depth first, as "Type" or "Parent>Type", with Lang and Alt where set. */
    private static void walk(PDStructureNode node, String parent, List<String> out, List<PDStructureElement> all) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                String entry = (parent.isEmpty() ? "" : parent + ">")
                        + e.getStructureType()
                        + (e.getLanguage() != null ? "[" + e.getLanguage() + "]" : "")
                        + (e.getAlternateDescription() != null ? "{" + e.getAlternateDescription() + "}" : "");
                out.add(entry);
                all.add(e);
                walk(e, e.getStructureType(), out, all);
            }
        }
    }

    @Test
    void theEditionIsTaggedInReadingOrderWithLinksListsQuotesAndFigures() throws IOException {
        try (PDDocument doc = Loader.loadPDF(Editions.pdf(Editions.blocks()))) {
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            assertThat(catalog.getLanguage()).isEqualTo("ar");
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(catalog.getOutputIntents())
                    .singleElement()
                    .satisfies(i -> assertThat(i.getOutputConditionIdentifier()).isEqualTo("sRGB IEC61966-2.1"));
            List<String> tags = new ArrayList<>();
            List<PDStructureElement> elements = new ArrayList<>();
            walk(catalog.getStructureTreeRoot(), "", tags, elements);

            assertThat(tags.get(0)).isEqualTo("Document");
            assertThat(tags)
                    .containsSubsequence(
                            "Document>H1",
                            "Document>P",
                            "Document>Sect",
                            "Sect>H2",
                            "Sect>P",
                            "P>Reference",
                            "Reference>Link",
                            "P>Link",
                            "Sect>BlockQuote",
                            "BlockQuote>P",
                            "BlockQuote>P",
                            "Sect>L",
                            "L>LI",
                            "LI>Lbl",
                            "LI>LBody",
                            "Sect>Figure{مستطيل أزرق}",
                            "Sect>P",
                            "Document>H2",
                            "Document>L",
                            "L>LI",
                            "LI>Lbl",
                            "LI>LBody",
                            "LBody>Link");
            assertThat(tags).filteredOn(t -> t.endsWith(">H1")).hasSize(1);

            List<PDAnnotationLink> links = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                assertThat(page.getCOSObject().getNameAsString(COSName.getPDFName("Tabs")))
                        .isEqualTo("S");
                assertThat(new String(page.getContents().readAllBytes(), StandardCharsets.US_ASCII))
                        .contains("/Artifact");
                for (PDAnnotation a : page.getAnnotations()) {
                    links.add((PDAnnotationLink) a);
                }
            }
            List<String> targets = new ArrayList<>();
            for (PDAnnotationLink link : links) {
                assertThat(link.getContents()).isNotBlank();
                assertThat(link.getStructParent()).isNotNegative();
                targets.add(
                        link.getAction() instanceof PDActionURI uri
                                ? uri.getURI()
                                : link.getAction() instanceof PDActionGoTo ? "goto" : "none");
            }
            // the citation leads to the sources page; the javascript: link is no link at all
            assertThat(targets).containsExactly("goto", "https://www.csis.org/analysis", "https://www.csis.org");

            // each annotation hangs under a Link element of the structure tree
            long reachable = elements.stream()
                    .filter(e -> e.getStructureType().equals("Link"))
                    .flatMap(e -> e.getKids().stream())
                    .filter(PDObjectReference.class::isInstance)
                    .count();
            assertThat(reachable).isEqualTo(links.size());
        }
    }

    @Test
    void theDigestRidesInsideAndRendersTheSameEditionAgain() throws IOException {
        Digest digest = Editions.blocks();
        byte[] pdf = Editions.pdf(digest);
        String json = EmbeddedDigest.json(pdf);
        assertThat(json).isEqualTo(DigestJson.write(digest));
        assertThat(Editions.pdf(DigestJson.read(json))).isEqualTo(pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentCatalog().getNames().getEmbeddedFiles().getNames())
                    .containsOnlyKeys("digest.json");
        }
    }
}

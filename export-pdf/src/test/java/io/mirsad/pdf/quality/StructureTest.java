package io.mirsad.pdf.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.digest.Digest;
import io.mirsad.digest.json.DigestJson;
import io.mirsad.pdf.EmbeddedDigest;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
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
    void theOutputIntentIsTheSameSrgbProfileWhateverJdkWritesIt() throws IOException {
        byte[] jdk = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        try (PDDocument doc = Loader.loadPDF(Editions.pdf(Editions.blocks()))) {
            PDOutputIntent intent = doc.getDocumentCatalog().getOutputIntents().get(0);
            byte[] embedded;
            try (InputStream in = intent.getDestOutputIntent().createInputStream()) {
                embedded = in.readAllBytes();
            }
            // JDK 17's profile, primary platform Apple; JDK 25's differs in that field (bytes 40-43) alone
            assertThat(new String(embedded, 40, 4, StandardCharsets.US_ASCII)).isEqualTo("APPL");
            System.arraycopy(jdk, 40, embedded, 40, 4);
            assertThat(embedded).isEqualTo(jdk);
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

    /** A citation's link says where it leads in the digest's own language, whatever the language. */
    @Test
    void aCitationLinkIsDescribedInTheDigestsLanguage() throws IOException {
        assertThat(citationDescriptions(Editions.blocks()))
                .containsExactly("المصدر: مركز الدراسات الاستراتيجية والدولية");

        assertThat(citationDescriptions(Editions.digest("roundup-en")))
                .containsExactly("Source: RAND Corporation", "Source: French Institute of International Relations");
    }

    /** The descriptions of the edition's links that lead inside the document. */
    private static List<String> citationDescriptions(Digest digest) throws IOException {
        List<String> descriptions = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(Editions.pdf(digest))) {
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo) {
                        descriptions.add(link.getContents());
                    }
                }
            }
        }
        return descriptions;
    }

    /**
     * Latin words in Arabic lines are {@code Span}s in English, with the punctuation beside them: the
     * English title inside a paragraph, a source's Latin name and its address on the sources page.
     */
    @Test
    void latinWordsAreSpansInEnglish() throws IOException {
        try (PDDocument doc = Loader.loadPDF(Editions.pdf(Editions.blocks()))) {
            List<String> tags = new ArrayList<>();
            List<PDStructureElement> elements = new ArrayList<>();
            walk(doc.getDocumentCatalog().getStructureTreeRoot(), "", tags, elements);
            assertThat(tags).contains("P>Span[en]", "LBody>Span[en]", "Link>Span[en]");
            assertThat(tags).filteredOn(t -> t.contains("Span")).allMatch(t -> t.endsWith("Span[en]"));

            Map<PDPage, Map<Integer, String>> texts = new HashMap<>();
            List<String> spans = new ArrayList<>();
            for (PDStructureElement e : elements) {
                if (!"Span".equals(e.getStructureType())) {
                    continue;
                }
                StringBuilder text = new StringBuilder();
                for (Object kid : e.getKids()) {
                    PDPage page = kid instanceof PDMarkedContentReference mcr ? mcr.getPage() : e.getPage();
                    int mcid = kid instanceof PDMarkedContentReference mcr ? mcr.getMCID() : (Integer) kid;
                    text.append(texts.computeIfAbsent(page, StructureTest::markedText)
                            .get(mcid));
                }
                spans.add(text.toString().replaceAll("\\p{Cf}", "").strip());
            }
            // the title wraps after "Trade"; the comma after it goes with it, in whichever order the line draws them
            assertThat(String.join("|", spans)).contains("Global Trade").containsPattern("،Outlook|Outlook،");
            assertThat(spans)
                    .contains("Center for Strategic and International Studies", "https://www.csis.org")
                    .noneMatch(t -> t.codePoints()
                            .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC
                                    && Character.isLetter(c)));
        }
    }

    /**
     * Marked content on an element's own page ({@code /Pg}, the page its first content is on) is a bare
     * MCID in its {@code /K}; only content on another page is a marked-content reference, which names that
     * page. Either way the parent tree names the element under the page's key, for every MCID the page
     * draws. This volume, on A5 in two columns, has a list item that runs on to the next page.
     */
    @Test
    void contentOnAnElementsOwnPageIsABareMcidAndTheParentTreeNamesItsElement() throws IOException {
        try (PDDocument doc = Loader.loadPDF(Editions.pdf(
                Editions.volume("observatory", "grain-corridors", "water-briefs", "epub-digital"),
                Editions.LAYOUTS.get("a5-2-western")))) {
            List<PDStructureElement> elements = new ArrayList<>();
            walk(doc.getDocumentCatalog().getStructureTreeRoot(), "", new ArrayList<>(), elements);
            // (page, MCID) -> the element whose /K holds it, and how
            Map<COSDictionary, Map<Integer, COSDictionary>> owners = new HashMap<>();
            int bare = 0;
            int references = 0;
            for (PDStructureElement e : elements) {
                COSDictionary own = e.getCOSObject().getCOSDictionary(COSName.PG);
                for (Object kid : e.getKids()) {
                    COSDictionary page;
                    int mcid;
                    if (kid instanceof Integer i) {
                        assertThat(own)
                                .as("a bare MCID needs the element's /Pg")
                                .isNotNull();
                        page = own;
                        mcid = i;
                        bare++;
                    } else if (kid instanceof PDMarkedContentReference mcr) {
                        page = mcr.getPage().getCOSObject();
                        assertThat(page)
                                .as("a reference is for content on another page")
                                .isNotSameAs(own);
                        mcid = mcr.getMCID();
                        references++;
                    } else {
                        continue;
                    }
                    COSDictionary before =
                            owners.computeIfAbsent(page, p -> new HashMap<>()).put(mcid, e.getCOSObject());
                    assertThat(before).as("MCID %d listed twice", mcid).isNull();
                }
            }
            assertThat(bare).isGreaterThan(10 * references);
            assertThat(references).isPositive();

            Map<Integer, COSBase> parentTree = new HashMap<>();
            numbers(
                    doc.getDocumentCatalog()
                            .getStructureTreeRoot()
                            .getParentTree()
                            .getCOSObject(),
                    parentTree);
            int drawn = 0;
            for (PDPage page : doc.getPages()) {
                Map<Integer, COSDictionary> listed = owners.getOrDefault(page.getCOSObject(), Map.of());
                // artifacts have no MCID (-1)
                Set<Integer> mcids =
                        markedText(page).keySet().stream().filter(m -> m >= 0).collect(Collectors.toSet());
                assertThat(listed.keySet()).isEqualTo(mcids);
                if (mcids.isEmpty()) {
                    continue;
                }
                COSArray parents = (COSArray) parentTree.get(page.getStructParents());
                assertThat(parents.size()).isEqualTo(mcids.size());
                for (Map.Entry<Integer, COSDictionary> m : listed.entrySet()) {
                    assertThat(parents.getObject(m.getKey())).isSameAs(m.getValue());
                }
                drawn += mcids.size();
            }
            assertThat(drawn).isEqualTo(bare + references);
        }
    }

    /**
     * Dictionaries that belong to one holder are written inside it, not as objects of their own: a link's
     * action, the object reference to it and marked-content references in the structure tree, an embedded
     * digest's file and parameter dictionaries. A volume has tens of thousands, and each object of its own
     * costs an entry in the cross-reference stream and its number kept while the volume is written.
     */
    @Test
    void dictionariesOfOneHolderAreWrittenInsideIt() throws IOException {
        try (PDDocument doc = Loader.loadPDF(Editions.pdf(
                Editions.volume("observatory", "grain-corridors", "water-briefs", "epub-digital"),
                Editions.LAYOUTS.get("a5-2-western")))) {
            int actions = 0;
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    assertThat(a.getCOSObject().getItem(COSName.A)).isInstanceOf(COSDictionary.class);
                    assertThat(a.getCOSObject().getItem(COSName.BORDER)).isInstanceOf(COSArray.class);
                    actions++;
                }
            }
            assertThat(actions).isPositive();
            List<PDStructureElement> elements = new ArrayList<>();
            walk(doc.getDocumentCatalog().getStructureTreeRoot(), "", new ArrayList<>(), elements);
            Map<String, Integer> references = new HashMap<>();
            for (PDStructureElement e : elements) {
                COSBase k = e.getCOSObject().getItem(COSName.K);
                if (k instanceof COSArray kids) {
                    for (COSBase kid : kids) {
                        // a structure element is an indirect object (COSObject) when read; these are not
                        if (kid instanceof COSDictionary d && !d.containsKey(COSName.S)) {
                            references.merge(d.getNameAsString(COSName.TYPE), 1, Integer::sum);
                        }
                    }
                }
            }
            assertThat(references.get("OBJR")).isEqualTo(actions);
            assertThat(references.get("MCR")).isPositive();
            COSArray files = doc.getDocumentCatalog().getCOSObject().getCOSArray(COSName.getPDFName("AF"));
            assertThat(files.size()).isEqualTo(4);
            for (int i = 0; i < files.size(); i++) {
                COSDictionary spec = (COSDictionary) files.getObject(i);
                assertThat(spec.getItem(COSName.EF)).isInstanceOf(COSDictionary.class);
                COSDictionary file = spec.getCOSDictionary(COSName.EF).getCOSStream(COSName.F);
                assertThat(file.getItem(COSName.PARAMS)).isInstanceOf(COSDictionary.class);
            }
        }
    }

    /** The entries of a number tree, leaves and intermediate nodes alike. */
    private static void numbers(COSDictionary node, Map<Integer, COSBase> out) {
        COSArray nums = node.getCOSArray(COSName.NUMS);
        if (nums != null) {
            for (int i = 0; i + 1 < nums.size(); i += 2) {
                out.put(((COSInteger) nums.getObject(i)).intValue(), nums.getObject(i + 1));
            }
        }
        COSArray kids = node.getCOSArray(COSName.KIDS);
        if (kids != null) {
            for (int i = 0; i < kids.size(); i++) {
                numbers((COSDictionary) kids.getObject(i), out);
            }
        }
    }

    /** The text of each marked-content sequence of a page, by MCID. */
    private static Map<Integer, String> markedText(PDPage page) {
        try {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            Map<Integer, String> texts = new HashMap<>();
            for (PDMarkedContent content : extractor.getMarkedContents()) {
                StringBuilder text = new StringBuilder();
                for (Object item : content.getContents()) {
                    if (item instanceof TextPosition t) {
                        text.append(t.getUnicode());
                    }
                }
                texts.put(content.getMCID(), text.toString());
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

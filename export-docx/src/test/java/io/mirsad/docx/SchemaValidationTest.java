package io.mirsad.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.digest.Digest;
import io.mirsad.digest.Inline;
import io.mirsad.digest.Metadata;
import io.mirsad.digest.Section;
import io.mirsad.digest.SectionKind;
import io.mirsad.export.ExportOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.officeDocument.x2006.extendedProperties.PropertiesDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FontsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FootnotesDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FtrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.HdrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/** Every XML part of the package validates against the WordprocessingML schema, through POI's XmlBeans. */
class SchemaValidationTest {

    /** The schema type of each XML part, by content type; a part of any other XML type fails the test. */
    private static final Map<String, Parser> PARSERS = Map.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            DocumentDocument.Factory::parse,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
            StylesDocument.Factory::parse,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
            FootnotesDocument.Factory::parse,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml",
            SettingsDocument.Factory::parse,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml",
            HdrDocument.Factory::parse,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml",
            FtrDocument.Factory::parse,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml",
            FontsDocument.Factory::parse,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml",
            NumberingDocument.Factory::parse,
            "application/vnd.openxmlformats-officedocument.extended-properties+xml",
            PropertiesDocument.Factory::parse);

    /** Core properties have no XmlBeans type in POI; they are checked in {@link MarkupTest}. */
    private static final String CORE = "application/vnd.openxmlformats-package.core-properties+xml";

    @FunctionalInterface
    interface Parser {
        XmlObject parse(String xml) throws XmlException;
    }

    @Test
    void everyPartOfTheSampleIsValid() throws Exception {
        List<String> validated = validateAll(DocxPackage.sampleDefaults());
        assertThat(validated)
                .contains(
                        "word/document.xml",
                        "word/styles.xml",
                        "word/footnotes.xml",
                        "word/settings.xml",
                        "word/header1.xml",
                        "word/footer1.xml",
                        "word/fontTable.xml",
                        "docProps/app.xml");
    }

    /** Runs in a fallback face carry {@code w:rFonts}, in its place among the run properties. */
    @Test
    void everyPartOfADigestWithRunsInFallbackFacesIsValid() throws Exception {
        Digest digest = Digest.builder()
                .metadata(Metadata.builder().title("نشرة Ωμέγα").build())
                .section(Section.builder(SectionKind.STORY)
                        .headline("خبر عن Москва")
                        .paragraph(
                                new Inline.Text("قالت صحيفة "),
                                new Inline.Strong("שָלום"),
                                new Inline.Text(" و"),
                                new Inline.Emphasis("Ωμέγα"))
                        .build())
                .build();
        DocxPackage docx = DocxPackage.of(new DocxExporter(), digest, ExportOptions.defaults());
        assertThat(docx.nodes("word/document.xml", "//w:rPr[w:rStyle][w:rFonts][w:rtl]"))
                .isNotEmpty();
        assertThat(validateAll(docx)).contains("word/document.xml", "word/fontTable.xml", "word/header1.xml");
    }

    @Test
    void everyPartOfADigestWithListsQuotesFiguresAndLinksIsValid() throws Exception {
        DocxExporter exporter = DocxExporter.builder()
                .kashida(Kashida.MEDIUM)
                .arabicIndicPageNumbers(true)
                .paper(Paper.A5)
                .build();
        List<String> validated = validateAll(DocxPackage.of(exporter, FeatureDigest.build(), ExportOptions.defaults()));
        assertThat(validated).contains("word/numbering.xml", "word/document.xml", "word/footnotes.xml");
    }

    @Test
    void everyPartOfAVolumeIsValid() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new DocxExporter().exportVolume(VolumeTest.volume(), ExportOptions.defaults(), out);
        List<String> validated = validateAll(new DocxPackage(out.toByteArray()));
        // The front matter, three parts and the index: a header and footer for each section.
        assertThat(validated).contains("word/document.xml", "word/header5.xml", "word/footer5.xml");
    }

    @Test
    void invalidMarkupIsReported() throws Exception {
        // The check itself can fail: a paragraph style placed after the paragraph's runs is out of order.
        String xml = "<w:document xmlns:w=\"" + DocxPackage.W + "\"><w:body><w:p><w:r><w:t>x</w:t></w:r>"
                + "<w:pPr><w:pStyle w:val=\"Title\"/></w:pPr></w:p></w:body></w:document>";
        assertThat(errors(DocumentDocument.Factory.parse(xml))).isNotEmpty();
    }

    private static List<String> validateAll(DocxPackage docx) throws Exception {
        List<String> validated = new ArrayList<>();
        for (org.w3c.dom.Element override : docx.nodes("[Content_Types].xml", "//ct:Override")) {
            String part = override.getAttribute("PartName").substring(1);
            String type = override.getAttribute("ContentType");
            if (type.equals(CORE)) {
                continue;
            }
            Parser parser = PARSERS.get(type);
            assertThat(parser).as("a schema type for %s (%s)", part, type).isNotNull();
            XmlObject bean = parser.parse(new String(docx.part(part), java.nio.charset.StandardCharsets.UTF_8));
            assertThat(errors(bean)).as("schema errors in %s", part).isEmpty();
            validated.add(part);
        }
        return validated;
    }

    private static List<String> errors(XmlObject bean) {
        List<XmlError> errors = new ArrayList<>();
        XmlOptions options = new XmlOptions();
        options.setErrorListener(errors);
        bean.validate(options);
        return errors.stream().map(XmlError::toString).toList();
    }
}

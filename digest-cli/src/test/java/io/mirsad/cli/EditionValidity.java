package io.mirsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FontsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FootnotesDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FtrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.HdrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * Whether a written edition is valid as its readers will judge it: EPUBCheck for an EPUB, POI's schema
 * types for every WordprocessingML part of a DOCX, PDFBox parsing and extraction for a PDF, and every XML
 * part of each (packages' parts, the PDF's XMP) well formed.
 */
final class EditionValidity {
    private EditionValidity() {}

    static void assertValid(Path file) throws Exception {
        String name = file.getFileName().toString();
        if (name.endsWith(".pdf")) {
            pdf(file);
        } else if (name.endsWith(".docx")) {
            docx(file);
        } else if (name.endsWith(".epub")) {
            epub(file);
        } else {
            throw new AssertionError("not an edition: " + file);
        }
    }

    private static void pdf(Path file) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getNumberOfPages()).isPositive();
            assertThat(new PDFTextStripper().getText(pdf)).isNotBlank();
            PDMetadata xmp = pdf.getDocumentCatalog().getMetadata();
            if (xmp != null) {
                try (InputStream in = xmp.exportXMPMetadata()) {
                    wellFormed(file + " XMP", in.readAllBytes());
                }
            }
        }
    }

    private static void docx(Path file) throws Exception {
        for (Part part : parts(file)) {
            if (part.isXml()) {
                wellFormed(file + "!" + part.name, part.bytes);
                Parser parser = schemaType(part.name);
                if (parser != null) {
                    XmlObject bean = parser.parse(new ByteArrayInputStream(part.bytes));
                    List<XmlError> errors = new ArrayList<>();
                    bean.validate(new XmlOptions().setErrorListener(errors));
                    assertThat(errors)
                            .as("schema errors in %s!%s", file, part.name)
                            .isEmpty();
                }
            }
        }
    }

    @FunctionalInterface
    private interface Parser {
        XmlObject parse(InputStream in) throws Exception;
    }

    /** POI's schema type for a WordprocessingML part, by its name. */
    private static Parser schemaType(String part) {
        if (part.equals("word/document.xml")) {
            return DocumentDocument.Factory::parse;
        } else if (part.equals("word/styles.xml")) {
            return StylesDocument.Factory::parse;
        } else if (part.equals("word/footnotes.xml")) {
            return FootnotesDocument.Factory::parse;
        } else if (part.equals("word/settings.xml")) {
            return SettingsDocument.Factory::parse;
        } else if (part.equals("word/numbering.xml")) {
            return NumberingDocument.Factory::parse;
        } else if (part.equals("word/fontTable.xml")) {
            return FontsDocument.Factory::parse;
        } else if (part.matches("word/header\\d*\\.xml")) {
            return HdrDocument.Factory::parse;
        } else if (part.matches("word/footer\\d*\\.xml")) {
            return FtrDocument.Factory::parse;
        }
        return null;
    }

    private static void epub(Path file) throws Exception {
        for (Part part : parts(file)) {
            if (part.isXml()) {
                wellFormed(file + "!" + part.name, part.bytes);
            }
        }
        List<String> errors = new ArrayList<>();
        new EpubCheck(file.toFile(), new MasterReport() {
                    @Override
                    public void message(Message message, EPUBLocation location, Object... args) {
                        if (message.getSeverity() == Severity.ERROR || message.getSeverity() == Severity.FATAL) {
                            errors.add(message.getID() + " " + message.getMessage(args) + " (" + location + ")");
                        }
                    }

                    @Override
                    public void info(String resource, FeatureEnum feature, String value) {}

                    @Override
                    public int generate() {
                        return 0;
                    }

                    @Override
                    public void initialize() {}
                })
                .doValidate();
        assertThat(errors).as("EPUBCheck errors in %s", file).isEmpty();
    }

    private static void wellFormed(String what, byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new AssertionError(what + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    private record Part(String name, byte[] bytes) {
        boolean isXml() {
            return name.endsWith(".xml")
                    || name.endsWith(".rels")
                    || name.endsWith(".opf")
                    || name.endsWith(".xhtml")
                    || name.endsWith(".ncx");
        }
    }

    private static List<Part> parts(Path file) throws IOException {
        List<Part> parts = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    parts.add(new Part(entry.getName(), in.readAllBytes()));
                }
            }
        }
        return parts;
    }
}

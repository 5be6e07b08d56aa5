package io.mirsad.docx.internal.pkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;

/** Spooled elements: saved with the root's prefixes, put back where the marker was. */
class XmlSpoolTest {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /** A paragraph holding a link, in a body of its own: an element, as the writers' paragraphs are. */
    private static CTP linked(String text) {
        return linked(
                DocumentDocument.Factory.newInstance()
                        .addNewDocument()
                        .addNewBody()
                        .addNewP(),
                text);
    }

    private static CTP linked(CTP p, String text) {
        CTHyperlink link = p.addNewHyperlink();
        link.setId("rId7");
        link.addNewR().addNewT().setStringValue(text);
        return p;
    }

    @Test
    void elementsUseTheRootsPrefixesAndDeclareOnlyWhatTheRootLacks() throws IOException {
        XmlSpool both = new XmlSpool("word/document.xml", Map.of("w", W, "r", R));
        XmlSpool wOnly = new XmlSpool("word/footnotes.xml", Map.of("w", W));
        both.append(linked("a < b & \"c\""));
        wOnly.append(linked("x"));
        assertThat(new String(both.open().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo("<w:p><w:hyperlink r:id=\"rId7\"><w:r><w:t>a &lt; b &amp; \"c\"</w:t></w:r>"
                        + "</w:hyperlink></w:p>");
        assertThat(new String(wOnly.open().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo("<w:p xmlns:r=\"" + R + "\"><w:hyperlink r:id=\"rId7\"><w:r><w:t>x</w:t></w:r>"
                        + "</w:hyperlink></w:p>");
        assertThat(both.size()).isEqualTo(1);
    }

    @Test
    void theSplicedPartIsWhatTheWholeTreeSaves() throws IOException {
        // One tree saved whole, and the same paragraphs saved one by one into a spool around a marker.
        DocumentDocument whole = DocumentDocument.Factory.newInstance();
        DocumentDocument marked = DocumentDocument.Factory.newInstance();
        XmlSpool spool = new XmlSpool("word/document.xml", Map.of("w", W, "r", R));
        marked.addNewDocument().addNewBody();
        spool.mark(marked.getDocument().getBody());
        whole.addNewDocument().addNewBody();
        for (int i = 0; i < 3; i++) {
            linked(whole.getDocument().getBody().addNewP(), "فقرة " + i);
            spool.append(linked("فقرة " + i));
        }
        whole.getDocument().getBody().addNewSectPr().addNewHeaderReference().setId("rId1");
        marked.getDocument().getBody().addNewSectPr().addNewHeaderReference().setId("rId1");
        XmlOptions options = new XmlOptions(org.apache.poi.ooxml.POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        whole.save(expected, options);
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        marked.save(written, options);
        ByteArrayOutputStream spliced = new ByteArrayOutputStream();
        spool.splice(written.toByteArray(), spliced);

        assertThat(written.toString(StandardCharsets.UTF_8)).contains("<!--mirsad:spooled-->");
        assertThat(spliced.toString(StandardCharsets.UTF_8)).isEqualTo(expected.toString(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> spool.append(linked("late"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aPartWithoutItsMarkerIsAnError() {
        XmlSpool spool = new XmlSpool("word/document.xml", Map.of("w", W));
        assertThatThrownBy(() ->
                        spool.splice("<w:document/>".getBytes(StandardCharsets.UTF_8), new ByteArrayOutputStream()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("word/document.xml");
    }
}

package io.mirsad.docx.internal.pkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;

/** The package rewritten: spooled elements back in their entry, and the text a subset is cut from. */
class DeterministicZipTest {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    @Test
    void theTextForASubsetHasTheSpooledElementsWhereTheFileHasThem() throws IOException {
        XmlSpool spool = new XmlSpool("word/document.xml", Map.of("w", W));
        CTP p = DocumentDocument.Factory.newInstance()
                .addNewDocument()
                .addNewBody()
                .addNewP();
        p.addNewR().addNewT().setStringValue("ب");
        spool.append(p);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("word/document.xml"));
            out.write(("<w:document xmlns:w=\"" + W + "\"><w:body>أ<!--mirsad:spooled-->ج</w:body></w:document>")
                    .getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("word/footnotes.xml"));
            out.write("<x>د</x>".getBytes(StandardCharsets.UTF_8));
        }
        String text = DeterministicZip.text(zip.toByteArray(), List.of(spool));
        byte[] finished = DeterministicZip.normalise(zip.toByteArray(), Map.of(), List.of(spool));

        assertThat(text)
                .isEqualTo("<w:document xmlns:w=\"" + W + "\"><w:body>أ<w:p><w:r><w:t>ب</w:t></w:r></w:p>ج</w:body>"
                        + "</w:document><x>د</x>");
        assertThat(DeterministicZip.text(finished, List.of())).isEqualTo(text);
    }
}

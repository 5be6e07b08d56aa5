package io.mirsad.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.digest.Digest;
import io.mirsad.digest.json.DigestJson;
import io.mirsad.export.ExportOptions;
import io.mirsad.export.ExporterRegistry;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfExporterTest {
    static final Path SAMPLE = Path.of("../examples/sample/observatory.json");

    static Digest sample() throws Exception {
        try (java.io.InputStream in = Files.newInputStream(SAMPLE)) {
            return DigestJson.read(in);
        }
    }

    static byte[] export(Digest digest, ExportOptions options) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExporterRegistry.load().require("pdf").export(digest, options, out);
        return out.toByteArray();
    }

    @Test
    void rendersTheSample() throws Exception {
        byte[] pdf = export(sample(), ExportOptions.defaults());
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/sample.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("مرصد مراكز الأبحاث");
        }
    }
}

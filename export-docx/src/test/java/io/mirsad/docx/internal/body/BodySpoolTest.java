package io.mirsad.docx.internal.body;

import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.digest.Digest;
import io.mirsad.digest.Metadata;
import io.mirsad.digest.Volume;
import io.mirsad.digest.json.DigestJson;
import io.mirsad.digest.text.DigitStyle;
import io.mirsad.docx.Kashida;
import io.mirsad.docx.Paper;
import io.mirsad.docx.internal.DocxConfig;
import io.mirsad.docx.internal.part.NumberingWriter;
import io.mirsad.docx.internal.pkg.XmlSpool;
import io.mirsad.docx.internal.text.RunWriter;
import io.mirsad.fonts.FontRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** A volume's finished parts leave POI's tree: the heap holds one part's paragraphs at a time. */
class BodySpoolTest {
    private static final DocxConfig CONFIG =
            new DocxConfig(FontRegistry.defaults(), "ar-EG", Kashida.NONE, DigitStyle.WESTERN, Paper.A4, false, false);

    @Test
    void whenAPartIsFetchedTheBodyAndTheNotesBeforeItAreAllSpooled() throws IOException {
        Digest sample;
        try (InputStream in = Files.newInputStream(Path.of("../examples/sample/observatory.json"))) {
            sample = DigestJson.read(in);
        }
        try (XWPFDocument doc = new XWPFDocument()) {
            RunWriter runs = new RunWriter(CONFIG.bidiLanguage(), CONFIG.fonts());
            XmlSpool bodySpool = new XmlSpool("word/document.xml", BodySpool.ROOT_NAMESPACES);
            XmlSpool noteSpool = new XmlSpool("word/footnotes.xml", FootnoteWriter.ROOT_NAMESPACES);
            FootnoteWriter notes = new FootnoteWriter(runs, true, noteSpool);
            BodySpool spool = new BodySpool(doc, bodySpool, notes);
            List<Held> seen = new ArrayList<>();
            List<Volume.Part> parts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                parts.add(new Volume.Part(sample.metadata(), () -> {
                    seen.add(new Held(
                            doc.getBodyElements().size(), bodySpool.size(), noteSpool.size(), notes.citations()));
                    return sample;
                }));
            }
            new VolumeBodyWriter(doc, CONFIG, runs, notes, new NumberingWriter(doc, CONFIG.folios()), spool, true)
                    .write(new Volume(Metadata.builder().title("مختارات").build(), parts));

            assertThat(seen).hasSize(4);
            // Nothing of the parts before is left in the tree: the body is empty, every note spooled.
            assertThat(seen).allSatisfy(held -> {
                assertThat(held.body()).isZero();
                assertThat(held.notesSpooled()).isEqualTo(held.notes());
            });
            // The front matter, then each part's paragraphs and notes, went to the spools.
            assertThat(seen.get(0).spooled()).isPositive();
            int paragraphs = seen.get(1).spooled() - seen.get(0).spooled();
            int citations = seen.get(1).notes() - seen.get(0).notes();
            assertThat(paragraphs).isPositive();
            assertThat(citations).isPositive();
            for (int i = 1; i < seen.size(); i++) {
                assertThat(seen.get(i).spooled() - seen.get(i - 1).spooled()).isEqualTo(paragraphs);
                assertThat(seen.get(i).notes() - seen.get(i - 1).notes()).isEqualTo(citations);
            }
            // The index went out entry by entry after them: nothing of the body is left in the tree.
            assertThat(bodySpool.size()).isGreaterThan(seen.get(0).spooled() + 4 * paragraphs);
            assertThat(doc.getBodyElements()).isEmpty();
        }
    }

    /** What the document held in memory when a part was fetched, and what its spools held. */
    private record Held(int body, int spooled, int notesSpooled, int notes) {}
}

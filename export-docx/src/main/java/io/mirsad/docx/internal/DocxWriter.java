package io.mirsad.docx.internal;

import io.mirsad.digest.Digest;
import io.mirsad.digest.Direction;
import io.mirsad.digest.Metadata;
import io.mirsad.digest.Volume;
import io.mirsad.digest.text.DigestDates;
import io.mirsad.digest.text.EditionLabels;
import io.mirsad.docx.internal.body.BodySpool;
import io.mirsad.docx.internal.body.BodyWriter;
import io.mirsad.docx.internal.body.FootnoteWriter;
import io.mirsad.docx.internal.body.VolumeBodyWriter;
import io.mirsad.docx.internal.part.CorePropertiesWriter;
import io.mirsad.docx.internal.part.FontEmbedder;
import io.mirsad.docx.internal.part.HeaderFooterWriter;
import io.mirsad.docx.internal.part.NumberingWriter;
import io.mirsad.docx.internal.part.PageSetupWriter;
import io.mirsad.docx.internal.part.SettingsWriter;
import io.mirsad.docx.internal.part.StylesWriter;
import io.mirsad.docx.internal.pkg.DeterministicZip;
import io.mirsad.docx.internal.pkg.XmlSpool;
import io.mirsad.docx.internal.text.RunWriter;
import io.mirsad.export.CompressedEntry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.apache.poi.ooxml.util.DocumentHelper;
import org.apache.poi.openxml4j.opc.StreamHelper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Builds one Word document in memory: each part by its writer, then the package with fixed entry times.
 * The body's paragraphs and the notes leave POI's tree for their spools when finished (a volume's after
 * each part) and are put back into their parts when the package is zipped.
 */
public final class DocxWriter {
    private DocxWriter() {}

    /**
     * Loads what the first document needs ahead of time, on two threads: the package classes and schema
     * types on this one, and on another the font files this configuration embeds and the other libraries
     * a document uses.
     */
    public static void prepare(DocxConfig config) {
        // XMLBeans' schema types take the longest and need nothing else: the rest is done beside them.
        FutureTask<Void> rest = new FutureTask<>(() -> prepareRest(config), null);
        Thread thread = new Thread(rest, "mirsad-docx-prepare");
        thread.setDaemon(true);
        thread.start();
        new XWPFDocument().getPackage().revert();
        try {
            rest.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // prepareRest throws nothing checked
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /**
     * What a first document loads besides the schema types: the font parts, the text face's character
     * map (which faces set each run), ICU's dates for the byline and header (Arabic, as digests mostly
     * are), and the JDK's DOM and XML serializer, which POI writes the content types, relationships and
     * properties with.
     */
    private static void prepareRest(DocxConfig config) {
        FontEmbedder.prepare(config);
        config.fonts().regular().canDisplay('\u0627');
        DigestDates.gregorian(LocalDate.EPOCH, "ar", config.folios());
        DigestDates.hijri(LocalDate.EPOCH, "ar", config.folios());
        StreamHelper.saveXmlInStream(DocumentHelper.createDocument(), OutputStream.nullOutputStream());
    }

    /** The document's bytes. */
    public static byte[] write(Digest digest, DocxConfig config) throws IOException {
        return write(
                digest.metadata(),
                config,
                (doc, runs, footnotes, spool, rtl) -> new BodyWriter(
                                doc, digest, config, runs, footnotes, new NumberingWriter(doc, config.folios()), rtl)
                        .write(),
                (doc, runs, footnotes, spool, rtl) ->
                        HeaderFooterWriter.write(doc, digest.metadata(), config, runs, rtl));
    }

    /** The bytes of one document holding a whole volume, its parts fetched one at a time. */
    public static byte[] write(Volume volume, DocxConfig config) throws IOException {
        return write(
                volume.metadata(),
                config,
                (doc, runs, footnotes, spool, rtl) -> new VolumeBodyWriter(
                                doc, config, runs, footnotes, new NumberingWriter(doc, config.folios()), spool, rtl)
                        .write(volume),
                (doc, runs, footnotes, spool, rtl) -> HeaderFooterWriter.writeSection(
                        doc,
                        null,
                        VolumeBodyWriter.indexSection(volume),
                        EditionLabels.forLanguage(volume.metadata().language()).sourceIndex(),
                        rtl,
                        config,
                        runs,
                        rtl));
    }

    /** Writes one part of a document: its body, or its running heads. */
    private interface Part {
        void write(XWPFDocument doc, RunWriter runs, FootnoteWriter footnotes, BodySpool spool, boolean rtl);
    }

    private static byte[] write(Metadata metadata, DocxConfig config, Part body, Part heads) throws IOException {
        boolean rtl = metadata.direction() == Direction.RTL;
        RunWriter runs = new RunWriter(config.bidiLanguage(), config.fonts());
        XWPFDocument doc = new XWPFDocument();
        try {
            StylesWriter.write(doc, config, rtl);
            XmlSpool bodySpool = new XmlSpool("word/document.xml", BodySpool.ROOT_NAMESPACES);
            XmlSpool noteSpool = new XmlSpool("word/footnotes.xml", FootnoteWriter.ROOT_NAMESPACES);
            List<XmlSpool> spools = List.of(bodySpool, noteSpool);
            FootnoteWriter footnotes = new FootnoteWriter(runs, rtl, noteSpool);
            BodySpool spool = new BodySpool(doc, bodySpool, footnotes);
            body.write(doc, runs, footnotes, spool, rtl);
            spool.finish();
            footnotes.writeTo(doc);
            heads.write(doc, runs, footnotes, spool, rtl);
            PageSetupWriter.write(doc, config, rtl);
            SettingsWriter.write(doc, config);
            Map<String, FontEmbedder.Embedded> fonts = FontEmbedder.write(doc, config, runs.fallbacksUsed());
            CorePropertiesWriter.write(doc, metadata);
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
            doc.write(out);
            byte[] pkg = out.toByteArray();
            Map<String, CompressedEntry> fontFiles =
                    FontEmbedder.files(fonts, config, () -> DeterministicZip.text(pkg, spools));
            return DeterministicZip.normalise(pkg, fontFiles, spools);
        } finally {
            // Not close(): a package made in memory saves itself again on close, for nothing.
            doc.getPackage().revert();
        }
    }
}

package io.mirsad.pdf;

import io.mirsad.digest.Digest;
import io.mirsad.digest.json.DigestJson;
import io.mirsad.pdf.internal.write.DigestAttachment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * Reads back the digests a PDF carries inside it: {@link PdfExporter} embeds an edition's digest as an
 * associated file of the document ({@code digest.json}, {@code application/json}, relationship
 * {@code Source}), and a volume's digests likewise, one per part in the volume's order
 * ({@code digest-1.json}, {@code digest-2.json}…, zero-padded to the width of the last number).
 * Rendering a digest read back gives the same PDF edition, byte for byte.
 */
public final class EmbeddedDigest {
    private EmbeddedDigest() {}

    /** The embedded digest of the edition at {@code pdf}. */
    public static Digest read(Path pdf) throws IOException {
        return DigestJson.read(json(pdf));
    }

    /**
     * The embedded digest's JSON, exactly as embedded.
     *
     * @throws NoSuchFileException     if there is no such file
     * @throws EmbeddedDigestException if the file is not a PDF, carries no digest, or is a volume carrying
     *                                 several (read those with {@link #all(Path)})
     */
    public static String json(Path pdf) throws IOException {
        return only(all(pdf), pdf.toString());
    }

    /** The embedded digest's JSON of an edition held in memory. */
    public static String json(byte[] pdf) throws IOException {
        return only(all(pdf, "the file"), "the file");
    }

    /**
     * Every digest the PDF at {@code pdf} carries, file name to JSON exactly as embedded, in the document's
     * order: one for an edition, one per part for a volume.
     *
     * @throws NoSuchFileException     if there is no such file
     * @throws EmbeddedDigestException if the file is not a PDF or carries no digest
     */
    public static Map<String, String> all(Path pdf) throws IOException {
        if (!Files.isRegularFile(pdf)) {
            throw new NoSuchFileException(pdf.toString(), null, "no such file");
        }
        return all(Files.readAllBytes(pdf), pdf.toString());
    }

    /** Every digest a PDF held in memory carries, as {@link #all(Path)}. */
    public static Map<String, String> all(byte[] pdf) throws IOException {
        return all(pdf, "the file");
    }

    private static String only(Map<String, String> digests, String name) throws EmbeddedDigestException {
        if (digests.size() > 1) {
            throw new EmbeddedDigestException(name + ": a volume carrying " + digests.size() + " digests ("
                    + String.join(", ", digests.keySet()) + "), not one edition's");
        }
        return digests.values().iterator().next();
    }

    private static Map<String, String> all(byte[] pdf, String name) throws IOException {
        Map<String, String> digests = new LinkedHashMap<>();
        try (PDDocument document = load(pdf, name)) {
            COSArray files = document.getDocumentCatalog().getCOSObject().getCOSArray(DigestAttachment.AF);
            for (int i = 0; files != null && i < files.size(); i++) {
                COSBase item = files.getObject(i);
                if (item instanceof COSDictionary dictionary && isDigest(dictionary)) {
                    PDComplexFileSpecification spec = new PDComplexFileSpecification(dictionary);
                    digests.put(
                            spec.getFilename(),
                            new String(spec.getEmbeddedFileUnicode().toByteArray(), StandardCharsets.UTF_8));
                }
            }
        }
        if (digests.isEmpty()) {
            throw new EmbeddedDigestException(
                    name + ": no embedded digest (not a Mirsad edition, or its digest.json attachment was removed)");
        }
        return Collections.unmodifiableMap(digests);
    }

    private static boolean isDigest(COSDictionary spec) {
        PDComplexFileSpecification file = new PDComplexFileSpecification(spec);
        PDEmbeddedFile embedded = file.getEmbeddedFileUnicode();
        return embedded != null
                && DigestAttachment.MEDIA_TYPE.equals(embedded.getSubtype())
                && DigestAttachment.RELATIONSHIP.equals(spec.getNameAsString(DigestAttachment.AF_RELATIONSHIP));
    }

    private static PDDocument load(byte[] pdf, String name) throws EmbeddedDigestException {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new EmbeddedDigestException(name + ": not a readable PDF (" + e.getMessage() + ")", e);
        }
    }
}

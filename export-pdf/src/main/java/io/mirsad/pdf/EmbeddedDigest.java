package io.mirsad.pdf;

import io.mirsad.digest.Digest;
import io.mirsad.digest.json.DigestJson;
import io.mirsad.pdf.internal.write.DigestAttachment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * Reads back the digest a PDF edition carries inside it: {@link PdfExporter} embeds the digest's JSON as
 * an associated file of the document ({@code digest.json}, {@code application/json}, relationship
 * {@code Source}). Rendering the digest read back gives the same PDF, byte for byte.
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
     * @throws EmbeddedDigestException if the file is not a PDF or carries no digest
     */
    public static String json(Path pdf) throws IOException {
        if (!Files.isRegularFile(pdf)) {
            throw new NoSuchFileException(pdf.toString(), null, "no such file");
        }
        return json(Files.readAllBytes(pdf), pdf.toString());
    }

    /** The embedded digest's JSON of an edition held in memory. */
    public static String json(byte[] pdf) throws IOException {
        return json(pdf, "the file");
    }

    private static String json(byte[] pdf, String name) throws IOException {
        try (PDDocument document = load(pdf, name)) {
            COSArray files = document.getDocumentCatalog().getCOSObject().getCOSArray(DigestAttachment.AF);
            for (int i = 0; files != null && i < files.size(); i++) {
                COSBase item = files.getObject(i);
                if (item instanceof COSDictionary dictionary && isDigest(dictionary)) {
                    PDEmbeddedFile file = new PDComplexFileSpecification(dictionary).getEmbeddedFileUnicode();
                    return new String(file.toByteArray(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new EmbeddedDigestException(
                name + ": no embedded digest (not a Mirsad edition, " + "or its digest.json attachment was removed)");
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

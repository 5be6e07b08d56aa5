package io.mirsad.pdf.internal.write;

import io.mirsad.digest.Digest;
import io.mirsad.digest.json.DigestJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * Embeds the digest's JSON in the edition as a PDF/A-3 associated file of the document ({@code /AF} on
 * the catalog, relationship {@code Source}), so that an archived edition carries what it was made from.
 * Its dates are the digest's publication date, never the clock.
 */
public final class DigestAttachment {
    /** The attachment's file name. */
    public static final String FILE_NAME = "digest.json";
    /** Its media type. */
    public static final String MEDIA_TYPE = "application/json";
    /** Its relationship to the document. */
    public static final String RELATIONSHIP = "Source";
    /** The catalog's list of associated files. */
    public static final COSName AF = COSName.getPDFName("AF");
    /** The key giving an associated file's relationship. */
    public static final COSName AF_RELATIONSHIP = COSName.getPDFName("AFRelationship");

    private DigestAttachment() {}

    /** Attaches the digest to {@code document}, beside any other embedded files' names it has. */
    public static void write(PDDocument document, Digest digest) throws IOException {
        byte[] json = DigestJson.write(digest).getBytes(StandardCharsets.UTF_8);
        PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream(json), COSName.FLATE_DECODE);
        file.setSubtype(MEDIA_TYPE);
        file.setSize(json.length);
        if (digest.metadata().published() != null) {
            Calendar date = DocumentMetadata.calendar(digest.metadata());
            file.setCreationDate(date);
            file.setModDate(date);
        }
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(FILE_NAME);
        spec.setFileUnicode(FILE_NAME);
        spec.setEmbeddedFile(file);
        spec.setEmbeddedFileUnicode(file);
        spec.setFileDescription("The Mirsad digest this edition was made from");
        spec.getCOSObject().setName(AF_RELATIONSHIP, RELATIONSHIP);

        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
        files.setNames(Map.of(FILE_NAME, spec));
        PDDocumentNameDictionary names =
                catalog.getNames() != null ? catalog.getNames() : new PDDocumentNameDictionary(catalog);
        names.setEmbeddedFiles(files);
        catalog.setNames(names);
        COSArray af = new COSArray();
        af.add(spec);
        catalog.getCOSObject().setItem(AF, af);
    }
}

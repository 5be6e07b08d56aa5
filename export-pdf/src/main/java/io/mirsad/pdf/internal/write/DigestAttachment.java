package io.mirsad.pdf.internal.write;

import io.mirsad.digest.Digest;
import io.mirsad.digest.json.DigestJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * Embeds the digest's JSON in the edition as a PDF/A-3 associated file of the document ({@code /AF} on
 * the catalog, relationship {@code Source}), so that an archived edition carries what it was made from;
 * a volume carries each of its digests so. Their dates are the digests' publication dates, never the
 * clock.
 */
public final class DigestAttachment {
    /** The attachment's file name in a single edition. */
    public static final String FILE_NAME = "digest.json";
    /** Its media type. */
    public static final String MEDIA_TYPE = "application/json";
    /** Its relationship to the document. */
    public static final String RELATIONSHIP = "Source";
    /** The catalog's list of associated files. */
    public static final COSName AF = COSName.getPDFName("AF");
    /** The key giving an associated file's relationship. */
    public static final COSName AF_RELATIONSHIP = COSName.getPDFName("AFRelationship");

    private static final String DESCRIPTION = "The Mirsad digest this edition was made from";

    private DigestAttachment() {}

    /** Attaches the digest to {@code document} as {@value #FILE_NAME}, beside any other embedded files' names it has. */
    public static void write(PDDocument document, Digest digest) throws IOException {
        byte[] json = json(digest);
        PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream(json), COSName.FLATE_DECODE);
        attach(
                document,
                Map.of(
                        FILE_NAME,
                        spec(file, json.length, digest, FILE_NAME, DESCRIPTION).getCOSObject()));
    }

    /**
     * The digest's JSON as an embedded file named {@code fileName}, its data in {@code streams}, not yet listed
     * anywhere: a volume embeds one for each part.
     */
    static PDComplexFileSpecification embed(StreamStore streams, Digest digest, String fileName, String description)
            throws IOException {
        byte[] json = json(digest);
        PDEmbeddedFile file = new PDEmbeddedFile(streams.flate(out -> out.write(json)));
        file.getCOSObject().setItem(COSName.TYPE, COSName.EMBEDDED_FILE);
        return spec(file, json.length, digest, fileName, description);
    }

    private static byte[] json(Digest digest) {
        return DigestJson.write(digest).getBytes(StandardCharsets.UTF_8);
    }

    private static PDComplexFileSpecification spec(
            PDEmbeddedFile file, int size, Digest digest, String fileName, String description) {
        file.setSubtype(MEDIA_TYPE);
        file.setSize(size);
        if (digest.metadata().published() != null) {
            Calendar date = DocumentMetadata.calendar(digest.metadata());
            file.setCreationDate(date);
            file.setModDate(date);
        }
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(fileName);
        spec.setFileUnicode(fileName);
        spec.setEmbeddedFile(file);
        spec.setEmbeddedFileUnicode(file);
        spec.setFileDescription(description);
        spec.getCOSObject().setName(AF_RELATIONSHIP, RELATIONSHIP);
        spec.getCOSObject().getCOSDictionary(COSName.EF).setDirect(true);
        file.getCOSObject().getCOSDictionary(COSName.PARAMS).setDirect(true);
        return spec;
    }

    /**
     * Lists embedded files by name in the catalog's names dictionary (kept if it has one) and, in the map's
     * order, as the document's associated files. The file specifications may be {@link COSObject references}
     * to ones already written.
     */
    static void attach(PDDocument document, Map<String, ? extends COSBase> specs) {
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        // the name tree's one node, its names sorted as a name tree's are (ISO 32000-1, 7.9.6)
        COSArray names = new COSArray();
        new TreeMap<>(specs).forEach((name, spec) -> {
            names.add(new COSString(name));
            names.add(spec);
        });
        COSDictionary files = new COSDictionary();
        files.setItem(COSName.NAMES, names);
        PDDocumentNameDictionary dictionary =
                catalog.getNames() != null ? catalog.getNames() : new PDDocumentNameDictionary(catalog);
        dictionary.getCOSObject().setItem(COSName.EMBEDDED_FILES, files);
        catalog.setNames(dictionary);
        COSArray af = new COSArray();
        specs.values().forEach(af::add);
        catalog.getCOSObject().setItem(AF, af);
    }
}

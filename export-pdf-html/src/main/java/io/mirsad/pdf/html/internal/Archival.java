package io.mirsad.pdf.html.internal;

import io.mirsad.digest.Digest;
import io.mirsad.digest.Direction;
import io.mirsad.digest.Metadata;
import io.mirsad.digest.json.DigestJson;
import io.mirsad.digest.text.EditionLabels;
import io.mirsad.pdf.internal.write.DigestAttachment;
import io.mirsad.pdf.internal.write.DocumentMetadata;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * What the edition says about itself once OpenHTMLtoPDF has drawn it, made deterministic and archival:
 * the dates and producer taken from the digest instead of the clock (in the document information and the
 * XMP, which PDF/A wants equal), a document ID hashed from the digest, right-to-left page progression, and
 * the digest JSON attached as the typesetter attaches it ({@link DigestAttachment}).
 */
final class Archival {
    static final String PRODUCER = "Mirsad PDF exporter (OpenHTMLtoPDF, Apache PDFBox)";

    private Archival() {}

    static void finish(PDDocument doc, Digest digest) throws IOException {
        Metadata m = digest.metadata();
        byte[] json = DigestJson.write(digest).getBytes(StandardCharsets.UTF_8);
        Calendar date = m.published() == null ? null : DocumentMetadata.calendar(m);

        PDDocumentInformation info = doc.getDocumentInformation();
        info.setCreator("Mirsad");
        info.setProducer(PRODUCER);
        info.setCreationDate(date);
        info.setModificationDate(date);
        datesInXmp(doc.getDocumentCatalog(), date);

        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        PDViewerPreferences preferences = catalog.getViewerPreferences() != null
                ? catalog.getViewerPreferences()
                : new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        if (m.direction() == Direction.RTL) {
            preferences.setReadingDirection(PDViewerPreferences.READING_DIRECTION.R2L);
        }
        catalog.setViewerPreferences(preferences);
        DigestAttachment.write(doc, digest);
        describeLinks(doc, EditionLabels.forLanguage(m.language()).goTo());

        COSString id = new COSString(hash(json));
        COSArray ids = new COSArray();
        ids.add(id);
        ids.add(id);
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /** Rewrites the XMP's dates, which OpenHTMLtoPDF took from the clock. */
    private static void datesInXmp(PDDocumentCatalog catalog, Calendar date) throws IOException {
        PDMetadata stream = catalog.getMetadata();
        if (stream == null) {
            return;
        }
        XMPMetadata xmp;
        try (InputStream in = stream.exportXMPMetadata()) {
            DomXmpParser parser = new DomXmpParser();
            parser.setStrictParsing(false);
            xmp = parser.parse(in);
        } catch (XmpParsingException e) {
            throw new IOException("cannot read back the XMP metadata: " + e.getMessage(), e);
        }
        XMPBasicSchema basic = xmp.getXMPBasicSchema();
        if (basic == null) {
            basic = xmp.createAndAddXMPBasicSchema();
        }
        basic.setCreatorTool("Mirsad");
        if (date != null) {
            basic.setCreateDate(date);
            basic.setModifyDate(date);
            basic.setMetadataDate(date);
        }
        if (xmp.getAdobePDFSchema() != null) {
            xmp.getAdobePDFSchema().setProducer(PRODUCER);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, out, true);
        } catch (TransformerException e) {
            throw new IOException("cannot write XMP metadata", e);
        }
        stream.importXMPMetadata(out.toByteArray());
    }

    /**
     * PDF/UA wants every link annotation described in {@code /Contents}; OpenHTMLtoPDF leaves it out. The
     * description is what the link shows (a note number, an address), read from under it, or its address.
     */
    private static void describeLinks(PDDocument doc, String goTo) throws IOException {
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        for (PDPage page : doc.getPages()) {
            List<PDAnnotationLink> links = new ArrayList<>();
            for (PDAnnotation a : page.getAnnotations()) {
                if (a instanceof PDAnnotationLink link && link.getContents() == null) {
                    PDRectangle r = link.getRectangle();
                    float top = page.getMediaBox().getHeight() - r.getUpperRightY();
                    stripper.addRegion(
                            "link-" + links.size(),
                            new Rectangle2D.Float(r.getLowerLeftX(), top, r.getWidth(), r.getHeight()));
                    links.add(link);
                }
            }
            if (links.isEmpty()) {
                continue;
            }
            stripper.extractRegions(page);
            for (int i = 0; i < links.size(); i++) {
                PDAnnotationLink link = links.get(i);
                String shown = stripper.getTextForRegion("link-" + i).strip();
                String target = link.getAction() instanceof PDActionURI uri ? uri.getURI() : null;
                link.setContents(
                        !shown.isEmpty()
                                ? (target != null ? shown : goTo + shown)
                                : target != null ? target : goTo.strip());
                stripper.removeRegion("link-" + i);
            }
        }
    }

    private static byte[] hash(byte[] json) {
        try {
            return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(json), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package io.mirsad.pdf.html.internal;

import io.mirsad.digest.Digest;
import io.mirsad.digest.Metadata;
import io.mirsad.digest.json.DigestJson;
import io.mirsad.digest.text.EditionLabels;
import io.mirsad.pdf.internal.write.DigestAttachment;
import io.mirsad.pdf.internal.write.DocumentMetadata;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/**
 * What the edition says about itself once OpenHTMLtoPDF has drawn it, made deterministic and archival:
 * the document information, XMP packet, language and viewer preferences the typesetter writes ({@link
 * DocumentMetadata#describe}), with the dates taken from the digest instead of the clock, a document ID
 * hashed from the digest, and the digest JSON attached as the typesetter attaches it ({@link
 * DigestAttachment}).
 */
final class Archival {
    static final String PRODUCER = "Mirsad PDF exporter (OpenHTMLtoPDF, Apache PDFBox)";

    private Archival() {}

    static void finish(PDDocument doc, Digest digest) throws IOException {
        Metadata m = digest.metadata();
        // replaces OpenHTMLtoPDF's information and packet, which carry the clock's date
        DocumentMetadata.describe(doc, m, PRODUCER, true);
        DigestAttachment.write(doc, digest);
        describeLinks(doc, EditionLabels.forLanguage(m.language()).goTo());
        DocumentMetadata.identify(doc, DigestJson.write(digest).getBytes(StandardCharsets.UTF_8));
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
}

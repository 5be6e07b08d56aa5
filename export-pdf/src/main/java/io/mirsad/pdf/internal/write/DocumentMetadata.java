package io.mirsad.pdf.internal.write;

import io.mirsad.digest.Direction;
import io.mirsad.digest.Metadata;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * What the PDF says about itself, all taken from the digest so that the same digest gives the same bytes:
 * document information, XMP (Dublin Core title, creators, language, date) saying the same, {@code /Lang},
 * right-to-left page progression, the sRGB output intent its colours are meant in, a document ID hashed
 * from the digest's identity rather than the clock, and for an archival edition the PDF/A-3a and
 * PDF/UA-1 identification. The html engine {@linkplain #describe describes} its editions with the same
 * information and packet.
 */
public final class DocumentMetadata {
    static final String PRODUCER = "Mirsad PDF exporter (Apache PDFBox)";
    private static final String SRGB = "sRGB IEC61966-2.1";

    private DocumentMetadata() {}

    static void write(PDDocument document, Metadata m, boolean archival) throws IOException {
        describe(document, m, PRODUCER, archival);
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.addOutputIntent(srgb(document));
        document.setVersion(1.7f);

        String identity = m.identifier() + "\n" + m.title() + "\n" + m.published() + "\n" + m.language();
        identify(document, identity.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Sets the document ID to a hash of {@code identity} (the first 16 bytes of its SHA-256), as both its
     * permanent and its changing part: the same digest gives the same ID, where PDFBox would hash the clock.
     */
    public static void identify(PDDocument document, byte[] identity) {
        byte[] hash;
        try {
            hash = MessageDigest.getInstance("SHA-256").digest(identity);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        COSString id = new COSString(Arrays.copyOf(hash, 16));
        COSArray ids = new COSArray();
        ids.add(id);
        ids.add(id);
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /**
     * Sets the document information, the XMP packet saying the same (as PDF/A wants), the language and
     * the viewer preferences of {@code document} from {@code m}, replacing what was there: an entry the
     * digest has no value for is removed, so that no date of the clock stays behind.
     *
     * @param producer what made the file, in the information's {@code /Producer} and the XMP's
     * @param archival whether the packet claims PDF/A-3a and PDF/UA-1
     */
    public static void describe(PDDocument document, Metadata m, String producer, boolean archival) throws IOException {
        String authors = authors(m);
        String keywords = keywords(m);
        Calendar date = m.published() == null ? null : calendar(m);

        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(m.title());
        info.setAuthor(authors);
        info.setSubject(m.description());
        info.setKeywords(keywords);
        info.setCreator("Mirsad");
        info.setProducer(producer);
        info.setCreationDate(date);
        info.setModificationDate(date);

        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage(m.language());
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        if (m.direction() == Direction.RTL) {
            preferences.setReadingDirection(PDViewerPreferences.READING_DIRECTION.R2L);
        }
        catalog.setViewerPreferences(preferences);
        byte[] packet = XmpPacket.write(m, authors, keywords, producer, archival);
        catalog.setMetadata(new PDMetadata(document, new ByteArrayInputStream(packet)));
    }

    /** The digest's authors as the document information gives them, or {@code null} for none. */
    public static String authors(Metadata m) {
        return m.authors().isEmpty() ? null : String.join("، ", m.authors());
    }

    /** The digest's keywords as the document information gives them, or {@code null} for none. */
    public static String keywords(Metadata m) {
        return m.keywords().isEmpty() ? null : String.join(", ", m.keywords());
    }

    /** An sRGB profile as the output intent: every colour in the edition is sRGB. */
    private static PDOutputIntent srgb(PDDocument document) throws IOException {
        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(srgbProfile()));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        return intent;
    }

    /**
     * The sRGB profile of both engines' output intents: a file of ours, the bytes JDK 17's {@code
     * ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()} gives, because the JDK's own differ between
     * versions (JDK 25 names another primary platform), which would make an edition's bytes depend on the
     * JDK that wrote it; reading a file also spares Java 2D's colour management start-up.
     */
    public static byte[] srgbProfile() throws IOException {
        try (InputStream in = DocumentMetadata.class.getResourceAsStream("srgb.icc")) {
            return in.readAllBytes();
        }
    }

    /** Midnight UTC of the publication date: the only date an edition carries. */
    static Calendar calendar(Metadata m) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        c.clear();
        c.set(
                m.published().getYear(),
                m.published().getMonthValue() - 1,
                m.published().getDayOfMonth());
        return c;
    }
}

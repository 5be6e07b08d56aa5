package io.mirsad.docx.internal.part;

import io.mirsad.digest.Metadata;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Writes {@code docProps/core.xml} and {@code docProps/app.xml} from the digest's metadata. The
 * created and modified dates are the publication date, never the time of export, so the same
 * digest gives the same bytes; without a publication date they are left out.
 */
public final class CorePropertiesWriter {
    private CorePropertiesWriter() {}

    public static void write(XWPFDocument doc, Metadata m) {
        POIXMLProperties properties = doc.getProperties();
        PackagePropertiesPart core = properties.getCoreProperties().getUnderlyingProperties();
        core.setTitleProperty(m.title());
        core.setSubjectProperty(Optional.ofNullable(m.subtitle()));
        core.setCreatorProperty(
                m.authors().isEmpty()
                        ? Optional.ofNullable(m.publisher())
                        : Optional.of(String.join("، ", m.authors())));
        core.setLastModifiedByProperty(Optional.empty());
        core.setKeywordsProperty(
                m.keywords().isEmpty() ? Optional.empty() : Optional.of(String.join(", ", m.keywords())));
        core.setDescriptionProperty(Optional.ofNullable(m.description()));
        core.setCategoryProperty(Optional.ofNullable(m.series()));
        core.setIdentifierProperty(Optional.ofNullable(m.identifier()));
        core.setLanguageProperty(m.language());
        Optional<Date> published = Optional.ofNullable(m.published())
                .map(d -> Date.from(d.atStartOfDay().toInstant(ZoneOffset.UTC)));
        core.setCreatedProperty(published);
        core.setModifiedProperty(published);

        POIXMLProperties.ExtendedProperties app = properties.getExtendedProperties();
        app.setApplication("Mirsad");
        if (m.publisher() != null) {
            app.setCompany(m.publisher());
        }
    }
}

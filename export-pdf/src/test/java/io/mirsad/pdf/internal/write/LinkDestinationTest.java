package io.mirsad.pdf.internal.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mirsad.digest.Metadata;
import io.mirsad.pdf.internal.Fixtures;
import io.mirsad.pdf.internal.itemize.TextRole;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.junit.jupiter.api.Test;

/** A link within the edition leads to where its target was laid out, or the edition is not written. */
class LinkDestinationTest {
    private static final Metadata METADATA =
            Metadata.builder().title("روابط").language("ar").build();

    @Test
    void aLinkLeadsToTheTopOfItsTargetsFirstContent() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfWriter writer = new PdfWriter()) {
            ImageRef image = writer.image(Fixtures.bluePng(4, 4));
            PageWriter first = writer.newPage(200, 300);
            linkTo(writer, first, "source-1");
            first.finish();
            // the target comes on a later page, as a volume's index of sources does
            PageWriter second = writer.newPage(200, 300);
            StructureTree tags = writer.structure();
            tags.beginAnchored("LI", "source-1");
            second.image(image, 10, 100, 50, 50, tags.current());
            tags.end();
            second.finish();
            writer.save(METADATA, false, out);
        }
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            PDAnnotationLink link =
                    (PDAnnotationLink) document.getPage(0).getAnnotations().get(0);
            PDPageXYZDestination destination =
                    (PDPageXYZDestination) ((PDActionGoTo) link.getAction()).getDestination();
            assertThat(destination.getPage().getCOSObject())
                    .isSameAs(document.getPage(1).getCOSObject());
            assertThat(destination.getTop()).isEqualTo(150);
        }
    }

    @Test
    void aLinkToAPlaceNeverLaidOutIsRefusedAndNothingIsWritten() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfWriter writer = new PdfWriter()) {
            PageWriter page = writer.newPage(200, 300);
            linkTo(writer, page, "nowhere");
            page.finish();
            // written out as a volume writes a finished part: the link's action names the destination
            writer.flush();
            assertThatThrownBy(() -> writer.save(METADATA, false, out))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("#nowhere");
        }
        assertThat(out.size()).isZero();
    }

    /** A citation on {@code page} leading to {@code anchor}, in a paragraph of its own. */
    private static void linkTo(PdfWriter writer, PageWriter page, String anchor) {
        StructureTree tags = writer.structure();
        tags.begin("P");
        TextRole role = TextRole.reference(anchor, "يحيل إلى المصدر");
        writer.link(
                role, tags.current().elementFor(role, writer.objects()), page.page(), new PDRectangle(20, 250, 40, 12));
        tags.end();
    }
}

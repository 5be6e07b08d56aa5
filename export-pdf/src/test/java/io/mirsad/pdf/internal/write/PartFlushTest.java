package io.mirsad.pdf.internal.write;

import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.digest.Metadata;
import io.mirsad.pdf.internal.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.junit.jupiter.api.Test;

/** A volume's writer lets each part go once the part is written out. */
class PartFlushTest {
    private static final int PARTS = 6;

    @Test
    void aFinishedPartsPagesAndElementsAreWrittenAndLetGo() throws IOException {
        List<WeakReference<Object>> finished = new ArrayList<>();
        int[] inMemory = new int[PARTS];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfWriter writer = new PdfWriter()) {
            ImageRef image = writer.image(Fixtures.bluePng(4, 4));
            for (int part = 0; part < PARTS; part++) {
                part(writer, image, finished);
                writer.flush();
                inMemory[part] = writer.objectsInMemory();
            }
            for (int i = 0; i < finished.size(); i++) {
                assertThat(ObjectWriterTest.collected(finished.get(i)))
                        .as("object %d", i)
                        .isTrue();
            }
            // what the writer keeps does not grow with the parts written
            assertThat(inMemory[PARTS - 1]).isEqualTo(inMemory[1]);
            writer.save(Metadata.builder().title("مجلد").language("ar").build(), false, out);
        }
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertThat(document.getNumberOfPages()).isEqualTo(PARTS);
            PDStructureNode root = document.getDocumentCatalog().getStructureTreeRoot();
            PDStructureElement top = (PDStructureElement) root.getKids().get(0);
            assertThat(top.getKids()).hasSize(PARTS);
            for (int part = 0; part < PARTS; part++) {
                PDStructureElement p = (PDStructureElement) top.getKids().get(part);
                PDStructureElement figure = (PDStructureElement) p.getKids().get(0);
                assertThat(p.getStructureType()).isEqualTo("Part");
                assertThat(figure.getAlternateDescription()).isEqualTo("صورة " + part);
                assertThat(figure.getPage().getCOSObject())
                        .isSameAs(document.getPage(part).getCOSObject());
                assertThat(document.getPage(part).getCOSObject().getInt(COSName.STRUCT_PARENTS))
                        .isEqualTo(part);
            }
        }
    }

    /** A part of one page with one figure; remembers the page and the elements, weakly. */
    private static void part(PdfWriter writer, ImageRef image, List<WeakReference<Object>> finished)
            throws IOException {
        StructureTree tags = writer.structure();
        tags.begin("Part");
        finished.add(new WeakReference<>(tags.current().base(writer.objects()).getCOSObject()));
        tags.beginFigure("صورة " + (finished.size() / 3));
        StructureTree.Tag figure = tags.current();
        finished.add(new WeakReference<>(figure.base(writer.objects()).getCOSObject()));
        PageWriter page = writer.newPage(200, 200);
        finished.add(new WeakReference<>(page.page().getCOSObject()));
        page.image(image, 10, 10, 50, 50, figure);
        tags.end();
        tags.end();
        page.finish();
    }
}

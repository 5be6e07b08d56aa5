package io.mirsad.pdf.internal.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessStreamCache;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class ObjectWriterTest {
    private static final COSName ODD_NAME = COSName.getPDFName("a name (with) #signs/ and\tspace é");
    private static final String ARABIC = "مرصد الأسبوع";
    private static final String ESCAPES = "brackets ( and ) unbalanced ), a \\ backslash\r\nand a line break";

    @Test
    void namesStringsAndNumbersNeedingEscapesReadBackThroughPdfboxsParser() throws IOException {
        byte[] binary = {0, (byte) 0xFF, '(', '\\', (byte) 0x80, ')'};
        byte[] streamData = "any bytes at all\r\nendstream? not here".getBytes(StandardCharsets.ISO_8859_1);
        byte[] pdf;
        try (RandomAccessStreamCache scratch = PdfWriter.scratch()) {
            ObjectWriter objects = new ObjectWriter(scratch);
            COSDictionary inner = new COSDictionary();
            inner.setDirect(true);
            inner.setItem(ODD_NAME, new COSString(ESCAPES));
            COSDictionary test = new COSDictionary();
            test.setItem(COSName.getPDFName("Inner"), inner);
            test.setString(COSName.getPDFName("Arabic"), ARABIC);
            test.setItem(COSName.getPDFName("Binary"), new COSString(binary));
            test.setItem(
                    COSName.getPDFName("Values"),
                    new COSArray(List.of(
                            COSInteger.get(-7),
                            new COSFloat(0.125f),
                            COSBoolean.TRUE,
                            COSNull.NULL,
                            ODD_NAME,
                            new COSArray(List.of(COSInteger.get(3000000000L))))));
            COSStream stream = new COSStream();
            try (OutputStream out = stream.createRawOutputStream()) {
                out.write(streamData);
            }
            test.setItem(COSName.getPDFName("Data"), stream);
            pdf = write(objects, test);
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocument().isXRefStream()).isTrue();
            COSDictionary test =
                    document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.getPDFName("Test"));
            assertThat(test.getCOSDictionary(COSName.getPDFName("Inner")).getString(ODD_NAME))
                    .isEqualTo(ESCAPES);
            assertThat(test.getString(COSName.getPDFName("Arabic"))).isEqualTo(ARABIC);
            assertThat(((COSString) test.getDictionaryObject(COSName.getPDFName("Binary"))).getBytes())
                    .isEqualTo(binary);
            COSArray values = test.getCOSArray(COSName.getPDFName("Values"));
            assertThat(values.getInt(0)).isEqualTo(-7);
            assertThat(((COSFloat) values.getObject(1)).floatValue()).isEqualTo(0.125f);
            assertThat(values.getObject(2)).isEqualTo(COSBoolean.TRUE);
            assertThat(values.get(3)).isEqualTo(COSNull.NULL);
            assertThat(values.getObject(4)).isEqualTo(ODD_NAME);
            assertThat(((COSInteger) ((COSArray) values.getObject(5)).getObject(0)).longValue())
                    .isEqualTo(3000000000L);
            COSStream data = test.getCOSStream(COSName.getPDFName("Data"));
            try (InputStream in = data.createRawInputStream()) {
                assertThat(in.readAllBytes()).isEqualTo(streamData);
            }
        }
    }

    @Test
    void theSameObjectsGiveTheSameBytes() throws IOException {
        assertThat(sample()).isEqualTo(sample());
    }

    private static byte[] sample() throws IOException {
        try (RandomAccessStreamCache scratch = PdfWriter.scratch()) {
            ObjectWriter objects = new ObjectWriter(scratch);
            COSDictionary test = new COSDictionary();
            for (int i = 0; i < 3 * ObjectWriter.PER_OBJECT_STREAM; i++) {
                COSDictionary item = new COSDictionary();
                item.setInt(COSName.N, i);
                test.setItem(COSName.getPDFName("Item" + i), item);
            }
            return write(objects, test);
        }
    }

    @Test
    void aFlushWritesWhatIsNotHeldAndLetsItGo() throws IOException {
        byte[] pdf;
        try (RandomAccessStreamCache scratch = PdfWriter.scratch()) {
            ObjectWriter objects = new ObjectWriter(scratch);
            COSDictionary holder = new COSDictionary();
            COSArray kids = new COSArray();
            holder.setItem(COSName.KIDS, kids);
            objects.hold(holder);
            objects.key(holder);
            WeakReference<COSDictionary> written = addKid(objects, kids);
            assertThat(objects.inMemory()).isEqualTo(3);

            objects.flush();

            // the holder's array now names the kid by number, and the writer keeps only the holder
            assertThat(kids.get(0)).isInstanceOf(COSObject.class);
            assertThat(objects.inMemory()).isEqualTo(2);
            assertThat(collected(written)).isTrue();
            COSDictionary catalog = new COSDictionary();
            catalog.setItem(COSName.getPDFName("Test"), holder);
            pdf = finish(objects, catalog);
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            COSDictionary holder =
                    document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.getPDFName("Test"));
            COSDictionary kid = (COSDictionary) holder.getCOSArray(COSName.KIDS).getObject(0);
            assertThat(kid.getString(COSName.T)).isEqualTo(ARABIC);
        }
    }

    private static WeakReference<COSDictionary> addKid(ObjectWriter objects, COSArray kids) {
        COSDictionary kid = new COSDictionary();
        kid.setString(COSName.T, ARABIC);
        kids.add(kid);
        objects.key(kid);
        return new WeakReference<>(kid);
    }

    @Test
    void aNumberNeverWrittenIsAnError() throws IOException {
        try (RandomAccessStreamCache scratch = PdfWriter.scratch()) {
            ObjectWriter objects = new ObjectWriter(scratch);
            objects.reserve();
            assertThatThrownBy(() -> finish(objects, new COSDictionary()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("never written");
        }
    }

    /** Whether the object went once nothing refers to it (a collection is asked for a few times). */
    static boolean collected(WeakReference<?> reference) {
        for (int i = 0; i < 20 && reference.get() != null; i++) {
            System.gc();
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return reference.get() == null;
    }

    /** A file whose catalog holds {@code test} as {@code /Test}, beside an empty page tree. */
    private static byte[] write(ObjectWriter objects, COSBase test) throws IOException {
        COSDictionary catalog = new COSDictionary();
        catalog.setItem(COSName.getPDFName("Test"), test);
        return finish(objects, catalog);
    }

    private static byte[] finish(ObjectWriter objects, COSDictionary catalog) throws IOException {
        catalog.setItem(COSName.TYPE, COSName.CATALOG);
        COSDictionary pages = new COSDictionary();
        pages.setItem(COSName.TYPE, COSName.PAGES);
        pages.setItem(COSName.KIDS, new COSArray());
        pages.setInt(COSName.COUNT, 0);
        catalog.setItem(COSName.PAGES, pages);
        COSString id = new COSString(new byte[16]);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        objects.finish(catalog, new COSDictionary(), new COSArray(List.of(id, id)), out);
        return out.toByteArray();
    }
}

package io.mirsad.pdf.internal.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessStreamCache;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.junit.jupiter.api.Test;

class StreamStoreTest {
    @Test
    void aStreamHoldsTheBytesPdfboxsOwnFilterWrites() throws IOException {
        byte[] content = "BT /F1 12 Tf 72 700 Td <0041> Tj ET\n".repeat(200).getBytes(StandardCharsets.US_ASCII);
        try (RandomAccessStreamCache scratch = PdfWriter.scratch();
                PDDocument document = new PDDocument()) {
            StreamStore store = new StreamStore(scratch);
            COSStream ours = store.flate(out -> out.write(content));
            PDStream theirs = new PDStream(document);
            try (OutputStream out = theirs.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(content);
            }
            assertThat(ours.getItem(COSName.FILTER)).isEqualTo(COSName.FLATE_DECODE);
            assertThat(ours.getLength()).isEqualTo(theirs.getCOSObject().getLength());
            assertThat(raw(ours)).isEqualTo(raw(theirs.getCOSObject()));
        }
    }

    @Test
    void streamsPastTheInMemoryPartReadBackEachItsOwn() throws IOException {
        Random random = new Random(11);
        List<byte[]> contents = new ArrayList<>();
        List<COSStream> streams = new ArrayList<>();
        try (RandomAccessStreamCache scratch = PdfWriter.scratch()) {
            StreamStore store = new StreamStore(scratch);
            long written = 0;
            // random bytes hardly compress, so the store goes well past what it keeps in memory
            while (written < 3 * PdfWriter.IN_MEMORY) {
                byte[] content = new byte[20_000 + random.nextInt(20_000)];
                random.nextBytes(content);
                contents.add(content);
                COSStream stream = store.flate(out -> out.write(content));
                streams.add(stream);
                written += stream.getLength();
            }
            // out of order first: a view must not depend on where the buffer was read last
            for (int i = contents.size() - 1; i >= 0; i -= 2) {
                assertThat(decoded(streams.get(i))).isEqualTo(contents.get(i));
            }
            for (int i = 0; i < contents.size(); i++) {
                assertThat(decoded(streams.get(i))).isEqualTo(contents.get(i));
            }
        }
    }

    private static byte[] raw(COSStream stream) throws IOException {
        try (InputStream in = stream.createRawInputStream()) {
            return in.readAllBytes();
        }
    }

    private static byte[] decoded(COSStream stream) throws IOException {
        try (InputStream in = stream.createInputStream()) {
            return in.readAllBytes();
        }
    }
}

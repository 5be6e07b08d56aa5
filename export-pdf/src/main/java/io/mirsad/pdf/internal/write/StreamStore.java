package io.mirsad.pdf.internal.write;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.io.RandomAccess;
import org.apache.pdfbox.io.RandomAccessOutputStream;
import org.apache.pdfbox.io.RandomAccessReadView;
import org.apache.pdfbox.io.RandomAccessStreamCache;

/**
 * The compressed data of the streams a document has one of per page or per part (page contents, embedded
 * digests), appended one after the other to a single buffer of the writer's scratch space; each stream
 * reads its stretch through a view. A stream PDFBox writes itself gets a buffer of its own, and every
 * buffer keeps its last 4 KB page in the heap for as long as the document is open, whatever the memory
 * setting: 16 KB for each digest of a volume. The buffer is closed with the scratch space.
 */
final class StreamStore {
    /** What a stream holds, written uncompressed. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final RandomAccess data;

    StreamStore(RandomAccessStreamCache scratch) throws IOException {
        data = scratch.createBuffer();
    }

    /** A Flate-compressed stream of {@code content}: the bytes PDFBox's own filter writes ({@link #deflate}). */
    COSStream flate(Content content) throws IOException {
        long start = data.length();
        // a stream read before (none is, until the document is saved) would have moved the position
        data.seek(start);
        // finished, not closed: the buffer takes the next stream after this one
        deflate(content, new RandomAccessOutputStream(data));
        COSStream stream = new COSStream(null, new RandomAccessReadView(data, start, data.length() - start));
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        return stream;
    }

    /**
     * Writes what {@code content} writes to {@code target} compressed as PDFBox's Flate filter compresses, at
     * the level it is set to (it reads the level from a system property); {@code target} is left open.
     */
    static void deflate(Content content, OutputStream target) throws IOException {
        Deflater deflater = new Deflater(Filter.getCompressionLevel());
        try {
            DeflaterOutputStream out = new DeflaterOutputStream(target, deflater);
            content.writeTo(out);
            out.finish();
        } finally {
            deflater.end();
        }
    }
}

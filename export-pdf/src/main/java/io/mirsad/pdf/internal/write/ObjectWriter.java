package io.mirsad.pdf.internal.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.cos.ICOSVisitor;
import org.apache.pdfbox.io.RandomAccess;
import org.apache.pdfbox.io.RandomAccessOutputStream;
import org.apache.pdfbox.io.RandomAccessStreamCache;
import org.apache.pdfbox.pdfwriter.COSWriter;

/**
 * A PDF written object by object as its parts are finished, instead of held whole until PDFBox's one-pass
 * save. Objects are PDFBox's COS objects; one gets its object number when something first {@linkplain
 * #reference refers} to it, is written at the next {@link #flush()} unless it is {@linkplain #hold held}
 * (not finished yet), and is then let go: the writer keeps only where each number is in the file, and in
 * the held objects a written one is replaced by a {@link COSObject} that carries only its number. Holders
 * that need a number and not the object keep such a reference from the start.
 *
 * <p>As in PDFBox's save, every dictionary not marked direct and every stream is an object of its own;
 * arrays are written inline. Dictionaries go into compressed object streams of {@value #PER_OBJECT_STREAM}
 * (ISO 32000-1, 7.5.7), streams into the body, and the file ends with a cross-reference stream (7.5.8).
 * The body goes to a buffer of the writer's scratch space (closed with it) and is copied to the output
 * only once {@linkplain #finish complete}, so a failure leaves nothing half-written. The same objects in
 * the same order give the same bytes.
 */
final class ObjectWriter {
    /** Objects in an object stream; an object's index in it is kept in a byte. */
    static final int PER_OBJECT_STREAM = 255;

    private static final byte[] HEADER = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final COSName OBJ_STM = COSName.getPDFName("ObjStm");
    private static final COSName XREF = COSName.getPDFName("XRef");

    private final RandomAccess body;
    private final OutputStream bodyOut;

    /** Numbered objects not yet written, by number: held ones wait for their {@link #release}. */
    private final TreeMap<Long, COSBase> pending = new TreeMap<>();

    private final Set<COSBase> held = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Values values = new Values();

    /**
     * The cross-reference entries by object number (ISO 32000-1, table 18): type 1 is an offset in the
     * file, type 2 an object stream's number and the index in it; 0 not written yet.
     */
    private byte[] types = new byte[1024];

    private long[] fields = new long[1024];
    private byte[] indices = new byte[1024];
    private long next = 1;

    /** The object stream being filled: the objects' numbers and offsets, and their text. */
    private final ByteArrayOutputStream batch = new ByteArrayOutputStream();

    private final long[] batchNumbers = new long[PER_OBJECT_STREAM];
    private final int[] batchOffsets = new int[PER_OBJECT_STREAM];
    private int batched;

    ObjectWriter(RandomAccessStreamCache scratch) throws IOException {
        body = scratch.createBuffer();
        bodyOut = new RandomAccessOutputStream(body);
        bodyOut.write(HEADER);
    }

    /** {@code object}'s number, given now if it has none; it is written at a flush unless held. */
    COSObjectKey key(COSBase object) {
        COSObjectKey key = object.getKey();
        if (key == null) {
            key = new COSObjectKey(next++, 0);
            object.setKey(key);
            pending.put(key.getNumber(), object);
        }
        return key;
    }

    /** A reference to {@code object} that carries its number only, for holders that outlive it. */
    COSObject reference(COSBase object) {
        return new COSObject(null, key(object));
    }

    /** A reference to object {@code number}, written or to be written. */
    static COSObject reference(long number) {
        return new COSObject(null, new COSObjectKey(number, 0));
    }

    /** A number for an object to be {@linkplain #write(COSObjectKey, COSBase) written} later under it. */
    COSObjectKey reserve() {
        return new COSObjectKey(next++, 0);
    }

    /**
     * Writes {@code object} now under {@code key}, which it must not have had before: for objects made whole
     * and let go at once, such as the outline's items. What it refers to is written at the next flush.
     */
    void write(COSObjectKey key, COSBase object) throws IOException {
        object.setKey(key);
        write(key.getNumber(), object);
    }

    /** Writes {@code object} now, under a number of its own, and returns a reference to it. */
    COSObject write(COSBase object) throws IOException {
        COSObjectKey key = reserve();
        write(key, object);
        return new COSObject(null, key);
    }

    /** Keeps {@code object} from being written until it is {@linkplain #release released}: it is not finished. */
    void hold(COSBase object) {
        held.add(object);
    }

    /** Lets {@code object} be written at the next flush, if it has a number by then. */
    void release(COSBase object) {
        held.remove(object);
    }

    /** How many objects the writer keeps in memory: numbered ones not yet written, and held ones. */
    int inMemory() {
        return pending.size() + held.size();
    }

    /**
     * Writes every numbered object not held and every object they lead to, then replaces written objects
     * within held ones by their numbers, so that nothing here keeps them.
     */
    void flush() throws IOException {
        Long n = pending.isEmpty() ? null : pending.firstKey();
        while (n != null) {
            COSBase object = pending.get(n);
            if (!held.contains(object)) {
                pending.remove(n);
                write(n, object);
            }
            // what writing numbered has higher numbers, so a walk upwards meets it
            n = pending.higherKey(n);
        }
        for (COSBase object : held) {
            forget(object);
        }
    }

    /**
     * Writes everything left, held or not, and the cross-reference stream naming {@code catalog}, {@code info}
     * and {@code id}, then copies the file to {@code out}.
     */
    void finish(COSDictionary catalog, COSDictionary info, COSArray id, OutputStream out) throws IOException {
        COSObjectKey root = key(catalog);
        COSObjectKey infoKey = key(info);
        held.clear();
        flush();
        writeBatch();
        long xref = next++;
        long offset = body.length();
        entry(xref, 1, offset, 0);
        int width = Math.max(1, (71 - Long.numberOfLeadingZeros(Math.max(offset, next))) / 8);
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        for (long i = 0; i < next; i++) {
            int at = (int) i;
            boolean free = i == 0;
            table.write(free ? 0 : types[at]);
            long field = free ? 0 : fields[at];
            for (int b = width - 1; b >= 0; b--) {
                table.write((int) (field >>> (8 * b)));
            }
            int index = free ? 0xFFFF : indices[at] & 0xFF;
            table.write(index >>> 8);
            table.write(index);
        }
        for (int i = 1; i < next; i++) {
            if (types[i] == 0) {
                throw new IllegalStateException("object " + i + " was numbered but never written");
            }
        }
        COSDictionary trailer = new COSDictionary();
        trailer.setItem(COSName.TYPE, XREF);
        trailer.setLong(COSName.SIZE, next);
        trailer.setItem(COSName.W, new COSArray(List.of(COSInteger.ONE, COSInteger.get(width), COSInteger.TWO)));
        trailer.setItem(COSName.ROOT, new COSObject(null, root));
        trailer.setItem(COSName.INFO, new COSObject(null, infoKey));
        trailer.setItem(COSName.ID, id);
        trailer.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        writeStream(xref, trailer, deflate(table.toByteArray()));
        bodyOut.write(("startxref\n" + offset + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
        body.seek(0);
        byte[] buffer = new byte[1 << 16];
        for (int read; (read = body.read(buffer)) > 0; ) {
            out.write(buffer, 0, read);
        }
    }

    private void write(long number, COSBase object) throws IOException {
        if (object instanceof COSStream stream) {
            byte[] data;
            try (InputStream in = stream.createRawInputStream()) {
                data = in.readAllBytes();
            }
            writeStream(number, stream, data);
            return;
        }
        if (batched == PER_OBJECT_STREAM) {
            writeBatch();
        }
        batchNumbers[batched] = number;
        batchOffsets[batched] = batch.size();
        entry(number, 2, -1, batched);
        batched++;
        values.to(batch).whole(object);
        batch.write('\n');
    }

    /** Writes the object stream being filled as an object of the body, and starts another. */
    private void writeBatch() throws IOException {
        if (batched == 0) {
            return;
        }
        long number = next++;
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        StringBuilder index = new StringBuilder();
        for (int i = 0; i < batched; i++) {
            index.append(batchNumbers[i]).append(' ').append(batchOffsets[i]).append(' ');
            fields[(int) batchNumbers[i]] = number;
        }
        byte[] first = index.append('\n').toString().getBytes(StandardCharsets.US_ASCII);
        content.write(first);
        batch.writeTo(content);
        COSDictionary dictionary = new COSDictionary();
        dictionary.setItem(COSName.TYPE, OBJ_STM);
        dictionary.setInt(COSName.N, batched);
        dictionary.setInt(COSName.FIRST, first.length);
        dictionary.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        writeStream(number, dictionary, deflate(content.toByteArray()));
        batch.reset();
        batched = 0;
    }

    /** Writes a stream object of the body: {@code dictionary} with the length of {@code data}, then the data. */
    private void writeStream(long number, COSDictionary dictionary, byte[] data) throws IOException {
        entry(number, 1, body.length(), 0);
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        head.write((number + " 0 obj\n").getBytes(StandardCharsets.US_ASCII));
        values.to(head).dictionary(dictionary, data.length);
        head.write("\nstream\r\n".getBytes(StandardCharsets.US_ASCII));
        head.writeTo(bodyOut);
        bodyOut.write(data);
        bodyOut.write("\r\nendstream\nendobj\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] deflate(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamStore.deflate(o -> o.write(data), out);
        return out.toByteArray();
    }

    private void entry(long number, int type, long field, int index) {
        if (number >= types.length) {
            int size = (int) Math.max(number + 1, types.length + types.length / 2);
            types = Arrays.copyOf(types, size);
            fields = Arrays.copyOf(fields, size);
            indices = Arrays.copyOf(indices, size);
        }
        types[(int) number] = (byte) type;
        fields[(int) number] = field;
        indices[(int) number] = (byte) index;
    }

    private boolean written(COSBase object) {
        COSObjectKey key = object == null ? null : object.getKey();
        return key != null && key.getNumber() < types.length && types[(int) key.getNumber()] != 0;
    }

    /**
     * Replaces written objects in the arrays of {@code object} (and of the direct dictionaries and arrays in
     * it) by references. Only in arrays: PDFBox reads a dictionary's entry through such a reference as absent.
     */
    private void forget(COSBase object) {
        if (object instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                COSBase item = array.get(i);
                if (written(item) && !(item instanceof COSObject)) {
                    array.set(i, new COSObject(null, item.getKey()));
                } else if (inside(item)) {
                    forget(item);
                }
            }
        } else if (object instanceof COSDictionary dictionary) {
            for (COSBase item : dictionary.getValues()) {
                if (inside(item)) {
                    forget(item);
                }
            }
        }
    }

    /** Whether {@code item} is written inside the object that holds it. */
    private static boolean inside(COSBase item) {
        return item != null
                && item.getKey() == null
                && (item instanceof COSArray || item instanceof COSDictionary d && d.isDirect());
    }

    /**
     * Writes values as PDF syntax with PDFBox's own writers for names, numbers and strings; a value that is
     * an object of its own is written as a reference to it, numbered now if it has no number yet.
     */
    private final class Values implements ICOSVisitor {
        private OutputStream out;

        Values to(OutputStream target) {
            out = target;
            return this;
        }

        /** Writes {@code object} itself, not a reference to it. */
        void whole(COSBase object) throws IOException {
            object.accept(this);
        }

        void value(COSBase value) throws IOException {
            if (value == null) {
                COSNull.NULL.writePDF(out);
            } else if (value instanceof COSObject reference) {
                if (reference.getKey() != null) {
                    reference(reference.getKey());
                } else {
                    value(reference.getObject());
                }
            } else if (value.getKey() != null
                    || value instanceof COSStream
                    || value instanceof COSDictionary d && !d.isDirect()) {
                reference(key(value));
            } else {
                value.accept(this);
            }
        }

        private void reference(COSObjectKey key) throws IOException {
            out.write((key.getNumber() + " " + key.getGeneration() + " R").getBytes(StandardCharsets.US_ASCII));
        }

        /** A dictionary's entries, with {@code /Length length} instead of its own if {@code length} is not -1. */
        void dictionary(COSDictionary dictionary, long length) throws IOException {
            out.write(COSWriter.DICT_OPEN);
            for (Map.Entry<COSName, COSBase> e : dictionary.entrySet()) {
                if (length >= 0 && e.getKey().equals(COSName.LENGTH)) {
                    continue;
                }
                e.getKey().writePDF(out);
                out.write(' ');
                value(e.getValue());
                out.write('\n');
            }
            if (length >= 0) {
                COSName.LENGTH.writePDF(out);
                out.write(' ');
                COSInteger.get(length).writePDF(out);
            }
            out.write(COSWriter.DICT_CLOSE);
        }

        @Override
        public void visitFromArray(COSArray array) throws IOException {
            out.write(COSWriter.ARRAY_OPEN);
            for (int i = 0; i < array.size(); i++) {
                if (i > 0) {
                    out.write(' ');
                }
                value(array.get(i));
            }
            out.write(COSWriter.ARRAY_CLOSE);
        }

        @Override
        public void visitFromBoolean(COSBoolean value) throws IOException {
            value.writePDF(out);
        }

        @Override
        public void visitFromDictionary(COSDictionary dictionary) throws IOException {
            dictionary(dictionary, -1);
        }

        @Override
        public void visitFromDocument(COSDocument document) {
            throw new IllegalArgumentException("a document is not a value");
        }

        @Override
        public void visitFromFloat(COSFloat value) throws IOException {
            value.writePDF(out);
        }

        @Override
        public void visitFromInt(COSInteger value) throws IOException {
            value.writePDF(out);
        }

        @Override
        public void visitFromName(COSName value) throws IOException {
            value.writePDF(out);
        }

        @Override
        public void visitFromNull(COSNull value) throws IOException {
            value.writePDF(out);
        }

        @Override
        public void visitFromStream(COSStream stream) {
            throw new IllegalStateException("a stream is written as an object of its own");
        }

        @Override
        public void visitFromString(COSString value) throws IOException {
            COSWriter.writeString(value, out);
        }
    }
}

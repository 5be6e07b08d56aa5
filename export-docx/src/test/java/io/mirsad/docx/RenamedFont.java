package io.mirsad.docx;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Test fixture: a copy of a TrueType font whose {@code name} table says it is another family. Fed to the
 * exporter under a family no machine has installed, it can only be drawn from the copy embedded in the
 * DOCX — which is how the integration test proves the embedding works.
 */
final class RenamedFont {
    private static final int NAME = tag("name");
    private static final int HEAD = tag("head");

    private RenamedFont() {}

    /** The font with Windows-platform family, subfamily, full and PostScript names replaced. */
    static byte[] rename(byte[] font, String family, String subfamily, String postScriptName) {
        ByteBuffer in = ByteBuffer.wrap(font);
        int numTables = in.getShort(4) & 0xFFFF;
        List<int[]> records = new ArrayList<>(); // tag, offset, length
        for (int i = 0; i < numTables; i++) {
            int at = 12 + 16 * i;
            records.add(new int[] {in.getInt(at), in.getInt(at + 8), in.getInt(at + 12)});
        }
        byte[] name = nameTable(family, subfamily, family + " " + subfamily, postScriptName);

        int dataStart = 12 + 16 * numTables;
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        ByteBuffer directory = ByteBuffer.allocate(dataStart);
        directory.put(font, 0, 12);
        int headOffset = -1;
        for (int[] r : records) {
            byte[] table = r[0] == NAME ? name : java.util.Arrays.copyOfRange(font, r[1], r[1] + r[2]);
            int offset = dataStart + data.size();
            if (r[0] == HEAD) {
                headOffset = offset;
                ByteBuffer.wrap(table).putInt(8, 0); // checkSumAdjustment, recomputed below
            }
            directory.putInt(r[0]).putInt(checksum(table)).putInt(offset).putInt(table.length);
            data.writeBytes(table);
            data.writeBytes(new byte[(4 - table.length % 4) % 4]);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(directory.array());
        out.writeBytes(data.toByteArray());
        byte[] result = out.toByteArray();
        ByteBuffer.wrap(result).putInt(headOffset + 8, (int) (0xB1B0AFBAL - (checksum(result) & 0xFFFFFFFFL)));
        return result;
    }

    private static byte[] nameTable(String family, String subfamily, String full, String postScript) {
        String[] values = {family, subfamily, full, postScript};
        int[] ids = {1, 2, 4, 6};
        ByteArrayOutputStream strings = new ByteArrayOutputStream();
        ByteBuffer header = ByteBuffer.allocate(6 + 12 * ids.length);
        header.putShort((short) 0).putShort((short) ids.length).putShort((short) (6 + 12 * ids.length));
        for (int i = 0; i < ids.length; i++) {
            byte[] utf16 = values[i].getBytes(StandardCharsets.UTF_16BE);
            header.putShort((short) 3)
                    .putShort((short) 1)
                    .putShort((short) 0x409)
                    .putShort((short) ids[i])
                    .putShort((short) utf16.length)
                    .putShort((short) strings.size());
            strings.writeBytes(utf16);
        }
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        table.writeBytes(header.array());
        table.writeBytes(strings.toByteArray());
        return table.toByteArray();
    }

    private static int checksum(byte[] data) {
        long sum = 0;
        for (int i = 0; i < data.length; i += 4) {
            long word = 0;
            for (int j = 0; j < 4; j++) {
                word = (word << 8) | (i + j < data.length ? data[i + j] & 0xFF : 0);
            }
            sum += word;
        }
        return (int) sum;
    }

    private static int tag(String tag) {
        return ByteBuffer.wrap(tag.getBytes(StandardCharsets.US_ASCII)).getInt();
    }
}

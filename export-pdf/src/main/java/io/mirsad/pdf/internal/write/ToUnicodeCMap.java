package io.mirsad.pdf.internal.write;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SortedMap;

/**
 * Writes a ToUnicode CMap: for every two-byte CID the text it stands for. Also used by the html engine to
 * rewrite the CMaps OpenHTMLtoPDF writes.
 */
public final class ToUnicodeCMap {
    /** The PDF specification allows at most 100 entries per {@code beginbfchar} block. */
    private static final int BLOCK = 100;

    private ToUnicodeCMap() {}

    /** The CMap giving each CID in {@code textByCid} its text. */
    public static byte[] write(SortedMap<Integer, String> textByCid) {
        StringBuilder sb = new StringBuilder();
        sb.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        int i = 0;
        int size = textByCid.size();
        for (Map.Entry<Integer, String> e : textByCid.entrySet()) {
            if (i % BLOCK == 0) {
                sb.append(Math.min(BLOCK, size - i)).append(" beginbfchar\n");
            }
            sb.append(String.format("<%04X> <", e.getKey()));
            for (char c : e.getValue().toCharArray()) {
                sb.append(String.format("%04X", (int) c));
            }
            sb.append(">\n");
            i++;
            if (i % BLOCK == 0 || i == size) {
                sb.append("endbfchar\n");
            }
        }
        sb.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }
}

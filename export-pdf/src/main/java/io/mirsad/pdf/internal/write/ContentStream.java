package io.mirsad.pdf.internal.write;

import java.io.IOException;
import java.io.OutputStream;

/** The operators of one page's content stream, written as text with numbers in a fixed format. */
final class ContentStream {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final StringBuilder out = new StringBuilder(8192);

    ContentStream op(String operator) {
        out.append(operator).append('\n');
        return this;
    }

    ContentStream num(double value) {
        format(value, out).append(' ');
        return this;
    }

    ContentStream name(String name) {
        out.append('/').append(name).append(' ');
        return this;
    }

    /** Appends raw operator text, e.g. a {@code TJ} array being built. */
    ContentStream raw(CharSequence text) {
        out.append(text);
        return this;
    }

    /** Appends a two-byte character code as a hex string, {@code <0041>}. */
    ContentStream code(int cid) {
        code(cid, out);
        return this;
    }

    void fillColor(int rgb) {
        num(((rgb >> 16) & 0xFF) / 255.0)
                .num(((rgb >> 8) & 0xFF) / 255.0)
                .num((rgb & 0xFF) / 255.0)
                .op("rg");
    }

    void strokeColor(int rgb) {
        num(((rgb >> 16) & 0xFF) / 255.0)
                .num(((rgb >> 8) & 0xFF) / 255.0)
                .num((rgb & 0xFF) / 255.0)
                .op("RG");
    }

    /** Writes the operators as ASCII, a buffer at a time, without copying the page's text whole. */
    void writeTo(OutputStream os) throws IOException {
        byte[] buffer = new byte[Math.min(out.length(), 8192)];
        for (int start = 0; start < out.length(); start += buffer.length) {
            int n = Math.min(buffer.length, out.length() - start);
            for (int i = 0; i < n; i++) {
                buffer[i] = (byte) out.charAt(start + i);
            }
            os.write(buffer, 0, n);
        }
    }

    /** Appends a two-byte character code to {@code sb} as a hex string, {@code <0041>}. */
    static StringBuilder code(int cid, StringBuilder sb) {
        return sb.append('<')
                .append(HEX[(cid >> 12) & 0xF])
                .append(HEX[(cid >> 8) & 0xF])
                .append(HEX[(cid >> 4) & 0xF])
                .append(HEX[cid & 0xF])
                .append('>');
    }

    /**
     * Appends {@code value} with at most three decimals, no exponent, no trailing zeros: the same bytes on
     * every machine. Written digit by digit into {@code sb}: a page has thousands of numbers, and a string
     * for each was a tenth of what a volume allocates.
     */
    static StringBuilder format(double value, StringBuilder sb) {
        long thousandths = Math.round(value * 1000);
        if (thousandths == 0) {
            return sb.append('0');
        }
        if (thousandths < 0) {
            sb.append('-');
            thousandths = -thousandths;
        }
        sb.append(thousandths / 1000);
        int fraction = (int) (thousandths % 1000);
        if (fraction != 0) {
            sb.append('.');
            int digits = 3;
            while (fraction % 10 == 0) {
                fraction /= 10;
                digits--;
            }
            for (int unit = digits == 3 ? 100 : digits == 2 ? 10 : 1; unit > 0; unit /= 10) {
                sb.append((char) ('0' + fraction / unit % 10));
            }
        }
        return sb;
    }
}

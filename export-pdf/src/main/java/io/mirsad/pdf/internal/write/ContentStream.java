package io.mirsad.pdf.internal.write;

import java.nio.charset.StandardCharsets;

/** The operators of one page's content stream, written as text with numbers in a fixed format. */
final class ContentStream {
    private final StringBuilder out = new StringBuilder(8192);

    ContentStream op(String operator) {
        out.append(operator).append('\n');
        return this;
    }

    ContentStream num(double value) {
        out.append(format(value)).append(' ');
        return this;
    }

    ContentStream name(String name) {
        out.append('/').append(name).append(' ');
        return this;
    }

    /** Appends raw operator text, e.g. a {@code TJ} array being built. */
    ContentStream raw(String text) {
        out.append(text);
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

    byte[] bytes() {
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** At most three decimals, no exponent, no trailing zeros: the same bytes on every machine. */
    static String format(double value) {
        long thousandths = Math.round(value * 1000);
        if (thousandths == 0) {
            return "0";
        }
        StringBuilder sb = new StringBuilder(12);
        if (thousandths < 0) {
            sb.append('-');
            thousandths = -thousandths;
        }
        sb.append(thousandths / 1000);
        int fraction = (int) (thousandths % 1000);
        if (fraction != 0) {
            sb.append('.');
            String digits = Integer.toString(fraction + 1000).substring(1);
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            sb.append(digits, 0, end);
        }
        return sb.toString();
    }
}

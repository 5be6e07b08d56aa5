package io.mirsad.pdf.internal.write;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
        num(((rgb >> 16) & 0xFF) / 255.0).num(((rgb >> 8) & 0xFF) / 255.0).num((rgb & 0xFF) / 255.0).op("rg");
    }

    void strokeColor(int rgb) {
        num(((rgb >> 16) & 0xFF) / 255.0).num(((rgb >> 8) & 0xFF) / 255.0).num((rgb & 0xFF) / 255.0).op("RG");
    }

    byte[] bytes() {
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** At most three decimals, no exponent, no trailing zeros: the same bytes on every machine. */
    static String format(double value) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}

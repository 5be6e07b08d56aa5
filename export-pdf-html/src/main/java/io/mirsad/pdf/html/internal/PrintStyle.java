package io.mirsad.pdf.html.internal;

import io.mirsad.digest.text.DigitStyle;
import io.mirsad.pdf.PdfLayout;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The style the edition is printed in: rules for the {@code pdf.*} options (paper, margins, body size,
 * columns, digits) written in front of the default sheet {@code print.css}; the user's sheet, if any, is
 * linked after both.
 */
final class PrintStyle {
    private static final String DEFAULT = load();
    private static final List<String> MARGIN_BOXES = List.of(
            "top-left-corner",
            "top-left",
            "top-center",
            "top-right",
            "top-right-corner",
            "right-top",
            "right-middle",
            "right-bottom",
            "bottom-right-corner",
            "bottom-right",
            "bottom-center",
            "bottom-left",
            "bottom-left-corner",
            "left-bottom",
            "left-middle",
            "left-top");

    private PrintStyle() {}

    static String css(PdfLayout layout, String family) {
        String face = quoted(family) + ", serif";
        String folio = layout.digits() == DigitStyle.ARABIC_INDIC ? "counter(page, arabic-indic)" : "counter(page)";
        StringBuilder css = new StringBuilder(String.format(
                Locale.ROOT,
                "@page { size: %spt %spt; margin: %spt %spt %spt %spt;",
                n(layout.paper().width()),
                n(layout.paper().height()),
                n(layout.margins().top()),
                n(layout.margins().right()),
                n(layout.margins().bottom()),
                n(layout.margins().left())));
        // Margin boxes take no font from the document, and OpenHTMLtoPDF keeps one @page rule's boxes:
        // every box gets the face here, so that text a user's sheet puts in any of them is embedded too.
        for (String box : MARGIN_BOXES) {
            css.append("\n  @")
                    .append(box)
                    .append(" { font-family: ")
                    .append(face)
                    .append("; font-size: 9pt; color: #5c5c5c;");
            if (box.equals("top-center")) {
                css.append(" content: element(running-header); vertical-align: bottom;");
            } else if (box.equals("bottom-center")) {
                css.append(" content: ").append(folio).append("; vertical-align: middle;");
            }
            css.append(" }");
        }
        css.append("\n}\n@page :first { @top-center { font-family: ")
                .append(face)
                .append("; content: none; } }\n")
                .append(String.format(
                        Locale.ROOT,
                        "html { font-size: %spt; }\nhtml, .running-header { font-family: %s; }\n",
                        n(layout.bodySize()),
                        face));
        if (layout.columns() == 2) {
            css.append(".edition-body { column-count: 2; column-gap: 18pt; }\n");
        }
        if (layout.digits() == DigitStyle.ARABIC_INDIC) {
            css.append("ol { list-style-type: arabic-indic; }\n");
        }
        return css.append(DEFAULT).toString();
    }

    /** A CSS string; family names come from font registries, so quotes and backslashes are escaped. */
    private static String quoted(String family) {
        return '"' + family.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\x00-\\x1f]", "") + '"';
    }

    private static String n(float v) {
        return v == Math.rint(v) ? Integer.toString((int) v) : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String load() {
        try (InputStream in = PrintStyle.class.getResourceAsStream("print.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

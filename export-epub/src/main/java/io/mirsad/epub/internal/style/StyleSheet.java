package io.mirsad.epub.internal.style;

import io.mirsad.digest.text.DigitStyle;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The house style: the embedded faces, a generous line height for Arabic, justified text, modest
 * headline sizes. Direction comes from the documents' {@code dir} attributes, never from CSS (EPUB
 * forbids {@code direction} and {@code unicode-bidi} in style sheets), and spacing uses logical
 * properties so the same sheet serves right-to-left and left-to-right editions.
 */
public final class StyleSheet {
    private static final String HOUSE_STYLE = """
            html { font-family: %s; }
            body { margin: 0 4%%; font-size: 1.15em; line-height: 1.8; text-align: justify; \
            font-variant-ligatures: common-ligatures; }
            p { margin: 0 0 0.7em; orphans: 2; widows: 2; }
            h1, h2 { font-weight: bold; line-height: 1.4; text-align: start; page-break-after: avoid; break-after: avoid; }
            h1 { font-size: 1.6em; margin: 1.2em 0 0.8em; }
            h2 { font-size: 1.3em; margin: 1.4em 0 0.6em; }
            h1.edition-title { font-size: 1.8em; text-align: center; }
            section { margin-bottom: 1.5em; }
            strong { font-weight: bold; }
            em { font-style: normal; color: #5b4636; }
            a { color: #1f4e79; text-decoration: underline; }
            blockquote { margin: 1em 1.2em; padding-inline-start: 0.9em; border-inline-start: 3px solid #b9a58b; \
            font-size: 1.05em; }
            blockquote p { margin: 0; }
            figure { margin: 1.2em 0; text-align: center; page-break-inside: avoid; break-inside: avoid; }
            figure.quote { text-align: start; }
            figure img { max-width: 100%%; height: auto; }
            figcaption { font-size: 0.9em; color: #444; text-align: center; }
            figure.quote figcaption { text-align: end; margin-inline-end: 1.2em; }
            ul, ol { margin: 0 0 0.8em; padding-inline-start: 1.6em; }
            li { margin-bottom: 0.3em; }
            a.noteref { font-size: 0.7em; vertical-align: super; line-height: 0; padding: 0 0.15em; }
            .section-sources { font-size: 0.9em; color: #444; }
            ol.endnotes { list-style: none; padding: 0; }
            ol.endnotes li { margin-bottom: 0.5em; }
            a.backlink { font-weight: bold; padding-inline-end: 0.3em; }
            .sources ul { list-style: none; padding: 0; }
            .sources li { margin-bottom: 0.6em; }
            .source-name { font-weight: bold; }
            .titlepage { text-align: center; margin-top: 12%%; }
            .titlepage .series { font-size: 1.1em; color: #5b4636; }
            .titlepage .title { font-size: 2em; margin: 0.8em 0; text-align: center; }
            .titlepage .subtitle { font-size: 1.25em; }
            .titlepage .authors, .titlepage .date { margin-top: 1.5em; }
            .titlepage .description { margin: 2em 8%%; font-size: 0.95em; }
            .titlepage .rights { font-size: 0.85em; color: #555; margin-top: 2em; }
            .cover { text-align: center; margin: 0; }
            .cover img { max-width: 100%%; max-height: 98vh; }
            nav ol { list-style: none; padding-inline-start: 1em; }
            nav li { margin-bottom: 0.4em; }
            """;

    private StyleSheet() {}

    /**
     * The style sheet for documents set in {@code fonts}, whose {@code href}s are relative to the sheet;
     * numbered lists count in {@code digits}, like the notes and dates.
     */
    public static byte[] write(List<EmbeddedFont> fonts, String pathToRoot, DigitStyle digits) {
        StringBuilder css = new StringBuilder();
        for (EmbeddedFont font : fonts) {
            css.append("@font-face { font-family: ")
                    .append(quoted(font.face().family()))
                    .append("; font-weight: ")
                    .append(font.face().bold() ? "bold" : "normal")
                    .append("; font-style: normal; src: url(")
                    .append(quoted(pathToRoot + font.href()))
                    .append("); }\n");
        }
        Set<String> families = new LinkedHashSet<>();
        fonts.forEach(f -> families.add(quoted(f.face().family())));
        families.add("serif");
        css.append(HOUSE_STYLE.formatted(families.stream().collect(Collectors.joining(", "))));
        if (digits == DigitStyle.ARABIC_INDIC) {
            css.append("ol { list-style-type: arabic-indic; }\n");
        }
        return css.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A CSS string literal; family names come from font registries, so quotes and backslashes are escaped. */
    private static String quoted(String value) {
        StringBuilder sb = new StringBuilder("\"");
        value.codePoints().forEach(cp -> {
            if (cp == '"' || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
            } else if (cp < 0x20 || cp == 0x7F) {
                sb.append('\\').append(Integer.toHexString(cp)).append(' ');
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.append('"').toString();
    }
}

package io.mirsad.pdf.html;

import io.mirsad.fonts.FontRegistry;
import io.mirsad.pdf.html.internal.HtmlEngine;
import io.mirsad.pdf.spi.PdfEngine;
import io.mirsad.pdf.spi.PdfEngineProvider;
import java.util.Set;

/**
 * The CSS-template PDF engine, selected with {@code pdf.engine=html}: the digest as XHTML (the same
 * renderer the EPUB uses, plus a running header, folios and a sources page), laid out by OpenHTMLtoPDF
 * under Mirsad's print style sheet and any style sheet the user adds with {@value #CSS}. Right-to-left text
 * goes through ICU's bidi algorithm and line breaker; the faces of the font registry are embedded,
 * page margin boxes included. The edition is PDF/A-3a and PDF/UA-1, carries the digest JSON as an
 * attachment, and has the same bytes for the same digest and options.
 *
 * <p>No network access is ever attempted: the user agent loads only the edition's own pictures and local
 * files ({@code file:} URLs, relative ones resolved against the user's style sheet); any other URL is refused
 * and reported to the export's warning listener.
 */
public final class HtmlEngineProvider implements PdfEngineProvider {
    /** The engine's name, the value of {@code pdf.engine}. */
    public static final String NAME = "html";
    /** Option: the path of a CSS file applied after the default print style sheet. */
    public static final String CSS = "html.css";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> optionKeys() {
        return Set.of(CSS);
    }

    @Override
    public PdfEngine create(FontRegistry fonts) {
        return new HtmlEngine(fonts);
    }
}

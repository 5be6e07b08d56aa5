/**
 * The CSS-template PDF engine on OpenHTMLtoPDF, {@link io.mirsad.pdf.html.HtmlEngineProvider}, found by the
 * PDF exporter when an export asks for {@code pdf.engine=html}. The machinery lives in
 * {@code io.mirsad.pdf.html.internal} and is not API.
 */
package io.mirsad.pdf.html;

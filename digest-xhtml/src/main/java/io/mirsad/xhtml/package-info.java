/**
 * The one XHTML renderer of a digest, shared by the EPUB exporter and the CSS-template PDF engine: the
 * title page, the body sections ({@link io.mirsad.xhtml.ChapterWriter}) and the notes and sources
 * ({@link io.mirsad.xhtml.EndnotesWriter}), written through {@link io.mirsad.xhtml.xml.XmlWriter} so that
 * digest text is always escaped. Exporters frame these documents (EPUB packaging, print-only elements);
 * they do not write body markup of their own. Machinery for exporters, not an embedder's API.
 */
package io.mirsad.xhtml;

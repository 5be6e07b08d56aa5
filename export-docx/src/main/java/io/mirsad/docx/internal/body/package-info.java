/** The body of {@code word/document.xml} and {@code word/footnotes.xml}: title block, contents, sections, sources. */
package io.mirsad.docx.internal.body;

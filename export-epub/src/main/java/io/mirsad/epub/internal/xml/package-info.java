/** Escaping XML output shared by every document the EPUB exporter writes. */
package io.mirsad.epub.internal.xml;

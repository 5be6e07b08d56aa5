/** Escaping XML output shared by every document the XHTML renderer and the exporters write. */
package io.mirsad.xhtml.xml;

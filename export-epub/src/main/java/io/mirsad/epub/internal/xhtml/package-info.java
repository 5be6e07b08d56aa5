/**
 * The XHTML5 content documents: cover page, title page, navigation document, chapters and endnotes,
 * written through {@link io.mirsad.epub.internal.xml.XmlWriter} so that digest text is always escaped.
 */
package io.mirsad.epub.internal.xhtml;

/** The EPUB 3 package around the content: container file, package document, NCX and the zip container. */
package io.mirsad.epub.internal.pack;

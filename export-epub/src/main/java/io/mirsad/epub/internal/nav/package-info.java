/**
 * The two documents only an EPUB has: the navigation document (table of contents and landmarks) and
 * the cover page. The body, title page and notes come from the shared renderer in {@code io.mirsad.xhtml}.
 */
package io.mirsad.epub.internal.nav;

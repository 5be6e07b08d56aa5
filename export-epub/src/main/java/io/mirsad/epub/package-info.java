/**
 * The EPUB 3 edition of a digest: {@link io.mirsad.epub.EpubExporter}, registered as the {@code epub}
 * format. The machinery lives in {@code io.mirsad.epub.internal} and is not API.
 */
package io.mirsad.epub;

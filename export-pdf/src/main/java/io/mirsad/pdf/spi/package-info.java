/**
 * The engine SPI of the PDF exporter: {@link io.mirsad.pdf.spi.PdfEngineProvider} lets a sibling module
 * (such as {@code export-pdf-html}) offer another way of laying out the edition, selected per export with
 * the {@code pdf.engine} option.
 */
package io.mirsad.pdf.spi;

/**
 * The PDF edition: {@link io.mirsad.pdf.PdfExporter} and its layout settings. The typesetter behind it lives
 * in {@code io.mirsad.pdf.internal}, one package per stage in pipeline order: {@code itemize} (bidi runs and
 * faces), {@code shape} (glyphs from the JDK's HarfBuzz), {@code linebreak}, {@code justify} (spaces and
 * kashida), {@code layout} (pages) and {@code write} (PDFBox objects, fonts, ToUnicode).
 */
package io.mirsad.pdf;

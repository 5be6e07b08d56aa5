/**
 * The DOCX edition: {@link io.mirsad.docx.DocxExporter}, registered as the {@code docx} format. Its
 * machinery lives in {@code io.mirsad.docx.internal}, one writer per part of the package.
 */
package io.mirsad.docx;

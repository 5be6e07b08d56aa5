/**
 * How the DOCX edition is built: {@link io.mirsad.docx.internal.DocxWriter} runs one writer per part of
 * the package — {@code part} for styles, settings, page setup, header and footer, numbering, fonts and
 * core properties; {@code body} for the document body and its footnotes; {@code text} for runs,
 * directions and fields; {@code pkg} for the final, deterministic zip. Not API: it may change freely.
 */
package io.mirsad.docx.internal;

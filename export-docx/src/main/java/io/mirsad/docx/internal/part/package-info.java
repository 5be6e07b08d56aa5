/** The parts around the body: styles, settings, page setup, header and footer, numbering, fonts, properties. */
package io.mirsad.docx.internal.part;

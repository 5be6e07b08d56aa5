/** Font file machinery: reading and writing sfnt tables, and subsetting that keeps glyph ids and layout tables. */
package io.mirsad.fonts.internal;

/**
 * Fonts for the editions: the bundled Amiri faces (SIL Open Font License, licence text at
 * {@code /io/mirsad/fonts/amiri/OFL.txt}) and a {@link io.mirsad.fonts.FontRegistry} for faces of your own.
 */
package io.mirsad.fonts;

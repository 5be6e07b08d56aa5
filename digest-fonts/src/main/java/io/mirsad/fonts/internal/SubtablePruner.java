package io.mirsad.fonts.internal;

/** Cuts the lookup subtables of one layout table to the glyphs a subset keeps. */
interface SubtablePruner {
    /**
     * The subtable of lookup type {@code type} at {@code at} without its records for glyphs no longer
     * kept, or null if it can act on none of the kept glyphs.
     *
     * @throws UnsupportedLayout if the subtable's format is not one this package reads
     */
    Block prune(int type, int at);
}

package io.mirsad.fonts.internal;

import com.ibm.icu.text.Normalizer2;
import java.util.BitSet;
import java.util.stream.IntStream;

/**
 * The characters a shaping engine may look up in a font for a text: its own, the canonical
 * decompositions of those the font lacks (HarfBuzz then draws the parts) and the canonical compositions of a character of
 * the text with a combining mark of the text (HarfBuzz composes a base and a mark when the font has
 * the composed character, as with alef and hamza above).
 */
final class NormalForms {
    private NormalForms() {}

    /** Every character of {@code text} and those it may be composed or decomposed into, once each. */
    static IntStream of(CharSequence text, CharacterMap cmap) {
        Normalizer2 nfd = Normalizer2.getNFDInstance();
        Normalizer2 nfc = Normalizer2.getNFCInstance();
        BitSet characters = new BitSet();
        text.codePoints().forEach(cp -> {
            characters.set(cp);
            String decomposed = nfd.getDecomposition(cp);
            if (decomposed != null && cmap.glyph(cp) == 0) {
                decomposed.codePoints().forEach(characters::set);
            }
        });
        BitSet marks = new BitSet();
        characters.stream().filter(cp -> nfc.getCombiningClass(cp) != 0).forEach(marks::set);
        BitSet composed = new BitSet();
        characters.stream()
                .forEach(base -> marks.stream().forEach(mark -> {
                    int pair = nfc.composePair(base, mark);
                    if (pair >= 0) {
                        composed.set(pair);
                    }
                }));
        characters.or(composed);
        return characters.stream();
    }
}

package io.mirsad.digest.text;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;

/** Which digits numbers are shown in. */
public enum DigitStyle {
    /** 0123456789 */
    WESTERN,
    /** ٠١٢٣٤٥٦٧٨٩ (U+0660…U+0669) */
    ARABIC_INDIC;

    private static final ArabicShaping TO_ARABIC_INDIC =
            new ArabicShaping(ArabicShaping.DIGITS_EN2AN | ArabicShaping.DIGIT_TYPE_AN);

    /** The name used in options and JSON: {@code western}, {@code arabic-indic}. */
    public String jsonName() {
        return this == WESTERN ? "western" : "arabic-indic";
    }

    /** Parses a {@linkplain #jsonName() name}. */
    public static DigitStyle fromName(String name) {
        for (DigitStyle s : values()) {
            if (s.jsonName().equalsIgnoreCase(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown digit style '" + name + "' (use western or arabic-indic)");
    }

    /** Rewrites the European digits of {@code text} in this style; other characters are kept. */
    public String apply(String text) {
        if (this == WESTERN) {
            return text;
        }
        try {
            return TO_ARABIC_INDIC.shape(text);
        } catch (ArabicShapingException e) {
            throw new IllegalStateException("ICU digit shaping failed", e);
        }
    }
}

package io.mirsad.pdf.internal.justify;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a word may take a kashida (tatweel): between an Arabic letter that joins on both sides, in its
 * initial or medial form, and a following letter it joins to. Never after a letter that does not join
 * forward (alef, dal, ra, waw…), never inside lam-alef, never outside Arabic script.
 */
public final class KashidaPoints {
    private KashidaPoints() {}

    /**
     * The insertion indices in {@code text[from, to)}, relative to {@code from}, nearest the word's end first
     * (Naskh setters stretch the last joint of a word before the others).
     */
    public static List<Integer> find(char[] text, int from, int to) {
        List<Integer> points = new ArrayList<>();
        int i = from;
        while (i < to) {
            int cp = Character.codePointAt(text, i);
            int next = skipMarks(text, i + Character.charCount(cp), to);
            if (next < to && joinsForward(cp)) {
                int following = Character.codePointAt(text, next);
                if (joinsBackward(following) && !lamAlef(cp, following)) {
                    points.add(0, next - from);
                }
            }
            i = next;
        }
        return points;
    }

    private static int skipMarks(char[] text, int i, int to) {
        while (i < to) {
            int cp = Character.codePointAt(text, i);
            if (joiningType(cp) != UCharacter.JoiningType.TRANSPARENT) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private static boolean joinsForward(int cp) {
        return UScript.getScript(cp) == UScript.ARABIC && joiningType(cp) == UCharacter.JoiningType.DUAL_JOINING;
    }

    private static boolean joinsBackward(int cp) {
        int t = joiningType(cp);
        return UScript.getScript(cp) == UScript.ARABIC
                && (t == UCharacter.JoiningType.DUAL_JOINING || t == UCharacter.JoiningType.RIGHT_JOINING);
    }

    private static boolean lamAlef(int cp, int following) {
        return UCharacter.getIntPropertyValue(cp, UProperty.JOINING_GROUP) == UCharacter.JoiningGroup.LAM
                && UCharacter.getIntPropertyValue(following, UProperty.JOINING_GROUP) == UCharacter.JoiningGroup.ALEF;
    }

    private static int joiningType(int cp) {
        return UCharacter.getIntPropertyValue(cp, UProperty.JOINING_TYPE);
    }
}

package io.mirsad.digest.importer;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Ways a page may name the institutions of the default gazetteer, and spelling noise on top. */
final class Citations {
    private Citations() {
    }

    /**
     * A name of an institution as a page may write it.
     *
     * @param sourceId the gazetteer id it must be attributed to
     * @param text     the words of the mention
     */
    record Name(String sourceId, String text) {
    }

    /** Every name, variant and "name (ACRONYM)" of every default entry. */
    static List<Name> all() {
        List<Name> names = new ArrayList<>();
        for (GazetteerEntry e : Gazetteer.defaults().entries()) {
            names.add(new Name(e.id(), e.arabicName()));
            e.variants().forEach(v -> names.add(new Name(e.id(), v)));
            e.acronyms().stream().findFirst().ifPresent(a -> names.add(new Name(e.id(), e.arabicName() + " (" + a + ")")));
        }
        return names;
    }

    static Arbitrary<Name> names() {
        return Arbitraries.of(all());
    }

    /**
     * Respells a name the way Arabic media do: ج for غ and back, ى for a final ي, ه for ة, bare alef
     * for hamzated alef, ز for س at a word's end, a fatha on some consonants. Each bit of {@code bits}
     * switches the change on at every 20th character from its position.
     */
    static String respell(String name, int bits) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean on = ((bits >> (i % 20)) & 1) != 0;
            boolean wordEnd = i + 1 == name.length() || !Character.isLetter(name.charAt(i + 1));
            if (!on) {
                sb.append(c);
            } else if (c == 'غ') {
                sb.append('ج');
            } else if (c == 'ج') {
                sb.append('غ');
            } else if (c == 'ي' && wordEnd) {
                sb.append('ى');
            } else if (c == 'ة') {
                sb.append('ه');
            } else if (c == 'أ' || c == 'إ') {
                sb.append('ا');
            } else if (c == 'س' && wordEnd) {
                sb.append('ز');
            } else if ("رمكلند".indexOf(c) >= 0) {
                sb.append(c).append('\u064E');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}

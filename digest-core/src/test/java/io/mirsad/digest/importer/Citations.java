package io.mirsad.digest.importer;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Ways a page may name the institutions of the default gazetteer, and spelling noise on top. */
final class Citations {
    private Citations() {}

    /** Invented institutions no gazetteer has: a head noun and one to three of these words. */
    private static final List<String> INVENTED_HEADS = List.of("مركز", "معهد", "مؤسسة", "منتدى");

    private static final List<String> INVENTED_WORDS = List.of(
            "الواحات",
            "للبحوث",
            "الاقتصادية",
            "الرافدين",
            "للتنمية",
            "البيئية",
            "الأطلس",
            "للسياسات",
            "النخيل",
            "الساحلية",
            "لدراسات",
            "المدن",
            "الزيتون",
            "والتخطيط");

    /**
     * A name of an institution as a page may write it.
     *
     * @param sourceName the name the digest must list the source under
     * @param sourceId   the gazetteer id it must be attributed to, or null for an institution no gazetteer has
     * @param text       the words of the mention
     */
    record Name(String sourceName, String sourceId, String text) {}

    /** Every name, variant and "name (ACRONYM)" of every default entry. */
    static List<Name> all() {
        List<Name> names = new ArrayList<>();
        for (GazetteerEntry e : Gazetteer.defaults().entries()) {
            names.add(new Name(e.arabicName(), e.id(), e.arabicName()));
            e.variants().forEach(v -> names.add(new Name(e.arabicName(), e.id(), v)));
            e.acronyms().stream()
                    .findFirst()
                    .ifPresent(a -> names.add(new Name(e.arabicName(), e.id(), e.arabicName() + " (" + a + ")")));
        }
        return names;
    }

    /** Mostly gazetteer names, sometimes an invented institution. */
    static Arbitrary<Name> names() {
        Arbitrary<Name> invented = Combinators.combine(
                        Arbitraries.of(INVENTED_HEADS),
                        Arbitraries.of(INVENTED_WORDS).list().ofMinSize(1).ofMaxSize(3))
                .as((head, words) -> head + " " + String.join(" ", words))
                .map(name -> new Name(name, null, name));
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(all())), Tuple.of(1, invented));
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

package io.mirsad.digest.internal.importer;

import java.util.ArrayList;
import java.util.List;

/** The one-letter words Arabic writes joined to the next word: و ف ب ل ك, alone and combined. */
final class Proclitics {
    /** Longest first, so "وللمعهد" loses "ولل" rather than only "و". */
    static final List<String> ALL = List.of("ولل", "فلل", "وب", "ول", "وك", "فب", "فل", "لل", "و", "ف", "ب", "ل", "ك");

    private Proclitics() {}

    /**
     * The ways the word can be read: as written, then without each proclitic it starts with. Each
     * reading is the folded key and the offset in the line where that reading starts.
     */
    static List<Reading> readings(WordToken token) {
        List<Reading> readings = new ArrayList<>();
        readings.add(new Reading(token.folded(), token.start()));
        for (String proclitic : ALL) {
            int offset = token.afterProclitic(proclitic);
            if (offset >= 0) {
                readings.add(new Reading(NameFolder.fold(token.raw().substring(offset - token.start())), offset));
            }
        }
        return readings;
    }

    /** A reading of a word: its match key and where in the line it starts. */
    record Reading(String key, int start) {}
}

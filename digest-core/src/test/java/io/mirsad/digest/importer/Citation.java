package io.mirsad.digest.importer;

/**
 * A reporting phrase and the institution it names, respelled.
 *
 * @param cue     the reporting phrase ("وذكر", "ووفقًا لـ"…)
 * @param name    the institution's name as the gazetteer has it
 * @param respell bits choosing the spelling changes ({@link Citations#respell})
 */
record Citation(String cue, Citations.Name name, int respell) {

    /** The words of the mention as the page writes them; an invented name keeps its spelling. */
    String mention() {
        return name.sourceId() == null ? name.text() : Citations.respell(name.text(), respell);
    }

    /** The name the digest must list the cited source under. */
    String sourceName() {
        return name.sourceName();
    }
}

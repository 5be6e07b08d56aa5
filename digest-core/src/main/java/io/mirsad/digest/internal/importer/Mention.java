package io.mirsad.digest.internal.importer;

/**
 * A place where a paragraph names a source.
 *
 * @param start      the offset of the mention's first char in the paragraph
 * @param end        the offset after its last char
 * @param sourceId   the id of the source named
 * @param firstToken the index of the first word the mention covers
 * @param lastToken  the index of the last word it covers
 */
record Mention(int start, int end, String sourceId, int firstToken, int lastToken) {

    Mention withSpan(int newStart, int newEnd, int newFirstToken, int newLastToken) {
        return new Mention(newStart, newEnd, sourceId, newFirstToken, newLastToken);
    }
}

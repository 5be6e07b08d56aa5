package io.mirsad.xhtml;

import java.util.ArrayList;
import java.util.List;

/**
 * The endnotes of one edition, numbered in reading order as the chapters cite their sources.
 * Chapters add notes while they are written; the notes document is written last and links back.
 */
public final class Endnotes {
    private final String notesHref;
    private final List<Note> notes = new ArrayList<>();

    /**
     * One citation.
     *
     * @param number      the note number, from 1
     * @param sourceId    the cited source
     * @param citingHref  the document holding the note reference
     */
    public record Note(int number, String sourceId, String citingHref) {
        /** The id of the endnote entry. */
        public String noteId() {
            return "note-" + number;
        }

        /** The id of the note reference in the text. */
        public String refId() {
            return "ref-" + number;
        }
    }

    /** Notes that will be written to the document at {@code notesHref}. */
    public Endnotes(String notesHref) {
        this.notesHref = notesHref;
    }

    /** Numbers a new citation of {@code sourceId} made in the document at {@code citingHref}. */
    Note cite(String sourceId, String citingHref) {
        Note note = new Note(notes.size() + 1, sourceId, citingHref);
        notes.add(note);
        return note;
    }

    /** Where the note references point. */
    String notesHref() {
        return notesHref;
    }

    /** Every note, in number order. */
    public List<Note> notes() {
        return List.copyOf(notes);
    }
}

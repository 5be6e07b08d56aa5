package io.mirsad.epub.internal.xhtml;

import java.util.List;

/**
 * One content document of the body: a single section, or all of them when the edition is not split.
 *
 * @param href     the document's path inside the package, relative to the package document
 * @param id       its manifest id
 * @param title    its {@code <title>} and table-of-contents label
 * @param sections the indices of the digest sections it holds, in reading order
 */
public record Chapter(String href, String id, String title, List<Integer> sections) {
    public Chapter {
        sections = List.copyOf(sections);
    }

    /** The fragment id of the digest section at {@code index}. */
    public static String anchor(int index) {
        return "section-" + (index + 1);
    }
}

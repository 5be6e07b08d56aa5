package io.mirsad.xhtml;

import io.mirsad.digest.Section;
import java.util.List;
import java.util.regex.Pattern;

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

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_.-]+");

    /**
     * The fragment id of {@code section}, at {@code index} in its digest: {@code s-} and the section's own
     * id, so links survive re-editions, when that id is plain ASCII safe in both XML ids and URLs; else
     * {@code section-} and its position. The prefixes keep the two kinds and the note ids apart.
     */
    public static String anchor(Section section, int index) {
        return SAFE_ID.matcher(section.id()).matches() ? "s-" + section.id() : "section-" + (index + 1);
    }

    /** The id of the headline of the section with {@code anchor}. */
    static String headlineId(String anchor) {
        return "h-" + anchor;
    }
}

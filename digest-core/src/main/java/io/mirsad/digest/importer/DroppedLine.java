package io.mirsad.digest.importer;

import java.util.Objects;

/**
 * A line of the page that did not become part of the digest, and why.
 *
 * @param lineNumber the line's number in the page, counting from 1
 * @param text       the line as it was on the page (before whitespace normalisation)
 * @param reason     why it was left out
 */
public record DroppedLine(int lineNumber, String text, Reason reason) {

    public DroppedLine {
        if (lineNumber < 1) {
            throw new IllegalArgumentException("lineNumber must be at least 1, not " + lineNumber);
        }
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reason, "reason");
    }

    /** Why a line was left out. */
    public enum Reason {
        /** Empty, or made only of spaces, no-break spaces and invisible marks. */
        BLANK,
        /** Web-page furniture such as "ربما يعجبك أيضا" or "مواضيع ذات صلة". */
        PAGE_RESIDUE,
        /** A link to another article: "اقرأ أيضا: …", "شاهد أيضا: …". */
        TEASER,
        /** A call to share or follow: "شارك المقال", "تابعونا على …", "اشترك في النشرة". */
        SOCIAL,
        /** A publication or update date: "نُشر في …", "آخر تحديث: …". */
        PUBLICATION_DATE,
        /** A credit line ("المصدر: …") naming only sources its section already cites. */
        SOURCE_CREDIT,
        /** A repeat of a headline (or of the title), as image captions on the page are. */
        REPEATED_HEADLINE
    }
}

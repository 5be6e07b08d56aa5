package io.mirsad.pdf.internal.layout;

import io.mirsad.digest.Digest;
import io.mirsad.digest.Direction;
import io.mirsad.digest.Inline;
import io.mirsad.digest.Source;
import io.mirsad.digest.Urls;
import io.mirsad.pdf.internal.itemize.StyledText;
import io.mirsad.pdf.internal.itemize.TextRole;
import io.mirsad.pdf.internal.itemize.TextStyle;
import java.util.List;
import java.util.Optional;

/**
 * Turns a digest's inline runs into styled text: strong runs bold, emphasis and links in the accent colour;
 * links to web pages and citations of the digest's sources also get their {@link TextRole}, so that they
 * become links in the PDF.
 */
final class Paragraphs {
    /** How a citation's link describes where it leads. */
    private static final String CITES = "المصدر: ";

    private Paragraphs() {}

    /** The runs with {@code prefix}, a list item's label, before them. */
    static StyledText of(List<Inline> runs, TextStyle base, Direction direction, String prefix, Digest digest) {
        StyledText.Builder b = StyledText.builder(direction);
        if (prefix != null) {
            b.append(prefix, base.withRole(TextRole.LABEL));
        }
        for (Inline run : runs) {
            b.append(run.text(), styleOf(run, base, digest));
        }
        return b.build();
    }

    private static TextStyle styleOf(Inline run, TextStyle base, Digest digest) {
        if (run instanceof Inline.Strong) {
            return base.withBold(true);
        }
        if (run instanceof Inline.Link link) {
            TextStyle accent = base.withColor(Palette.ACCENT.rgb());
            return Urls.isLinkable(link.url()) ? accent.withRole(TextRole.link(link.url(), link.url())) : accent;
        }
        if (run instanceof Inline.Emphasis) {
            return base.withColor(Palette.ACCENT.rgb());
        }
        if (run instanceof Inline.SourceRef ref) {
            Optional<Source> source = digest.source(ref.sourceId());
            return source.map(s -> base.withRole(TextRole.reference(s.id(), CITES + s.name())))
                    .orElse(base);
        }
        return base;
    }
}

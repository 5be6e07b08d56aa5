package io.mirsad.pdf.internal.layout;

import io.mirsad.digest.Digest;
import io.mirsad.digest.Inline;
import io.mirsad.digest.Source;
import io.mirsad.digest.Urls;
import io.mirsad.digest.text.EditionLabels;
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
    private final Digest digest;
    /** How a citation's link describes where it leads, in the digest's language. */
    private final String cites;

    Paragraphs(Digest digest, EditionLabels labels) {
        this.digest = digest;
        this.cites = labels.source() + " ";
    }

    /** The runs with {@code prefix}, a list item's label, before them. */
    StyledText of(List<Inline> runs, TextStyle base, String prefix) {
        StyledText.Builder b = StyledText.builder(digest.metadata().direction());
        if (prefix != null) {
            b.append(prefix, base.withRole(TextRole.LABEL));
        }
        for (Inline run : runs) {
            b.append(run.text(), styleOf(run, base));
        }
        return b.build();
    }

    private TextStyle styleOf(Inline run, TextStyle base) {
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
            return source.map(s -> base.withRole(TextRole.reference(s.id(), cites + s.name())))
                    .orElse(base);
        }
        return base;
    }
}

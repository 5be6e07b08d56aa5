package io.mirsad.pdf.internal.layout;

import io.mirsad.digest.Block;
import io.mirsad.digest.Digest;
import io.mirsad.digest.Direction;
import io.mirsad.digest.Metadata;
import io.mirsad.digest.Section;
import io.mirsad.digest.SectionKind;
import io.mirsad.digest.Source;
import io.mirsad.digest.Urls;
import io.mirsad.digest.text.DigestDates;
import io.mirsad.digest.text.EditionLabels;
import io.mirsad.pdf.PdfLayout;
import io.mirsad.pdf.internal.itemize.StyledText;
import io.mirsad.pdf.internal.itemize.TextRole;
import io.mirsad.pdf.internal.itemize.TextStyle;
import io.mirsad.pdf.internal.justify.Line;
import io.mirsad.pdf.internal.write.PdfWriter;
import io.mirsad.pdf.internal.write.StructureTree;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Lays out a whole edition: the title block, the sections with their attribution lines, and the
 * sources page, then writes the PDF. Each thing placed is tagged with what it is (title {@code H1},
 * headlines {@code H2}, one level lower in a volume, paragraphs {@code P}, lists {@code L}/{@code LI}, quotes {@code BlockQuote},
 * figures), in reading order.
 */
public final class EditionLayout {
    private static final String DOT = " · ";

    private final Digest digest;
    private final PdfLayout layout;
    private final Typesetter typesetter;
    private final TypeScale scale;
    private final Direction direction;
    private final EditionLabels labels;
    private final Paragraphs paragraphs;
    private final boolean archival;
    private PageFlow flow;
    private StructureTree tags;
    /** The heading types of the title and of section headlines: one level lower in a volume's part. */
    private String titleHeading = "H1";

    private String headlineHeading = "H2";

    /** @param archival whether the edition claims PDF/A-3a and PDF/UA-1 */
    public EditionLayout(Digest digest, PdfLayout layout, Typesetter typesetter, boolean archival) {
        this.digest = digest;
        this.layout = layout;
        this.typesetter = typesetter;
        this.archival = archival;
        this.scale = new TypeScale(fittedBodySize(layout));
        this.direction = digest.metadata().direction();
        this.labels = EditionLabels.forLanguage(digest.metadata().language());
        this.paragraphs = new Paragraphs(digest, labels);
    }

    /** A column narrower than this many ems holds too few words per line to justify evenly. */
    private static final float MIN_MEASURE_EMS = 26;

    private static final float MIN_BODY_SIZE = 9;

    static float fittedBodySize(PdfLayout layout) {
        float text = layout.paper().width()
                - layout.margins().left()
                - layout.margins().right();
        float column = layout.columns() == 1 ? text : (text - PageFlow.COLUMN_GAP) / 2;
        return Math.min(layout.bodySize(), Math.max(MIN_BODY_SIZE, column / MIN_MEASURE_EMS));
    }

    /** Lays out and writes the edition to {@code out}; nothing is written if layout fails. Call once. */
    public void write(OutputStream out) throws IOException {
        write(out, null);
    }

    /** As {@link #write(OutputStream)}, telling {@code pages} (unless null) how each page was laid out. */
    void write(OutputStream out, Consumer<PageLayout> pages) throws IOException {
        Metadata m = digest.metadata();
        try (PdfWriter writer = new PdfWriter()) {
            tags = writer.structure();
            flow = new PageFlow(
                    writer,
                    layout,
                    direction == Direction.RTL,
                    header(m),
                    new Folios(typesetter, scale.header(), layout.digits(), direction),
                    scale.bodyLeading(),
                    pages);
            flow.span(true);
            titleBlock(m);
            flow.span(false);
            for (Section section : digest.sections()) {
                section(section);
            }
            if (!digest.sources().isEmpty()) {
                sourcesPage();
            }
            flow.finish();
            writer.save(digest, archival, out);
        }
    }

    /**
     * Writes the digest as a part of a volume, into the volume's flow: a title page of its own, then the
     * sections under {@code header}, their bookmarks nested under the part's. The volume prints the sources.
     * The title is tagged {@code H2} and headlines {@code H3}, under the volume's {@code H1}.
     *
     * @return the number of the part's first page
     */
    int writePart(PageFlow volumeFlow, Line header) throws IOException {
        flow = volumeFlow;
        tags = flow.structure();
        titleHeading = "H2";
        headlineHeading = "H3";
        flow.finish();
        flow.header(null);
        flow.outlineLevel(1);
        flow.span(true);
        flow.lowerTitle();
        int first = flow.pageNumber();
        flow.bookmark(digest.metadata().title());
        titleBlock(digest.metadata());
        flow.finish();
        flow.header(header);
        flow.outlineLevel(2);
        flow.span(false);
        for (Section section : digest.sections()) {
            section(section);
        }
        return first;
    }

    private void titleBlock(Metadata m) throws IOException {
        float b = scale.body();
        if (m.series() != null) {
            place("P", text(m.series(), scale.kicker(), Alignment.CENTER, b * 1.8f, 0, b * 0.3f, Role.TITLE, null));
        }
        place(
                titleHeading,
                text(m.title(), scale.title(), Alignment.CENTER, scale.titleLeading(), 0, b * 0.3f, Role.TITLE, null));
        if (m.subtitle() != null) {
            place(
                    "P",
                    text(
                            m.subtitle(),
                            scale.subtitle(),
                            Alignment.CENTER,
                            b * 1.25f * 1.7f,
                            0,
                            b * 0.4f,
                            Role.TITLE,
                            null));
        }
        if (!m.authors().isEmpty()) {
            place(
                    "P",
                    text(
                            labels.byline() + String.join(labels.listSeparator(), m.authors()),
                            scale.bodyText(),
                            Alignment.CENTER,
                            scale.bodyLeading(),
                            0,
                            0,
                            Role.TITLE,
                            null));
        }
        String dates = dates(m);
        if (!dates.isEmpty()) {
            place("P", text(dates, scale.small(), Alignment.CENTER, scale.smallLeading(), 0, 0, Role.TITLE, null));
        }
        flow.rule(flow.measure() / 3, b * 0.9f, b * 1.6f);
    }

    private void section(Section section) throws IOException {
        float b = scale.body();
        boolean intro = section.kind() == SectionKind.INTRODUCTION;
        String bookmark = section.headline() != null ? section.headline() : intro ? labels.introduction() : null;
        tags.begin("Sect");
        if (section.headline() != null) {
            boolean brief = section.kind() == SectionKind.BRIEF;
            place(
                    headlineHeading,
                    text(
                            section.headline(),
                            scale.headline(brief),
                            Alignment.START,
                            scale.headlineLeading(brief),
                            b * 1.4f,
                            b * 0.25f,
                            Role.HEADLINE,
                            bookmark));
            bookmark = null;
        }
        TextStyle style = intro ? scale.introduction() : scale.bodyText();
        float leading = intro ? scale.introductionLeading() : scale.bodyLeading();
        for (Block block : section.blocks()) {
            if (block instanceof Block.Paragraph p) {
                place(
                        "P",
                        set(
                                paragraphs.of(p.runs(), style, null),
                                leading,
                                Alignment.JUSTIFY,
                                0,
                                0,
                                b * 0.45f,
                                Role.BODY,
                                bookmark));
            } else if (block instanceof Block.Quote q) {
                tags.begin("BlockQuote");
                place(
                        "P",
                        set(
                                paragraphs.of(q.runs(), scale.quote(), null),
                                scale.bodyLeading(),
                                Alignment.JUSTIFY,
                                b * 1.6f,
                                b * 0.3f,
                                q.attribution() == null ? b * 0.6f : 0,
                                Role.QUOTE,
                                bookmark));
                if (q.attribution() != null) {
                    place(
                            "P",
                            set(
                                    StyledText.of("— " + q.attribution(), scale.small(), direction),
                                    scale.smallLeading(),
                                    Alignment.START,
                                    b * 1.6f,
                                    0,
                                    b * 0.6f,
                                    Role.ATTRIBUTION,
                                    null));
                }
                tags.end();
            } else if (block instanceof Block.ListBlock list) {
                tags.begin("L");
                for (int i = 0; i < list.items().size(); i++) {
                    String mark = list.ordered() ? layout.digits().apply(Integer.toString(i + 1)) + ". " : "• ";
                    place(
                            "LI",
                            set(
                                    paragraphs.of(list.items().get(i).runs(), style, mark),
                                    leading,
                                    Alignment.JUSTIFY,
                                    b,
                                    0,
                                    b * 0.2f,
                                    Role.BODY,
                                    i == 0 ? bookmark : null));
                }
                tags.end();
                flow.place(new SetText(List.of(), leading, Alignment.START, 0, 0, b * 0.3f, Role.BODY, null));
            } else if (block instanceof Block.Figure f) {
                tags.beginFigure(f.alt());
                flow.image(f.image());
                tags.end();
                String caption = f.caption() != null ? f.caption() : f.alt();
                place(
                        "P",
                        set(
                                StyledText.of(caption, scale.small(), direction),
                                scale.smallLeading(),
                                Alignment.CENTER,
                                0,
                                0,
                                b * 0.6f,
                                Role.CAPTION,
                                bookmark));
            }
            bookmark = null;
        }
        List<String> names = new ArrayList<>();
        for (String id : section.sources()) {
            digest.source(id).ifPresent(s -> names.add(s.name()));
        }
        if (!names.isEmpty()) {
            String label = (names.size() == 1 ? labels.source() : labels.sourcesLead()) + " ";
            StyledText line = StyledText.builder(direction)
                    .append(label, scale.small().withBold(true))
                    .append(String.join(labels.listSeparator(), names), scale.small())
                    .build();
            place("P", set(line, scale.smallLeading(), Alignment.START, 0, 0, b * 0.5f, Role.SOURCE_LINE, null));
        }
        tags.end();
    }

    private void sourcesPage() throws IOException {
        float b = scale.body();
        flow.newPage();
        flow.span(true);
        place(
                "H2",
                text(
                        labels.sources(),
                        scale.headline(false),
                        Alignment.START,
                        scale.headlineLeading(false),
                        0,
                        b * 0.8f,
                        Role.HEADLINE,
                        labels.sources()));
        tags.begin("L");
        List<Source> sources = digest.sources();
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.get(i);
            String number = layout.digits().apply(Integer.toString(i + 1)) + ". ";
            TextStyle bold = scale.bodyText().withBold(true);
            tags.beginAnchored("LI", s.id());
            flow.place(set(
                    StyledText.builder(direction)
                            .append(number, bold.withRole(TextRole.LABEL))
                            .append(s.name(), bold)
                            .build(),
                    scale.bodyLeading(),
                    Alignment.START,
                    0,
                    b * 0.6f,
                    0,
                    Role.SOURCE_NAME,
                    null));
            if (s.nameLatin() != null) {
                flow.place(text(
                        s.nameLatin(),
                        scale.small().withColor(Palette.INK.rgb()),
                        Alignment.START,
                        scale.smallLeading(),
                        0,
                        0,
                        Role.SOURCE_DETAIL,
                        null));
            }
            if (s.url() != null) {
                TextStyle url = scale.small().withColor(Palette.ACCENT.rgb());
                flow.place(text(
                        s.url(),
                        Urls.isLinkable(s.url()) ? url.withRole(TextRole.link(s.url(), s.url())) : url,
                        Alignment.START,
                        scale.smallLeading(),
                        0,
                        0,
                        Role.SOURCE_DETAIL,
                        null));
            }
            tags.end();
        }
        tags.end();
    }

    private Line header(Metadata m) {
        String date =
                m.published() == null ? null : DigestDates.gregorian(m.published(), m.language(), layout.digits());
        String label = m.series() != null ? m.series() : m.title();
        String text = date == null ? label : label + DOT + date;
        return typesetter.line(StyledText.of(text, scale.header(), direction));
    }

    private String dates(Metadata m) {
        if (m.published() == null) {
            return "";
        }
        String gregorian = DigestDates.gregorian(m.published(), m.language(), layout.digits());
        return labels.showsHijri()
                ? gregorian + DOT + DigestDates.hijri(m.published(), m.language(), layout.digits())
                : gregorian;
    }

    /** Places text as one structure element of {@code type}. */
    private void place(String type, SetText text) throws IOException {
        tags.begin(type);
        flow.place(text);
        tags.end();
    }

    private SetText text(
            String s,
            TextStyle style,
            Alignment alignment,
            float leading,
            float before,
            float after,
            Role role,
            String bookmark) {
        return set(StyledText.of(s, style, direction), leading, alignment, 0, before, after, role, bookmark);
    }

    private SetText set(
            StyledText s,
            float leading,
            Alignment alignment,
            float indent,
            float before,
            float after,
            Role role,
            String bookmark) {
        return new SetText(
                typesetter.lines(s, flow.measure() - indent, alignment),
                leading,
                alignment,
                indent,
                before,
                after,
                role,
                bookmark);
    }
}

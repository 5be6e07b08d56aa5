package io.mirsad.pdf.internal.layout;

import io.mirsad.digest.Digest;
import io.mirsad.digest.Direction;
import io.mirsad.digest.Metadata;
import io.mirsad.digest.Source;
import io.mirsad.digest.Volume;
import io.mirsad.digest.text.BidiText;
import io.mirsad.digest.text.DigestDates;
import io.mirsad.digest.text.EditionLabels;
import io.mirsad.export.SourceIndex;
import io.mirsad.pdf.PdfLayout;
import io.mirsad.pdf.internal.itemize.StyledText;
import io.mirsad.pdf.internal.itemize.TextStyle;
import io.mirsad.pdf.internal.justify.Line;
import io.mirsad.pdf.internal.write.PdfWriter;
import io.mirsad.pdf.internal.write.StructureTree;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lays out a volume of digests: the volume's title page, its table of contents with page numbers, each
 * digest as a part (title page, then sections under a running header naming it), and one index of the
 * sources of every digest, each with the digests citing it. Page numbers run through the volume; the
 * outline nests volume, digest and section. Digests are fetched one at a time and pages finished as they
 * fill, so memory holds one digest and the contents and index lines, whatever the volume's length.
 *
 * <p>The table of contents is written last, once every part's page is known, and moved behind the title
 * page; a first, throw-away setting of it with placeholder numbers tells how many pages to leave for it.
 */
public final class VolumeLayout {
    private static final String DOT = " · ";
    /** The end of a contents line kept free for its page number, in body ems. */
    private static final float NUMBER_COLUMN_EMS = 4;

    private final Volume volume;
    private final PdfLayout layout;
    private final Typesetter typesetter;
    private final TypeScale scale;
    private final Direction direction;
    private final boolean archival;
    /** The words the volume adds, in its language. */
    private final EditionLabels labels;

    /** @param archival whether the volume claims PDF/A-3a and PDF/UA-1 */
    public VolumeLayout(Volume volume, PdfLayout layout, Typesetter typesetter, boolean archival) {
        this.volume = volume;
        this.archival = archival;
        this.layout = layout;
        this.typesetter = typesetter;
        this.scale = new TypeScale(EditionLayout.fittedBodySize(layout));
        this.direction = volume.metadata().direction();
        this.labels = EditionLabels.forLanguage(volume.metadata().language());
    }

    /** Lays out and writes the volume to {@code out}; nothing is written if a part fails. Call once. */
    public void write(OutputStream out) throws IOException {
        Metadata m = volume.metadata();
        int contentsPages = contentsPages();
        try (PdfWriter writer = new PdfWriter()) {
            StructureTree tags = writer.structure();
            PageFlow flow = flow(writer, null);
            flow.span(true);
            flow.bookmark(m.title());
            titlePage(flow, m);
            // the contents are set last but read right after the title page
            StructureTree.Tag contentsTag = tags.placeholder("Sect");
            flow.finish();
            flow.skipTo(2 + contentsPages);

            SourceIndex index = new SourceIndex(m.language());
            List<Metadata> parts = new ArrayList<>();
            List<Integer> firstPages = new ArrayList<>();
            for (int i = 0; i < volume.parts().size(); i++) {
                Digest digest = volume.parts().get(i).digest();
                index.add(i, digest);
                parts.add(digest.metadata());
                begin(tags, "Part", digest.metadata().language());
                writer.attach(digest, attachmentName(i), digest.metadata().title());
                firstPages.add(new EditionLayout(digest, layout, typesetter, false)
                        .writePart(flow, partHeader(digest.metadata())));
                // the part's last page too, so that all of the part is finished and can be written out
                flow.finish();
                tags.end();
                writer.flush();
            }
            int indexPage = sourceIndex(flow, index, firstPages);
            flow.finish();
            writer.flush();

            PageFlow contents = flow(writer, typesetter.line(StyledText.of(m.title(), scale.header(), direction)));
            contents.skipTo(2);
            tags.reopen(contentsTag);
            contents(contents, parts, firstPages, indexPage);
            tags.end();
            contents.finish();
            int written = contents.pageNumber() - 1;
            if (written != contentsPages) {
                throw new IllegalStateException(
                        "the table of contents took " + written + " pages, not the " + contentsPages + " set aside");
            }
            writer.moveLastPages(written, 1);
            writer.save(m, archival, out);
        }
    }

    /**
     * The file name part {@code i} (0-based)'s digest is embedded under: {@code digest-1.json}…, numbered from
     * 1 with as many digits as the last number has, so that the names sort in the volume's order.
     */
    private String attachmentName(int i) {
        int width = Integer.toString(volume.parts().size()).length();
        return String.format(Locale.ROOT, "digest-%0" + width + "d.json", i + 1);
    }

    /** How many pages the table of contents takes, found by setting it once with placeholder numbers. */
    private int contentsPages() throws IOException {
        List<Metadata> parts =
                volume.parts().stream().map(Volume.Part::metadata).toList();
        List<Integer> placeholders = parts.stream().map(p -> 0).toList();
        try (PdfWriter scratch = new PdfWriter()) {
            PageFlow flow = flow(scratch, null);
            contents(flow, parts, placeholders, 0);
            flow.finish();
            return flow.pageNumber();
        }
    }

    private PageFlow flow(PdfWriter writer, Line header) {
        return new PageFlow(
                writer,
                layout,
                direction == Direction.RTL,
                header,
                new Folios(typesetter, scale.header(), layout.digits(), direction),
                scale.bodyLeading(),
                null);
    }

    private void titlePage(PageFlow flow, Metadata m) throws IOException {
        float b = scale.body();
        flow.lowerTitle();
        if (m.series() != null) {
            place(flow, "P", text(flow, m.series(), scale.kicker(), Alignment.CENTER, b * 1.8f, 0, b * 0.3f));
        }
        place(flow, "H1", text(flow, m.title(), scale.title(), Alignment.CENTER, scale.titleLeading(), 0, b * 0.3f));
        if (m.subtitle() != null) {
            place(
                    flow,
                    "P",
                    text(flow, m.subtitle(), scale.subtitle(), Alignment.CENTER, b * 1.25f * 1.7f, 0, b * 0.4f));
        }
        flow.rule(flow.measure() / 3, b * 0.9f, b * 1.6f);
        String span = dateSpan();
        if (!span.isEmpty()) {
            place(flow, "P", text(flow, span, scale.bodyText(), Alignment.CENTER, scale.bodyLeading(), 0, 0));
        }
        place(
                flow,
                "P",
                text(
                        flow,
                        labels.issueCount()
                                + layout.digits()
                                        .apply(Integer.toString(volume.parts().size())),
                        scale.small(),
                        Alignment.CENTER,
                        scale.smallLeading(),
                        0,
                        0));
    }

    /** The first and last publication dates of the parts, as the volume's title page gives them. */
    private String dateSpan() {
        List<java.time.LocalDate> dates = volume.parts().stream()
                .map(p -> p.metadata().published())
                .filter(d -> d != null)
                .sorted()
                .toList();
        if (dates.isEmpty()) {
            return "";
        }
        String lang = volume.metadata().language();
        String first = DigestDates.gregorian(dates.get(0), lang, layout.digits());
        String last = DigestDates.gregorian(dates.get(dates.size() - 1), lang, layout.digits());
        return first.equals(last) ? first : first + " – " + last;
    }

    /** The contents: a heading, then a {@code TOC} with an item per part and one for the index. */
    private void contents(PageFlow flow, List<Metadata> parts, List<Integer> pages, int indexPage) throws IOException {
        float b = scale.body();
        flow.span(true);
        place(
                flow,
                "H2",
                text(
                        flow,
                        labels.contents(),
                        scale.headline(false),
                        Alignment.START,
                        scale.headlineLeading(false),
                        0,
                        b));
        StructureTree tags = flow.structure();
        tags.begin("TOC");
        for (int i = 0; i < parts.size(); i++) {
            Metadata part = parts.get(i);
            // the number, leader and page follow the volume; the title keeps its part's direction
            StyledText title = StyledText.builder(direction)
                    .append(layout.digits().apply(Integer.toString(i + 1)) + ". ", scale.bodyText())
                    .isolate(part.title(), scale.bodyText(), part.direction())
                    .build();
            entry(flow, title, part.language(), pages.get(i));
        }
        entry(
                flow,
                StyledText.of(labels.sourceIndex(), scale.bodyText(), direction),
                volume.metadata().language(),
                indexPage);
        tags.end();
    }

    /** A contents line whose title is in {@code language}. */
    private void entry(PageFlow flow, StyledText title, String language, int page) throws IOException {
        float b = scale.body();
        float measure = flow.measure() - NUMBER_COLUMN_EMS * b;
        begin(flow.structure(), "TOCI", language);
        SetText text = new SetText(
                typesetter.lines(title, measure, Alignment.START),
                scale.bodyLeading(),
                Alignment.START,
                0,
                0,
                b * 0.35f,
                Role.TITLE,
                null);
        flow.entry(
                text,
                typesetter.line(
                        StyledText.of(layout.digits().apply(Integer.toString(page)), scale.bodyText(), direction)));
        flow.structure().end();
    }

    /**
     * The merged index of sources (a volume citing none says so), a list whose items citations in the parts
     * lead to; returns its first page.
     */
    private int sourceIndex(PageFlow flow, SourceIndex index, List<Integer> pages) throws IOException {
        float b = scale.body();
        StructureTree tags = flow.structure();
        flow.finish();
        flow.header(typesetter.line(StyledText.of(labels.sourceIndex(), scale.header(), direction)));
        flow.outlineLevel(1);
        flow.span(true);
        int first = flow.pageNumber() + 1;
        flow.bookmark(labels.sourceIndex());
        tags.begin("Sect");
        place(
                flow,
                "H2",
                text(
                        flow,
                        labels.sourceIndex(),
                        scale.headline(false),
                        Alignment.START,
                        scale.headlineLeading(false),
                        0,
                        b * 0.8f));
        if (index.isEmpty()) {
            place(
                    flow,
                    "P",
                    text(flow, labels.noSources(), scale.bodyText(), Alignment.START, scale.bodyLeading(), 0, 0));
        } else {
            tags.begin("L");
        }
        for (SourceIndex.Entry e : index.entries()) {
            Source s = e.source();
            tags.beginAnchored("LI", s.id());
            flow.place(text(
                    flow,
                    isolated(s.name(), scale.bodyText().withBold(true), direction),
                    Alignment.START,
                    scale.bodyLeading(),
                    b * 0.6f,
                    0));
            if (s.nameLatin() != null) {
                flow.place(text(
                        flow,
                        isolated(s.nameLatin(), scale.small().withColor(Palette.INK.rgb()), Direction.LTR),
                        Alignment.START,
                        scale.smallLeading(),
                        0,
                        0));
            }
            List<String> citing = new ArrayList<>();
            for (int part : e.parts()) {
                citing.add(layout.digits().apply(Integer.toString(part + 1)) + " (" + labels.page()
                        + layout.digits().apply(Integer.toString(pages.get(part))) + ")");
            }
            flow.place(text(
                    flow,
                    labels.citedIn() + String.join(labels.listSeparator(), citing),
                    scale.small(),
                    Alignment.START,
                    scale.smallLeading(),
                    0,
                    0));
            tags.end();
        }
        if (!index.isEmpty()) {
            tags.end();
        }
        tags.end();
        return first;
    }

    private Line partHeader(Metadata m) {
        String date =
                m.published() == null ? null : DigestDates.gregorian(m.published(), m.language(), layout.digits());
        String label = date == null ? m.title() : m.title() + DOT + date;
        // the part's own direction, as its pages have: an English title in an Arabic volume reads left to right
        Line line = typesetter.line(StyledText.of(label, scale.header(), m.direction()));
        float room = layout.paper().width()
                - layout.margins().left()
                - layout.margins().right();
        if (line != null && line.width() > room && m.series() != null) {
            // A title too long for the head of the page: name the digest by its series and date instead.
            line = typesetter.line(
                    StyledText.of(date == null ? m.series() : m.series() + DOT + date, scale.header(), m.direction()));
        }
        return line;
    }

    /** Places text as one structure element of {@code type}. */
    private static void place(PageFlow flow, String type, SetText text) throws IOException {
        flow.structure().begin(type);
        flow.place(text);
        flow.structure().end();
    }

    /** Opens a structure element, naming its language where it is not the volume's. */
    private void begin(StructureTree tags, String type, String language) {
        if (language.equals(volume.metadata().language())) {
            tags.begin(type);
        } else {
            tags.begin(type, language);
        }
    }

    private SetText text(
            PageFlow flow, String s, TextStyle style, Alignment alignment, float leading, float before, float after) {
        return text(flow, StyledText.of(s, style, direction), alignment, leading, before, after);
    }

    /**
     * A line of the volume's direction holding just {@code s}, in the direction of its first strong letter
     * ({@code fallback} if none): a Latin source name keeps its order, brackets and all, in an Arabic index.
     */
    private StyledText isolated(String s, TextStyle style, Direction fallback) {
        return StyledText.builder(direction)
                .isolate(s, style, BidiText.firstStrong(s, fallback))
                .build();
    }

    private SetText text(
            PageFlow flow, StyledText styled, Alignment alignment, float leading, float before, float after) {
        return new SetText(
                typesetter.lines(styled, flow.measure(), alignment),
                leading,
                alignment,
                0,
                before,
                after,
                Role.TITLE,
                null);
    }
}

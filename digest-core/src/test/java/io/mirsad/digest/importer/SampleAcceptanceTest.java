package io.mirsad.digest.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.digest.Block;
import io.mirsad.digest.Digest;
import io.mirsad.digest.Inline;
import io.mirsad.digest.Section;
import io.mirsad.digest.Source;
import io.mirsad.digest.json.DigestJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Importing the sample page gives what the hand-made sample JSON says, as far as the page can know it. */
class SampleAcceptanceTest {
    private static final Path SAMPLE = Path.of("../examples/sample");
    private static ImportResult imported;
    private static Digest expected;

    @BeforeAll
    static void importSample() throws IOException {
        imported = PageImporter.defaults().importPage(SAMPLE.resolve("observatory.txt"));
        try (var in = Files.newInputStream(SAMPLE.resolve("observatory.json"))) {
            expected = DigestJson.read(in);
        }
    }

    @Test
    void metadataTheSampleCanKnow() {
        Digest d = imported.digest();
        assertThat(d.metadata().title()).isEqualTo(expected.metadata().title());
        assertThat(d.metadata().series()).isEqualTo(expected.metadata().series());
        assertThat(d.metadata().authors()).isEqualTo(expected.metadata().authors());
        assertThat(d.metadata().language()).isEqualTo("ar");
    }

    @Test
    void sameSectionsAsTheSampleJson() {
        List<Section> got = imported.digest().sections();
        List<Section> want = expected.sections();
        assertThat(got).hasSameSizeAs(want);
        for (int i = 0; i < want.size(); i++) {
            Section g = got.get(i);
            Section w = want.get(i);
            assertThat(g.kind()).as("section %d kind", i).isEqualTo(w.kind());
            assertThat(g.headline()).as("section %d headline", i).isEqualTo(w.headline());
            assertThat(g.paragraphs().stream().map(Block.Paragraph::text))
                    .as("section %d paragraphs", i)
                    .containsExactlyElementsOf(
                            w.paragraphs().stream().map(Block.Paragraph::text).toList());
            assertThat(g.sources()).as("section %d sources", i).isEqualTo(w.sources());
            assertThat(refs(g)).as("section %d source references", i).isEqualTo(refs(w));
        }
    }

    @Test
    void sameSourcesAsTheSampleJson() {
        assertThat(imported.digest().sources().stream().map(Source::id))
                .containsExactlyElementsOf(
                        expected.sources().stream().map(Source::id).toList());
        assertThat(imported.digest().sources().stream().map(Source::name))
                .containsExactlyElementsOf(
                        expected.sources().stream().map(Source::name).toList());
        // The bundled gazetteer also agrees with the sample on Latin names, sites and kinds.
        assertThat(imported.digest().sources()).containsExactlyElementsOf(expected.sources());
    }

    @Test
    void dropsOnlyBlankResidueAndCaptionLines() {
        assertThat(imported.dropped())
                .extracting(DroppedLine::lineNumber, DroppedLine::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(9, DroppedLine.Reason.REPEATED_HEADLINE),
                        org.assertj.core.groups.Tuple.tuple(10, DroppedLine.Reason.REPEATED_HEADLINE),
                        org.assertj.core.groups.Tuple.tuple(11, DroppedLine.Reason.BLANK),
                        org.assertj.core.groups.Tuple.tuple(12, DroppedLine.Reason.PAGE_RESIDUE),
                        org.assertj.core.groups.Tuple.tuple(16, DroppedLine.Reason.REPEATED_HEADLINE),
                        org.assertj.core.groups.Tuple.tuple(20, DroppedLine.Reason.REPEATED_HEADLINE),
                        org.assertj.core.groups.Tuple.tuple(21, DroppedLine.Reason.PAGE_RESIDUE),
                        org.assertj.core.groups.Tuple.tuple(25, DroppedLine.Reason.REPEATED_HEADLINE),
                        org.assertj.core.groups.Tuple.tuple(29, DroppedLine.Reason.REPEATED_HEADLINE));
        assertThat(imported.warnings()).isEmpty();
    }

    private static List<Inline.SourceRef> refs(Section s) {
        return s.paragraphs().stream()
                .flatMap(p -> p.runs().stream())
                .filter(Inline.SourceRef.class::isInstance)
                .map(Inline.SourceRef.class::cast)
                .toList();
    }
}

package io.mirsad.digest.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.mirsad.digest.Block;
import io.mirsad.digest.Contributor;
import io.mirsad.digest.Digest;
import io.mirsad.digest.Inline;
import io.mirsad.digest.Metadata;
import io.mirsad.digest.Section;
import io.mirsad.digest.SectionKind;
import io.mirsad.digest.Source;
import io.mirsad.digest.SourceKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class DigestJsonTest {
    static final Path SAMPLE = Path.of("../examples/sample/observatory.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchema SCHEMA = loadSchema();

    private static JsonSchema loadSchema() {
        try (InputStream in = DigestJson.class.getResourceAsStream("digest.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theSampleRoundTripsToTheSameBytes() throws IOException {
        String text = Files.readString(SAMPLE, StandardCharsets.UTF_8);
        Digest digest = DigestJson.read(text);
        assertThat(DigestJson.write(digest)).isEqualTo(text);
        assertThat(DigestJson.read(DigestJson.write(digest))).isEqualTo(digest);
    }

    @Test
    void thePublicFieldNamesHold() throws IOException {
        JsonNode tree = MAPPER.readTree(DigestJson.write(DigestJson.read(Files.readString(SAMPLE))));
        assertThat(tree.at("/metadata/title").asText()).isNotBlank();
        assertThat(tree.at("/metadata/series").asText()).isEqualTo("مرصد مراكز الأبحاث");
        assertThat(tree.at("/metadata/authors").isArray()).isTrue();
        assertThat(tree.at("/metadata/language").asText()).isEqualTo("ar");
        assertThat(tree.at("/metadata/published").asText()).isEqualTo("2026-11-29");
        JsonNode source = tree.at("/sources/0");
        assertThat(source.fieldNames()).toIterable().containsExactly("id", "name", "nameLatin", "url", "kind");
        JsonNode story = tree.at("/sections/1");
        assertThat(story.at("/kind").asText()).isEqualTo("story");
        assertThat(story.at("/headline").asText()).isNotBlank();
        assertThat(story.at("/blocks/0/type").asText()).isEqualTo("paragraph");
        assertThat(story.at("/blocks/0/text").asText()).startsWith("وحسبما ذكر");
        assertThat(story.at("/sources/0").asText()).isEqualTo("csis");
    }

    @Test
    void theSampleAndTheWriterOutputMatchThePublishedSchema() throws IOException {
        String text = Files.readString(SAMPLE);
        assertThat(SCHEMA.validate(MAPPER.readTree(text))).isEmpty();
        Set<ValidationMessage> errors = SCHEMA.validate(MAPPER.readTree(
                "{\"metadata\":{\"title\":\"t\",\"colour\":1},\"sections\":[{\"kind\":\"poem\",\"blocks\":[]}]}"));
        assertThat(errors)
                .extracting(ValidationMessage::getMessage)
                .anyMatch(m -> m.contains("colour"))
                .anyMatch(m -> m.contains("kind"));
    }

    @Property(tries = 50)
    void anyBuiltDigestRoundTripsAndMatchesTheSchema(
            @ForAll @StringLength(min = 1, max = 40) String title,
            @ForAll @StringLength(min = 1, max = 200) String body,
            @ForAll @IntRange(min = 1, max = 4) int sections)
            throws IOException {
        Digest.Builder b = Digest.builder()
                .metadata(Metadata.builder()
                        .title("x" + xmlText(title))
                        .published(LocalDate.of(2026, 1, 2))
                        .author("كاتب")
                        .contributor(new Contributor("x" + xmlText(body), Contributor.Role.TRANSLATOR))
                        .contributor(new Contributor("محرر", Contributor.Role.EDITOR))
                        .build())
                .source(new Source("s", "مصدر", "Source", "https://example.org", SourceKind.NEWS_AGENCY));
        for (int i = 0; i < sections; i++) {
            b.section(Section.builder(SectionKind.STORY)
                    .headline("خبر " + i)
                    .source("s")
                    .paragraph(
                            new Inline.Strong(xmlText(body)),
                            new Inline.SourceRef("هنا", "s"),
                            new Inline.Emphasis("."))
                    .block(new Block.Quote(java.util.List.of(new Inline.Text("قول")), "قائل"))
                    .block(new Block.ListBlock(true, java.util.List.of(Block.Paragraph.of("بند"))))
                    .block(new Block.Figure(png(i + 1), "image/png", "صورة", null))
                    .build());
        }
        Digest digest = b.build();
        String json = DigestJson.write(digest);
        assertThat(DigestJson.read(json)).isEqualTo(digest);
        assertThat(SCHEMA.validate(MAPPER.readTree(json))).isEmpty();
    }

    /** The model refuses characters XML cannot carry; any other text must round-trip. */
    private static String xmlText(String s) {
        return s.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\uFFFE\\uFFFF]|\\p{Cs}", "");
    }

    private static byte[] png(int width) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(
                new java.awt.image.BufferedImage(width, 1, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    @Test
    void contributorsNeedANameAndAKnownRole() {
        assertThatThrownBy(() -> DigestJson.read("""
                {"metadata": {"title": "t", "contributors": [{"name": "سعاد", "role": "illustrator"}, {"role": "editor"}]},
                 "sections": []}
                """))
                .isInstanceOf(DigestJsonException.class)
                .hasMessageContaining("metadata.contributors[0].role: must be editor or translator, not 'illustrator'")
                .hasMessageContaining("metadata.contributors[1].name: missing");
    }

    @Test
    void syntaxErrorsNameLineAndColumn() {
        assertThatThrownBy(() -> DigestJson.read("{\n  \"metadata\": {\n    \"title\": \"t\",,\n"))
                .isInstanceOfSatisfying(DigestJsonException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isGreaterThan(1);
                })
                .hasMessageStartingWith("line 3, column ");
    }

    @Test
    void contentAfterTheDigestAndRepeatedKeysAreSyntaxErrors() {
        assertThatThrownBy(() -> DigestJson.read("{\"metadata\": {}}\n{}"))
                .isInstanceOf(DigestJsonException.class)
                .hasMessageStartingWith("line 2, column ")
                .hasMessageContaining("unexpected '{' after the document's value");
        assertThatThrownBy(() -> DigestJson.read("{\"metadata\": {\"title\": \"a\", \"title\": \"b\"}}"))
                .isInstanceOf(DigestJsonException.class)
                .hasMessageStartingWith("line 1, column ")
                .hasMessageContaining("Duplicate field 'title'");
    }

    @Test
    void contentErrorsNameThePath() {
        assertThatThrownBy(() -> DigestJson.read("""
                {"metadata": {"title": "t", "published": "29/11/2026", "authors": "one"},
                 "sections": [{"kind": "story", "headline": 7, "blocks": [{"type": "poem"}]}]}
                """))
                .isInstanceOf(DigestJsonException.class)
                .hasMessageContaining("metadata.authors: must be an array")
                .hasMessageContaining("metadata.published: not a date in the form YYYY-MM-DD: '29/11/2026'")
                .hasMessageContaining("sections[0].headline: must be a string")
                .hasMessageContaining("sections[0].blocks[0].type: unknown block type 'poem'");
    }

    @Test
    void modelViolationsComeThroughWithPaths() {
        assertThatThrownBy(() -> DigestJson.read("""
                {"metadata": {"title": "t"},
                 "sections": [{"kind": "story", "headline": "h", "blocks": [{"type": "paragraph", "text": "p"}],
                               "sources": ["ghost"]}]}
                """))
                .isInstanceOf(DigestJsonException.class)
                .hasMessageContaining("sections[0].sources[0]: unknown source id 'ghost'");
    }

    @Test
    void unknownFieldsAreErrorsWithTheNearestKnownName() {
        assertThatThrownBy(() -> DigestJson.read("""
                {"metadata": {"title": "t", "publshed": "2026-11-29"},
                 "sections": [{"kind": "story", "headline": "h", "colour": "red",
                   "blocks": [{"type": "paragraph", "text": "p", "runs": [{"type": "text", "txt": "p"}]}]}]}
                """))
                .isInstanceOf(DigestJsonException.class)
                .hasMessageContaining("metadata.publshed: unknown field (did you mean 'published'?)")
                .hasMessageContaining("sections[0].colour: unknown field;")
                .hasMessageContaining("sections[0].blocks[0].runs[0].txt: unknown field (did you mean 'text'?)");
    }

    @Test
    void theNestingLimitIsReportedWithoutAMadeUpPlace() {
        String deep = "{\"metadata\": " + "[".repeat(1200) + "]".repeat(1200) + "}";
        assertThatThrownBy(() -> DigestJson.read(deep))
                .isInstanceOf(DigestJsonException.class)
                .hasMessageNotContaining("line -1")
                .hasMessageNotContaining("StreamReadConstraints")
                .hasMessageContaining("nesting depth");
    }

    @Test
    void runsMustAddUpToTheText() {
        assertThatThrownBy(() -> DigestJson.read("""
                {"metadata": {"title": "t"},
                 "sections": [{"kind": "story", "headline": "h",
                   "blocks": [{"type": "paragraph", "text": "ab", "runs": [{"type": "text", "text": "a"}]}]}]}
                """))
                .hasMessageContaining("sections[0].blocks[0].text: does not equal the concatenated runs");
    }
}

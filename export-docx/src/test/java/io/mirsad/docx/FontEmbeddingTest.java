package io.mirsad.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.digest.Digest;
import io.mirsad.digest.Metadata;
import io.mirsad.digest.Section;
import io.mirsad.digest.SectionKind;
import io.mirsad.export.ExportOptions;
import io.mirsad.export.ExportWarning;
import io.mirsad.fonts.BundledFonts;
import io.mirsad.fonts.FontFace;
import io.mirsad.fonts.FontRegistry;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The text faces, and the fallback faces runs are set in, travel inside the document as ECMA-376 obfuscated font parts. */
class FontEmbeddingTest {
    private static final FontRenderContext FRC = new FontRenderContext(null, false, false);
    private static final String FONT_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/font";

    @Test
    void regularAndBoldAreEmbeddedAndDeobfuscateToTheOriginalFiles() {
        DocxPackage docx = DocxPackage.sampleDefaults();
        assertThat(docx.nodes("word/settings.xml", "//w:embedTrueTypeFonts")).hasSize(1);
        assertThat(docx.string("[Content_Types].xml", "//ct:Default[@Extension='odttf']/@ContentType"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.obfuscatedFont");
        assertEmbedded(docx, "embedRegular", BundledFonts.amiriRegular());
        assertEmbedded(docx, "embedBold", BundledFonts.amiriBold());
        assertThat(docx.nodes("word/fontTable.xml", "//w:font"))
                .as("no fallback face is embedded when no run needs one")
                .hasSize(1);
        assertThat(docx.nodes("word/document.xml", "//w:rFonts")).isEmpty();
    }

    @Test
    void greekCyrillicAndHebrewRunsAreSetInTheFallbackFacesWhichAreEmbedded() {
        List<ExportWarning> warnings = new ArrayList<>();
        DocxPackage docx = DocxPackage.of(
                new DocxExporter(),
                digest("نقلت الوكالة اليونانية Ωμέγα νέα والروسية Москва والعبرية שָלום في نشرتها"),
                ExportOptions.builder().warnings(warnings::add).build());
        assertThat(warnings).isEmpty();
        FontFace noto = FontRegistry.defaults().fallbacks().get(0);
        FontFace hebrew = FontRegistry.defaults().fallbacks().get(1);
        assertThat(runFonts(docx, "Ωμέγα νέα")).containsExactly("Noto Sans", "Noto Sans", "Noto Sans", "Noto Sans");
        assertThat(runFonts(docx, "Москва")).containsExactly("Noto Sans", "Noto Sans", "Noto Sans", "Noto Sans");
        assertThat(runFonts(docx, "שָלום "))
                .containsExactly("Noto Sans Hebrew", "Noto Sans Hebrew", "Noto Sans Hebrew", "Noto Sans Hebrew");
        assertThat(docx.nodes("word/document.xml", "//w:r[w:t[contains(., 'نقلت')]]/w:rPr/w:rFonts"))
                .as("Arabic takes its face from the styles")
                .isEmpty();
        // the Hebrew run is still a right-to-left run
        assertThat(docx.nodes("word/document.xml", "//w:r[w:t='שָלום ']/w:rPr/w:rtl"))
                .hasSize(1);
        assertEmbedded(docx, "embedRegular", BundledFonts.amiriRegular());
        assertEmbedded(docx, noto);
        assertEmbedded(docx, hebrew);
    }

    @Test
    void theSubsetOptionCutsTheFallbackFacesToo() throws Exception {
        DocxPackage docx = DocxPackage.of(
                new DocxExporter(),
                digest("نقلت الوكالة اليونانية Ωμέγα والروسية Москва"),
                ExportOptions.builder().set(DocxExporter.FONT_SUBSET, true).build());
        FontFace noto = FontRegistry.defaults().fallbacks().get(0);
        byte[] cut = embedded(docx, noto);
        assertThat(cut.length).isLessThan(noto.size() / 2);
        Font subset = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(cut))
                .deriveFont(100f);
        Font whole = Font.createFont(Font.TRUETYPE_FONT, noto.open()).deriveFont(100f);
        for (String word : List.of("Ωμέγα", "Москва")) {
            GlyphVector a = subset.createGlyphVector(FRC, word);
            GlyphVector b = whole.createGlyphVector(FRC, word);
            for (int i = 0; i < a.getNumGlyphs(); i++) {
                assertThat(a.getGlyphOutline(i).getBounds2D())
                        .as(word)
                        .isEqualTo(b.getGlyphOutline(i).getBounds2D())
                        .matches(r -> r.getWidth() > 0, "has an outline");
            }
        }
        assertThat(docx.nodes("word/fontTable.xml", "//w:font[@w:name='Noto Sans Hebrew']"))
                .isEmpty();
    }

    @Test
    void charactersNoFaceHasAreReportedOnceWithTheirFields() {
        List<ExportWarning> warnings = new ArrayList<>();
        DocxPackage.of(
                new DocxExporter(),
                digest("نص فيه وجه ضاحك 😀 في وسطه"),
                ExportOptions.builder().warnings(warnings::add).build());
        assertThat(warnings)
                .singleElement()
                .satisfies(w -> assertThat(w.code()).isEqualTo("font.missing-glyph"))
                .extracting(ExportWarning::message)
                .asString()
                .contains("U+1F600 GRINNING FACE at sections[0].blocks[0].text");
    }

    private static Digest digest(String paragraph) {
        return Digest.builder()
                .metadata(Metadata.builder()
                        .title("نشرة الاختبار")
                        .published(LocalDate.of(2026, 3, 1))
                        .build())
                .section(Section.builder(SectionKind.STORY)
                        .headline("خبر")
                        .paragraph(paragraph)
                        .build())
                .build();
    }

    /** The four {@code w:rFonts} slots of the one run whose text is {@code text}. */
    private static List<String> runFonts(DocxPackage docx, String text) {
        Element fonts = docx.nodes("word/document.xml", "//w:r[w:t='" + text + "']/w:rPr/w:rFonts")
                .get(0);
        return List.of("ascii", "hAnsi", "cs", "eastAsia").stream()
                .map(slot -> fonts.getAttributeNS(DocxPackage.W, slot))
                .toList();
    }

    /** The font file embedded for {@code face}'s family and weight, de-obfuscated. */
    private static byte[] embedded(DocxPackage docx, FontFace face) {
        Element embed = docx.nodes(
                        "word/fontTable.xml",
                        "//w:font[@w:name='" + face.family() + "']/w:" + (face.bold() ? "embedBold" : "embedRegular"))
                .get(0);
        String rid = embed.getAttributeNS("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id");
        String target = docx.string("word/_rels/fontTable.xml.rels", "//rel:Relationship[@Id='" + rid + "']/@Target");
        return deobfuscate(docx.part("word/" + target), embed.getAttributeNS(DocxPackage.W, "fontKey"));
    }

    private static void assertEmbedded(DocxPackage docx, FontFace face) {
        assertThat(embedded(docx, face)).isEqualTo(face.bytes());
    }

    @Test
    void noFontPartsWhenEmbeddingIsOff() {
        DocxPackage docx = DocxPackage.of(
                new DocxExporter(),
                DocxPackage.sample(),
                ExportOptions.builder().set(DocxExporter.EMBED_FONTS, false).build());
        assertThat(docx.entries.keySet()).noneMatch(name -> name.endsWith(".odttf"));
        assertThat(docx.nodes("word/settings.xml", "//w:embedTrueTypeFonts")).isEmpty();
        assertThat(docx.nodes("word/fontTable.xml", "//w:font[@w:name='Amiri']"))
                .hasSize(1);
        assertThat(docx.nodes("word/fontTable.xml", "//w:embedRegular | //w:embedBold"))
                .isEmpty();
    }

    @Test
    void theSubsetOptionEmbedsTheFacesCutToTheDocumentsGlyphs() throws Exception {
        DocxPackage docx = DocxPackage.of(
                new DocxExporter(),
                DocxPackage.sample(),
                ExportOptions.builder().set(DocxExporter.FONT_SUBSET, true).build());
        assertThat(docx.nodes("word/settings.xml", "//w:embedTrueTypeFonts")).hasSize(1);
        assertThat(docx.nodes("word/settings.xml", "//w:saveSubsetFonts")).hasSize(1);
        String text = docx.string("word/document.xml", "string(/)");
        for (FontFace face : List.of(BundledFonts.amiriRegular(), BundledFonts.amiriBold())) {
            Element embed = docx.nodes(
                            "word/fontTable.xml",
                            "//w:font[@w:name='Amiri']/w:" + (face.bold() ? "embedBold" : "embedRegular"))
                    .get(0);
            String rid =
                    embed.getAttributeNS("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id");
            String target =
                    docx.string("word/_rels/fontTable.xml.rels", "//rel:Relationship[@Id='" + rid + "']/@Target");
            byte[] font = deobfuscate(docx.part("word/" + target), embed.getAttributeNS(DocxPackage.W, "fontKey"));
            assertThat(font.length).isLessThan(face.size() / 2);
            // Every word of the body shapes to the same glyphs, with the same outlines, as in the whole face.
            Font cut = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(font))
                    .deriveFont(100f);
            Font whole = Font.createFont(Font.TRUETYPE_FONT, face.open()).deriveFont(100f);
            for (String word : text.split("\\s+")) {
                char[] chars = word.toCharArray();
                GlyphVector a = cut.layoutGlyphVector(FRC, chars, 0, chars.length, Font.LAYOUT_RIGHT_TO_LEFT);
                GlyphVector b = whole.layoutGlyphVector(FRC, chars, 0, chars.length, Font.LAYOUT_RIGHT_TO_LEFT);
                assertThat(a.getGlyphCodes(0, a.getNumGlyphs(), null))
                        .as(word)
                        .containsExactly(b.getGlyphCodes(0, b.getNumGlyphs(), null));
                for (int i = 0; i < a.getNumGlyphs(); i++) {
                    assertThat(a.getGlyphOutline(i).getBounds2D())
                            .as(word)
                            .isEqualTo(b.getGlyphOutline(i).getBounds2D());
                }
            }
        }
    }

    private static void assertEmbedded(DocxPackage docx, String element, FontFace face) {
        List<Element> embeds = docx.nodes("word/fontTable.xml", "//w:font[@w:name='Amiri']/w:" + element);
        assertThat(embeds).hasSize(1);
        Element embed = embeds.get(0);
        String key = embed.getAttributeNS(DocxPackage.W, "fontKey");
        assertThat(key).matches("\\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}}");
        String rid = embed.getAttributeNS("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id");
        String target = docx.string(
                "word/_rels/fontTable.xml.rels",
                "//rel:Relationship[@Id='" + rid + "'][@Type='" + FONT_REL + "']/@Target");
        assertThat(target).matches("fonts/font\\d\\.odttf");

        byte[] stored = docx.part("word/" + target);
        byte[] original = face.bytes();
        assertThat(stored).hasSameSizeAs(original);
        assertThat(Arrays.copyOf(stored, 32)).isNotEqualTo(Arrays.copyOf(original, 32));
        assertThat(Arrays.copyOfRange(stored, 32, stored.length))
                .isEqualTo(Arrays.copyOfRange(original, 32, original.length));
        assertThat(deobfuscate(stored, key)).isEqualTo(original);
    }

    /**
     * ECMA-376 Part 1 §17.8.1, written out independently of the exporter: the GUID's bytes in reverse
     * order of its written form, XORed over bytes 0–15 and again over 16–31.
     */
    private static byte[] deobfuscate(byte[] odttf, String key) {
        byte[] guid =
                HexFormat.of().parseHex(key.replace("{", "").replace("}", "").replace("-", ""));
        byte[] reversed = new byte[16];
        for (int i = 0; i < 16; i++) {
            reversed[i] = guid[15 - i];
        }
        byte[] font = odttf.clone();
        for (int i = 0; i < 16; i++) {
            font[i] ^= reversed[i];
            font[i + 16] ^= reversed[i];
        }
        return font;
    }
}

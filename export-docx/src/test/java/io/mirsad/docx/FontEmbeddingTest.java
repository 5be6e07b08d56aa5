package io.mirsad.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.export.ExportOptions;
import io.mirsad.fonts.BundledFonts;
import io.mirsad.fonts.FontFace;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The text faces travel inside the document as ECMA-376 obfuscated font parts. */
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

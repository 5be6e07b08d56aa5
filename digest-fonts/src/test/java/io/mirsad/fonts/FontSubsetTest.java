package io.mirsad.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class FontSubsetTest {
    /** Joined letters, lam-alef, marks, digits, Latin and brackets that mirror in right-to-left text. */
    private static final String TEXT =
            "قالت الدراسةُ إنّ الإنفاق ارتفع (بنسبة 7%) في عام 2026، وفق تقرير SIPRI «السنوي».";

    private static final FontRenderContext FRC = new FontRenderContext(null, false, false);

    @Test
    void theSubsetShapesTheTextToTheSameGlyphsWithTheSameOutlines() throws Exception {
        for (FontFace face : new FontFace[] {BundledFonts.amiriRegular(), BundledFonts.amiriBold()}) {
            FontFace subset = face.subset(TEXT);
            assertThat(subset.size()).isLessThan(face.size() / 2);
            for (String word : TEXT.split(" ")) {
                GlyphVector whole = shape(face, word);
                GlyphVector cut = shape(subset, word);
                assertThat(cut.getGlyphCodes(0, cut.getNumGlyphs(), null))
                        .as(word)
                        .containsExactly(whole.getGlyphCodes(0, whole.getNumGlyphs(), null));
                for (int i = 0; i < whole.getNumGlyphs(); i++) {
                    assertThat(bounds(cut, i)).as(word + " glyph " + i).isEqualTo(bounds(whole, i));
                    assertThat(cut.getGlyphPosition(i)).isEqualTo(whole.getGlyphPosition(i));
                }
            }
        }
    }

    @Test
    void theLayoutTablesKeepOnlyWhatCanApplyToTheKeptGlyphs() {
        for (FontFace face : new FontFace[] {BundledFonts.amiriRegular(), BundledFonts.amiriBold()}) {
            FontFace subset = face.subset(TEXT);
            for (String table : new String[] {"GSUB", "GPOS"}) {
                assertThat(tableLength(subset, table)).as(face + " " + table).isLessThan(tableLength(face, table) / 2);
            }
        }
    }

    /**
     * Stylistic sets and proportional digits are turned on only by a style sheet that asks for them; the
     * subset keeps no rules for them, so such a style sheet gets the default forms, never an emptied glyph.
     */
    @Test
    void optionalFeaturesKeepNoLookups() {
        FontFace whole = BundledFonts.amiriRegular();
        FontFace subset = whole.subset(TEXT);
        for (String table : new String[] {"GSUB", "GPOS"}) {
            Map<String, Integer> before = featureLookups(whole, table);
            Map<String, Integer> after = featureLookups(subset, table);
            assertThat(after.keySet()).as(table).isEqualTo(before.keySet());
            before.forEach((tag, lookups) -> {
                boolean optional = tag.startsWith("ss") || tag.equals("pnum");
                assertThat(lookups).as(table + " " + tag).isPositive();
                if (optional) {
                    assertThat(after.get(tag)).as(table + " " + tag).isZero();
                }
            });
        }
        for (String tag : new String[] {"init", "medi", "fina", "rlig", "calt"}) {
            assertThat(featureLookups(subset, "GSUB").get(tag)).as(tag).isPositive();
        }
        for (String tag : new String[] {"kern", "mark", "mkmk", "curs"}) {
            assertThat(featureLookups(subset, "GPOS").get(tag)).as(tag).isPositive();
        }
    }

    /** HarfBuzz composes a letter and a mark into the precomposed letter when the font has it. */
    @Test
    void aLetterAndMarkTheShaperComposesShapeAsWithTheWholeFace() throws Exception {
        String decomposed = "سا\u0654ل عن ا\u0655صدار";
        FontFace subset = BundledFonts.amiriRegular().subset(decomposed);
        for (String word : decomposed.split(" ")) {
            GlyphVector whole = shape(BundledFonts.amiriRegular(), word);
            GlyphVector cut = shape(subset, word);
            assertThat(cut.getGlyphCodes(0, cut.getNumGlyphs(), null))
                    .containsExactly(whole.getGlyphCodes(0, whole.getNumGlyphs(), null));
            for (int i = 0; i < whole.getNumGlyphs(); i++) {
                assertThat(bounds(cut, i)).as(word + " glyph " + i).isEqualTo(bounds(whole, i));
            }
        }
    }

    @Test
    void glyphsTheTextCannotReachAreEmptied() throws Exception {
        FontFace subset = BundledFonts.amiriRegular().subset(TEXT);
        GlyphVector absent = shape(subset, "ض");
        GlyphVector present = shape(BundledFonts.amiriRegular(), "ض");
        assertThat(absent.getGlyphCode(0)).isEqualTo(present.getGlyphCode(0));
        assertThat(absent.getGlyphOutline(0).getBounds2D().isEmpty()).isTrue();
        assertThat(present.getGlyphOutline(0).getBounds2D().isEmpty()).isFalse();
    }

    @Test
    void aFaceThatDrawsNoneOfTheTextKeepsNoLayoutTables() {
        FontFace latin = FontRegistry.defaults().fallbacks().stream()
                .filter(f -> f.family().equals("Noto Sans"))
                .findFirst()
                .orElseThrow();
        FontFace drawing = latin.subset("Жук");
        assertThat(tables(drawing)).contains("GSUB", "GPOS", "GDEF");
        FontFace unused = latin.subset("");
        assertThat(tables(unused))
                .doesNotContain("GSUB", "GPOS", "GDEF", "fpgm", "prep", "cvt ")
                .contains("cmap", "name", "glyf");
        assertThat(tables(drawing)).contains("fpgm", "prep", "cvt ");
        assertThat(unused.canDisplay('Ж')).isFalse();
        assertThat(drawing.canDisplay('Ж')).isTrue();
        assertThat(unused.size()).isLessThan(drawing.size() / 2);
    }

    /** For each feature tag of a layout table, how many lookups its feature records list. */
    private static Map<String, Integer> featureLookups(FontFace face, String tag) {
        ByteBuffer file = ByteBuffer.wrap(face.bytes());
        int table = tableOffset(face, tag);
        int list = table + Short.toUnsignedInt(file.getShort(table + 6));
        Map<String, Integer> lookups = new TreeMap<>();
        for (int f = 0; f < file.getShort(list); f++) {
            byte[] name = new byte[4];
            file.get(list + 2 + 6 * f, name);
            int feature = list + Short.toUnsignedInt(file.getShort(list + 6 + 6 * f));
            lookups.merge(
                    new String(name, StandardCharsets.ISO_8859_1), (int) file.getShort(feature + 2), Integer::sum);
        }
        return lookups;
    }

    private static int tableOffset(FontFace face, String tag) {
        return tableRecordField(face, tag, 8);
    }

    /** The length of one table of a font file. */
    private static int tableLength(FontFace face, String tag) {
        return tableRecordField(face, tag, 12);
    }

    /** A field of a table's record in the font file's table directory: its offset (8) or length (12). */
    private static int tableRecordField(FontFace face, String tag, int field) {
        ByteBuffer file = ByteBuffer.wrap(face.bytes());
        int wanted = ByteBuffer.wrap(tag.getBytes(StandardCharsets.ISO_8859_1)).getInt();
        for (int t = 0; t < file.getShort(4); t++) {
            if (file.getInt(12 + 16 * t) == wanted) {
                return file.getInt(12 + 16 * t + field);
            }
        }
        throw new AssertionError("no " + tag + " in " + face);
    }

    /** The table tags of a font file. */
    private static java.util.List<String> tables(FontFace face) {
        ByteBuffer file = ByteBuffer.wrap(face.bytes());
        java.util.List<String> tags = new java.util.ArrayList<>();
        for (int t = 0; t < file.getShort(4); t++) {
            byte[] tag = new byte[4];
            file.get(12 + 16 * t, tag);
            tags.add(new String(tag, StandardCharsets.ISO_8859_1));
        }
        return tags;
    }

    @Test
    void theSameTextGivesTheSameBytes() {
        assertThat(BundledFonts.amiriBold().subset(TEXT).bytes())
                .isEqualTo(BundledFonts.amiriBold().subset(TEXT).bytes());
    }

    @Test
    void aFontWithAReservedFontNameIsNotCut() {
        byte[] font = BundledFonts.amiriRegular().bytes();
        String reserved = "Copyright 2010-2020 The Amiri Project Authors, with Reserved Font Name Amiri.";
        patchCopyright(font, reserved);
        FontFace face = FontFace.of("Amiri", false, font);
        assertThat(face.subset(TEXT)).isSameAs(face);
    }

    /** Overwrites the Windows copyright string (name id 0) in place, padded with spaces to its length. */
    private static void patchCopyright(byte[] font, String text) {
        ByteBuffer file = ByteBuffer.wrap(font);
        int tables = file.getShort(4);
        for (int t = 0; t < tables; t++) {
            if (file.getInt(12 + 16 * t) == 0x6E616D65) { // 'name'
                int name = file.getInt(12 + 16 * t + 8);
                int count = file.getShort(name + 2);
                int strings = name + file.getShort(name + 4);
                for (int i = 0; i < count; i++) {
                    int record = name + 6 + 12 * i;
                    if (file.getShort(record) == 3 && file.getShort(record + 6) == 0) {
                        int length = file.getShort(record + 8);
                        byte[] replacement = String.format("%-" + length / 2 + "s", text)
                                .substring(0, length / 2)
                                .getBytes(StandardCharsets.UTF_16BE);
                        System.arraycopy(replacement, 0, font, strings + file.getShort(record + 10), length);
                        return;
                    }
                }
            }
        }
        throw new AssertionError("no Windows copyright string");
    }

    private static GlyphVector shape(FontFace face, String text) throws Exception {
        Font font;
        try {
            font = Font.createFont(Font.TRUETYPE_FONT, face.open()).deriveFont(1000f);
        } catch (IOException e) {
            throw new AssertionError(face + " does not load", e);
        }
        char[] chars = text.toCharArray();
        return font.layoutGlyphVector(FRC, chars, 0, chars.length, Font.LAYOUT_RIGHT_TO_LEFT);
    }

    private static Rectangle2D bounds(GlyphVector v, int glyph) {
        return v.getGlyphOutline(glyph).getBounds2D();
    }
}

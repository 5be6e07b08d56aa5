package io.mirsad.docx.internal.part;

import io.mirsad.docx.internal.DocxConfig;
import io.mirsad.export.CompressedEntry;
import io.mirsad.fonts.FontFace;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Supplier;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFont;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFontRel;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFontsList;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FontsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFontFamily;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPitch;

/**
 * Writes {@code word/fontTable.xml} and, when fonts are embedded, one obfuscated
 * {@code word/fonts/fontN.odttf} part per face — the regular and bold text faces and the fallback faces
 * the document's runs are set in — each referenced from its family's font-table entry as
 * {@code w:embedRegular} or {@code w:embedBold} with its {@code w:fontKey}. POI has no API for this;
 * the parts are added to the package directly. The font parts are left empty in POI's package and their
 * compressed bytes returned, to be filled in when the package is zipped (see
 * {@link io.mirsad.docx.internal.pkg.DeterministicZip}). A face is obfuscated and compressed once and
 * kept while the face itself is in use, so exports do not deflate a megabyte of font each time (the
 * bundled faces were done by the build, see {@link FontPart}). A
 * subset (Word's {@code saveSubsetFonts}) is cut from the finished document's text and made per export.
 */
public final class FontEmbedder {
    static final String FONT_TABLE_TYPE =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml";
    static final String FONT_TABLE_REL =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";
    static final String FONT_TYPE = "application/vnd.openxmlformats-officedocument.obfuscatedFont";
    static final String FONT_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/font";

    /** A face referenced from the font table, under its font key. */
    public record Embedded(FontFace face, String key) {}

    /** Faces compare by identity; an entry goes when its face is no longer used. */
    private static final Map<FontFace, FontPart> PREPARED = Collections.synchronizedMap(new WeakHashMap<>());

    private FontEmbedder() {}

    /** Obfuscates and compresses the faces {@code config} embeds (or finds them done), if not done already. */
    public static void prepare(DocxConfig config) {
        if (config.embedFonts() && !config.subsetFonts()) {
            for (FontFace face :
                    List.of(config.fonts().regular(), config.fonts().bold())) {
                PREPARED.computeIfAbsent(face, FontPart::of);
            }
        }
    }

    /**
     * Adds the font table and the (empty) font parts.
     *
     * @param fallbacks the fallback faces some run is set in
     * @return the embedded faces, by zip entry name
     */
    public static Map<String, Embedded> write(XWPFDocument doc, DocxConfig config, List<FontFace> fallbacks)
            throws IOException {
        try {
            return writeParts(doc, config, fallbacks);
        } catch (InvalidFormatException e) {
            throw new IOException("cannot add the font table: " + e.getMessage(), e);
        }
    }

    /**
     * The obfuscated, compressed font files by zip entry name: the whole faces, prepared once, or cut to
     * the glyphs of {@code text} when the configuration subsets.
     */
    public static Map<String, CompressedEntry> files(
            Map<String, Embedded> embedded, DocxConfig config, Supplier<String> text) {
        Map<String, CompressedEntry> files = new LinkedHashMap<>();
        String used = config.subsetFonts() && !embedded.isEmpty() ? text.get() : null;
        embedded.forEach((entry, font) -> files.put(
                entry,
                used == null
                        ? PREPARED.computeIfAbsent(font.face(), FontPart::of).file()
                        : CompressedEntry.deflate(
                                ObfuscatedFont.xor(font.face().subset(used).bytes(), font.key()))));
        return files;
    }

    private static Map<String, Embedded> writeParts(XWPFDocument doc, DocxConfig config, List<FontFace> fallbacks)
            throws InvalidFormatException, IOException {
        OPCPackage pkg = doc.getPackage();
        PackagePartName tableName = PackagingURIHelper.createPartName("/word/fontTable.xml");
        PackagePart table = pkg.createPart(tableName, FONT_TABLE_TYPE);
        doc.getPackagePart().addRelationship(tableName, TargetMode.INTERNAL, FONT_TABLE_REL);

        Map<String, List<FontFace>> families = new LinkedHashMap<>();
        List<FontFace> faces =
                new ArrayList<>(List.of(config.fonts().regular(), config.fonts().bold()));
        faces.addAll(fallbacks);
        for (FontFace face : faces) {
            List<FontFace> family = families.computeIfAbsent(face.family(), f -> new ArrayList<>());
            // A font-table entry holds one regular and one bold face; runs name the family, so a second
            // face of the same name and weight could not be told apart anyway.
            if (family.stream().noneMatch(f -> f.bold() == face.bold())) {
                family.add(face);
            }
        }
        FontsDocument fontsDoc = FontsDocument.Factory.newInstance();
        CTFontsList fonts = fontsDoc.addNewFonts();
        Map<String, Embedded> files = new LinkedHashMap<>();
        for (Map.Entry<String, List<FontFace>> family : families.entrySet()) {
            CTFont font = fonts.addNewFont();
            font.setName(family.getKey());
            font.addNewFamily().setVal(STFontFamily.AUTO);
            font.addNewPitch().setVal(STPitch.VARIABLE);
            if (!config.embedFonts()) {
                continue;
            }
            for (FontFace face : family.getValue()) {
                FontPart prepared = PREPARED.computeIfAbsent(face, FontPart::of);
                String entry = "word/fonts/font" + (files.size() + 1) + ".odttf";
                PackagePartName name = PackagingURIHelper.createPartName("/" + entry);
                pkg.createPart(name, FONT_TYPE);
                files.put(entry, new Embedded(face, prepared.key()));
                PackageRelationship rel = table.addRelationship(name, TargetMode.INTERNAL, FONT_REL);
                CTFontRel embed = face.bold() ? font.addNewEmbedBold() : font.addNewEmbedRegular();
                embed.setId(rel.getId());
                embed.setFontKey(prepared.key());
            }
        }
        try (OutputStream out = table.getOutputStream()) {
            fontsDoc.save(out, POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
        }
        return files;
    }
}

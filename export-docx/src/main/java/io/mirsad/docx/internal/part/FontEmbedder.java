package io.mirsad.docx.internal.part;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

import io.mirsad.docx.internal.DocxConfig;
import io.mirsad.fonts.FontFace;

/**
 * Writes {@code word/fontTable.xml} and, when fonts are embedded, one obfuscated
 * {@code word/fonts/fontN.odttf} part per face, each referenced from its family's font-table entry as
 * {@code w:embedRegular} or {@code w:embedBold} with its {@code w:fontKey}. POI has no API for this;
 * the parts are added to the package directly.
 */
public final class FontEmbedder {
    static final String FONT_TABLE_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml";
    static final String FONT_TABLE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";
    static final String FONT_TYPE = "application/vnd.openxmlformats-officedocument.obfuscatedFont";
    static final String FONT_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/font";

    private FontEmbedder() {
    }

    public static void write(XWPFDocument doc, DocxConfig config) throws IOException {
        try {
            writeParts(doc, config);
        } catch (InvalidFormatException e) {
            throw new IOException("cannot add the font table: " + e.getMessage(), e);
        }
    }

    private static void writeParts(XWPFDocument doc, DocxConfig config) throws InvalidFormatException, IOException {
        OPCPackage pkg = doc.getPackage();
        PackagePartName tableName = PackagingURIHelper.createPartName("/word/fontTable.xml");
        PackagePart table = pkg.createPart(tableName, FONT_TABLE_TYPE);
        doc.getPackagePart().addRelationship(tableName, TargetMode.INTERNAL, FONT_TABLE_REL);

        Map<String, List<FontFace>> families = new LinkedHashMap<>();
        for (FontFace face : List.of(config.fonts().regular(), config.fonts().bold())) {
            families.computeIfAbsent(face.family(), f -> new ArrayList<>()).add(face);
        }
        FontsDocument fontsDoc = FontsDocument.Factory.newInstance();
        CTFontsList fonts = fontsDoc.addNewFonts();
        int n = 0;
        for (Map.Entry<String, List<FontFace>> family : families.entrySet()) {
            CTFont font = fonts.addNewFont();
            font.setName(family.getKey());
            font.addNewFamily().setVal(STFontFamily.AUTO);
            font.addNewPitch().setVal(STPitch.VARIABLE);
            if (!config.embedFonts()) {
                continue;
            }
            for (FontFace face : family.getValue()) {
                ObfuscatedFont obfuscated = ObfuscatedFont.of(face);
                PackagePartName name = PackagingURIHelper.createPartName("/word/fonts/font" + (++n) + ".odttf");
                PackagePart part = pkg.createPart(name, FONT_TYPE);
                try (OutputStream out = part.getOutputStream()) {
                    out.write(obfuscated.bytes());
                }
                PackageRelationship rel = table.addRelationship(name, TargetMode.INTERNAL, FONT_REL);
                CTFontRel embed = face.bold() ? font.addNewEmbedBold() : font.addNewEmbedRegular();
                embed.setId(rel.getId());
                embed.setFontKey(obfuscated.key());
            }
        }
        try (OutputStream out = table.getOutputStream()) {
            fontsDoc.save(out, POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
        }
    }
}

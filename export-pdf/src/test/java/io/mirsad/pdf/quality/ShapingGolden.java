package io.mirsad.pdf.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The golden HarfBuzz shaping data of {@code golden/amiri-regular.hb.txt} or {@code amiri-bold.hb.txt},
 * joined with the texts of {@code golden/shaping-inputs.txt}. Both are written by
 * {@code export-pdf/scripts/regenerate-golden.sh}; the file header there explains the columns.
 *
 * @param bold       whether these are the goldens of Amiri Bold rather than Regular
 * @param fontSha256 the SHA-256 of the font the goldens were made with
 * @param texts      the texts in input order
 */
record ShapingGolden(boolean bold, String fontSha256, List<Text> texts) {

    /** Amiri's units per em: hb-shape reports positions in these units. */
    static final int UNITS_PER_EM = 1000;

    /** One input text and its directional runs, left to right. */
    record Text(String id, String text, List<Run> runs) {
        /** Every glyph of the text in visual order, left to right. */
        List<Glyph> glyphs() {
            List<Glyph> all = new ArrayList<>();
            runs.forEach(r -> all.addAll(r.glyphs()));
            return all;
        }
    }

    /** A directional run: the code point range {@code [start, end)} of the text at one bidi level. */
    record Run(int start, int end, int level, List<Glyph> glyphs) {
        boolean rightToLeft() {
            return level % 2 == 1;
        }
    }

    /**
     * One glyph as HarfBuzz placed it, in font units.
     *
     * @param gid     glyph id in Amiri-Regular.ttf
     * @param cluster index in the text of the cluster's first character
     * @param dx      horizontal offset from the pen position
     * @param dy      vertical offset, positive upwards
     * @param advance how far the pen moves after the glyph
     */
    record Glyph(int gid, int cluster, int dx, int dy, int advance) {
        /** Zero advance: a mark (or other glyph) hung on the glyph next to it. */
        boolean isMark() {
            return advance == 0;
        }
    }

    /** Loads the committed goldens of Amiri Regular or Bold from the test class path. */
    static ShapingGolden load(boolean bold) {
        Map<String, String> inputs = new LinkedHashMap<>();
        for (String line : lines("/golden/shaping-inputs.txt")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] cells = line.split("\t", 2);
                inputs.put(cells[0], cells[1]);
            }
        }
        Map<String, List<Run>> runs = new LinkedHashMap<>();
        String sha = null;
        for (String line : lines(bold ? "/golden/amiri-bold.hb.txt" : "/golden/amiri-regular.hb.txt")) {
            int shaAt = line.indexOf("sha256 ");
            if (line.startsWith("#") && shaAt >= 0) {
                sha = line.substring(shaAt + 7, shaAt + 7 + 64);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            List<Glyph> glyphs = new ArrayList<>();
            for (String cell : cells[4].split("\\|")) {
                // gid=cluster@dx,dy+advance
                int eq = cell.indexOf('='),
                        at = cell.indexOf('@'),
                        comma = cell.indexOf(',', at),
                        plus = cell.indexOf('+', comma);
                glyphs.add(new Glyph(
                        Integer.parseInt(cell.substring(0, eq)),
                        Integer.parseInt(cell.substring(eq + 1, at)),
                        Integer.parseInt(cell.substring(at + 1, comma)),
                        Integer.parseInt(cell.substring(comma + 1, plus)),
                        Integer.parseInt(cell.substring(plus + 1))));
            }
            runs.computeIfAbsent(cells[0], k -> new ArrayList<>())
                    .add(new Run(
                            Integer.parseInt(cells[1]),
                            Integer.parseInt(cells[2]),
                            Integer.parseInt(cells[3]),
                            List.copyOf(glyphs)));
        }
        if (!runs.keySet().equals(inputs.keySet())) {
            throw new IllegalStateException(
                    "goldens out of date with shaping-inputs.txt; run " + "export-pdf/scripts/regenerate-golden.sh");
        }
        List<Text> texts = new ArrayList<>();
        inputs.forEach((id, text) -> texts.add(new Text(id, text, List.copyOf(runs.get(id)))));
        return new ShapingGolden(bold, sha, List.copyOf(texts));
    }

    private static List<String> lines(String resource) {
        try (InputStream in = ShapingGolden.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.mirsad.epub.internal.cover;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import io.mirsad.digest.Direction;
import io.mirsad.digest.Metadata;
import io.mirsad.digest.text.DigestDates;
import io.mirsad.digest.text.DigitStyle;
import io.mirsad.export.ExportException;
import io.mirsad.fonts.FontFace;
import io.mirsad.fonts.FontRegistry;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws a cover when the user supplies none: series, title, subtitle and date on a plain ground,
 * set in the edition's own faces. Java 2D shapes and orders the Arabic (its {@link TextLayout} runs the
 * bidi algorithm and the font's OpenType tables); ICU finds the line breaks. The PNG encoder writes no
 * time stamp, so the same digest gives the same bytes. Immutable and thread-safe.
 */
public final class CoverGenerator {
    private static final int WIDTH = 1000;
    private static final int HEIGHT = 1500;
    private static final int MARGIN = 90;
    private static final int FOOT_LEADING = 64;
    private static final Color GROUND = new Color(0x1d, 0x35, 0x45);
    private static final Color INK = new Color(0xf4, 0xec, 0xdc);
    private static final Color ACCENT = new Color(0xc9, 0xa2, 0x5f);

    private static final int REMEMBERED_COVERS = 16;

    private final Font regular;
    private final Font bold;
    /** Drawing takes tens of milliseconds; editions re-exported with the same title reuse their cover. */
    private final Map<CoverText, byte[]> drawn =
            Collections.synchronizedMap(new LinkedHashMap<>(REMEMBERED_COVERS, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<CoverText, byte[]> eldest) {
                    return size() > REMEMBERED_COVERS;
                }
            });

    /** Everything a cover shows: equal texts draw equal covers. */
    private record CoverText(
            String series, String title, String subtitle, List<String> foot, boolean rtl, String language) {}

    /** A generator drawing with the regular and bold faces of {@code fonts}. */
    public CoverGenerator(FontRegistry fonts) {
        this.regular = awtFont(fonts.regular());
        this.bold = awtFont(fonts.bold());
    }

    /** The cover of a digest with metadata {@code m}, as PNG bytes. */
    public byte[] png(Metadata m, DigitStyle digits) {
        List<String> foot = new ArrayList<>();
        if (m.published() != null) {
            foot.add(DigestDates.gregorian(m.published(), m.language(), digits));
        }
        if (present(m.publisher())) {
            foot.add(m.publisher());
        }
        CoverText text = new CoverText(
                present(m.series()) ? m.series() : null,
                m.title(),
                present(m.subtitle()) ? m.subtitle() : null,
                List.copyOf(foot),
                m.direction() == Direction.RTL,
                m.language());
        // Drawn outside the map's lock (computeIfAbsent would hold it): a batch draws the covers of different
        // digests on all its threads at once. Two threads meeting the same new text both draw it, alike.
        byte[] png = drawn.get(text);
        if (png == null) {
            png = draw(text);
            drawn.put(text, png);
        }
        return png.clone();
    }

    private byte[] draw(CoverText t) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(GROUND);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(ACCENT);
            g.fillRect(MARGIN / 2, MARGIN / 2, WIDTH - MARGIN, 6);
            g.fillRect(MARGIN / 2, HEIGHT - MARGIN / 2 - 6, WIDTH - MARGIN, 6);

            boolean rtl = t.rtl();
            ULocale locale = ULocale.forLanguageTag(t.language());
            float y = 190;
            if (t.series() != null) {
                g.setColor(ACCENT);
                y = draw(g, t.series(), regular.deriveFont(46f), y, rtl, locale) + 70;
            } else {
                y += 70;
            }
            g.setColor(INK);
            y = draw(g, t.title(), titleFont(g, t.title(), rtl, locale), y + 60, rtl, locale);
            if (t.subtitle() != null) {
                g.setColor(ACCENT);
                g.fillRect(WIDTH / 2 - 60, Math.round(y + 40), 120, 4);
                g.setColor(INK);
                draw(g, t.subtitle(), regular.deriveFont(50f), y + 130, rtl, locale);
            }
            float footY = HEIGHT - 150 - FOOT_LEADING * (t.foot().size() - 1);
            for (String line : t.foot()) {
                footY = draw(g, line, regular.deriveFont(42f), footY, rtl, locale) + FOOT_LEADING;
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            ImageIO.write(indexed(image), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The cover in a palette of sixteen colours: the ground, and eight steps from it to the ink and to
     * the accent for the blends antialiasing makes. Eight steps smooth the letters' edges as well as
     * 128 do at this size, and four bits a pixel make a PNG two fifths smaller than eight.
     */
    private static BufferedImage indexed(BufferedImage rgb) {
        int steps = 7;
        byte[] r = new byte[2 * steps + 2];
        byte[] g = new byte[r.length];
        byte[] b = new byte[r.length];
        int n = 0;
        for (Color ink : List.of(INK, ACCENT)) {
            for (int i = 0; i <= steps; i++) {
                r[n] = (byte) blend(GROUND.getRed(), ink.getRed(), i, steps);
                g[n] = (byte) blend(GROUND.getGreen(), ink.getGreen(), i, steps);
                b[n] = (byte) blend(GROUND.getBlue(), ink.getBlue(), i, steps);
                n++;
            }
        }
        BufferedImage indexed = new BufferedImage(
                rgb.getWidth(), rgb.getHeight(), BufferedImage.TYPE_BYTE_BINARY, new IndexColorModel(4, n, r, g, b));
        // Each colour to its nearest entry, without the dithering Java 2D would add to a flat ground.
        int width = rgb.getWidth();
        int height = rgb.getHeight();
        int[] pixels = rgb.getRGB(0, 0, width, height, null, 0, width);
        int[] indices = new int[pixels.length];
        Map<Integer, Integer> nearest = new HashMap<>();
        int paletteSize = n;
        int previous = -1;
        int index = 0;
        for (int i = 0; i < pixels.length; i++) {
            int color = pixels[i] & 0xFFFFFF;
            if (color != previous) {
                index = nearest.computeIfAbsent(color, c -> nearestEntry(c, r, g, b, paletteSize));
                previous = color;
            }
            indices[i] = index;
        }
        indexed.getRaster().setSamples(0, 0, width, height, 0, indices);
        return indexed;
    }

    private static int nearestEntry(int color, byte[] r, byte[] g, byte[] b, int size) {
        int best = 0;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < size; i++) {
            int dr = ((color >> 16) & 0xFF) - (r[i] & 0xFF);
            int dg = ((color >> 8) & 0xFF) - (g[i] & 0xFF);
            int db = (color & 0xFF) - (b[i] & 0xFF);
            int distance = dr * dr + dg * dg + db * db;
            if (distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static int blend(int from, int to, int step, int steps) {
        return from + (to - from) * step / steps;
    }

    /** The largest title size at which the title takes at most four lines, so it never reaches the footer. */
    private Font titleFont(Graphics2D g, String title, boolean rtl, ULocale locale) {
        Font font = bold.deriveFont(84f);
        while (font.getSize2D() > 44f
                && lines(title, font, g.getFontRenderContext(), rtl, locale).size() > 4) {
            font = bold.deriveFont(font.getSize2D() - 8f);
        }
        return font;
    }

    /** Draws {@code text} centred, broken into lines that fit; returns the baseline of the last line. */
    private static float draw(Graphics2D g, String text, Font font, float firstBaseline, boolean rtl, ULocale locale) {
        FontRenderContext frc = g.getFontRenderContext();
        float lineHeight = font.getSize2D() * 1.45f;
        float y = firstBaseline;
        List<TextLayout> lines = lines(text, font, frc, rtl, locale);
        for (int i = 0; i < lines.size(); i++) {
            TextLayout line = lines.get(i);
            if (i > 0) {
                y += lineHeight;
            }
            line.draw(g, (WIDTH - line.getAdvance()) / 2f, y);
        }
        return y;
    }

    /** Greedy filling at ICU's line-break opportunities, measured with the shaped text. */
    private static List<TextLayout> lines(String text, Font font, FontRenderContext frc, boolean rtl, ULocale locale) {
        float maxWidth = WIDTH - 2f * MARGIN;
        BreakIterator breaks = BreakIterator.getLineInstance(locale);
        breaks.setText(text);
        List<TextLayout> lines = new ArrayList<>();
        int lineStart = 0;
        int lastFit = -1;
        for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
            if (width(text.substring(lineStart, end), font, frc, rtl) > maxWidth && lastFit > lineStart) {
                lines.add(layout(text.substring(lineStart, lastFit), font, frc, rtl));
                lineStart = lastFit;
            }
            lastFit = end;
        }
        if (lineStart < text.length()) {
            lines.add(layout(text.substring(lineStart), font, frc, rtl));
        }
        return lines;
    }

    private static float width(String text, Font font, FontRenderContext frc, boolean rtl) {
        return layout(text, font, frc, rtl).getVisibleAdvance();
    }

    private static TextLayout layout(String text, Font font, FontRenderContext frc, boolean rtl) {
        AttributedString s = new AttributedString(
                text.strip(),
                Map.of(
                        TextAttribute.FONT,
                        font,
                        TextAttribute.RUN_DIRECTION,
                        rtl ? TextAttribute.RUN_DIRECTION_RTL : TextAttribute.RUN_DIRECTION_LTR));
        return new TextLayout(s.getIterator(), frc);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static Font awtFont(FontFace face) {
        try (InputStream in = face.open()) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (FontFormatException | IOException e) {
            throw new ExportException("cannot draw the cover with " + face + ": " + e.getMessage(), e);
        }
    }
}

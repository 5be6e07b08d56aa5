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
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.io.IOException;
import java.io.InputStream;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws a cover when the user supplies none: series, title, subtitle and date on a plain ground,
 * set in the edition's own faces. Java 2D shapes and orders the Arabic (its {@link TextLayout} runs the
 * bidi algorithm and the font's OpenType tables); ICU finds the line breaks. The cover is an SVG image
 * whose text is the outlines of the shaped glyphs ({@link SvgCanvas}): sharp at any size, two fifths of
 * the bytes of the same picture as a PNG, and no font to embed or refer to. The same digest gives the
 * same bytes. Immutable and thread-safe.
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
    /** Shaping takes milliseconds; editions re-exported with the same title reuse their cover. */
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

    /** The cover of a digest with metadata {@code m}, as an SVG image. */
    public byte[] svg(Metadata m, DigitStyle digits) {
        CoverText text = text(m, digits);
        // Drawn outside the map's lock (computeIfAbsent would hold it): a batch draws the covers of different
        // digests on all its threads at once. Two threads meeting the same new text both draw it, alike.
        byte[] svg = drawn.get(text);
        if (svg == null) {
            SvgCanvas canvas = new SvgCanvas(WIDTH, HEIGHT);
            compose(text, canvas);
            svg = canvas.toBytes();
            drawn.put(text, svg);
        }
        return svg.clone();
    }

    private void compose(CoverText t, SvgCanvas c) {
        c.rect(GROUND, 0, 0, WIDTH, HEIGHT);
        c.rect(ACCENT, MARGIN / 2f, MARGIN / 2f, WIDTH - MARGIN, 6);
        c.rect(ACCENT, MARGIN / 2f, HEIGHT - MARGIN / 2f - 6, WIDTH - MARGIN, 6);
        boolean rtl = t.rtl();
        ULocale locale = ULocale.forLanguageTag(t.language());
        float y = 190;
        if (t.series() != null) {
            y = draw(c, ACCENT, t.series(), regular.deriveFont(46f), y, rtl, locale) + 70;
        } else {
            y += 70;
        }
        y = draw(c, INK, t.title(), titleFont(c.frc(), t.title(), rtl, locale), y + 60, rtl, locale);
        if (t.subtitle() != null) {
            c.rect(ACCENT, WIDTH / 2f - 60, Math.round(y + 40), 120, 4);
            draw(c, INK, t.subtitle(), regular.deriveFont(50f), y + 130, rtl, locale);
        }
        float footY = HEIGHT - 150 - FOOT_LEADING * (t.foot().size() - 1);
        for (String line : t.foot()) {
            footY = draw(c, INK, line, regular.deriveFont(42f), footY, rtl, locale) + FOOT_LEADING;
        }
    }

    /** The largest title size at which the title takes at most four lines, so it never reaches the footer. */
    private Font titleFont(FontRenderContext frc, String title, boolean rtl, ULocale locale) {
        Font font = bold.deriveFont(84f);
        while (font.getSize2D() > 44f && lines(title, font, frc, rtl, locale).size() > 4) {
            font = bold.deriveFont(font.getSize2D() - 8f);
        }
        return font;
    }

    /** Draws {@code text} centred, broken into lines that fit; returns the baseline of the last line. */
    private static float draw(
            SvgCanvas c, Color color, String text, Font font, float firstBaseline, boolean rtl, ULocale locale) {
        FontRenderContext frc = c.frc();
        float lineHeight = font.getSize2D() * 1.45f;
        float y = firstBaseline;
        List<TextLayout> lines = lines(text, font, frc, rtl, locale);
        for (int i = 0; i < lines.size(); i++) {
            TextLayout line = lines.get(i);
            if (i > 0) {
                y += lineHeight;
            }
            c.text(color, line, (WIDTH - line.getAdvance()) / 2f, y);
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

    private static CoverText text(Metadata m, DigitStyle digits) {
        List<String> foot = new ArrayList<>();
        if (m.published() != null) {
            foot.add(DigestDates.gregorian(m.published(), m.language(), digits));
        }
        if (present(m.publisher())) {
            foot.add(m.publisher());
        }
        return new CoverText(
                present(m.series()) ? m.series() : null,
                m.title(),
                present(m.subtitle()) ? m.subtitle() : null,
                List.copyOf(foot),
                m.direction() == Direction.RTL,
                m.language());
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

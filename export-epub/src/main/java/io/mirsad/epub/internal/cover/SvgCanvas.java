package io.mirsad.epub.internal.cover;

import java.awt.Color;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Draws a cover as SVG: rectangles, and text as the outlines of the glyphs Java 2D shaped, so no font
 * is referred to. Coordinates are whole quarters of a pixel (the view box is four times the size), written
 * relative to the point before, which keeps the numbers short and alike for the deflater.
 */
final class SvgCanvas {
    private static final int SCALE = 4;
    /** What Java 2D measures with when it draws antialiased text at fractional positions. */
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private final StringBuilder svg = new StringBuilder(32 * 1024);
    private final float[] coords = new float[6];
    private long x;
    private long y;
    private char command;

    SvgCanvas(int width, int height) {
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(width * SCALE)
                .append(' ')
                .append(height * SCALE)
                .append("\">\n");
    }

    /** How text is measured for this canvas. */
    FontRenderContext frc() {
        return FRC;
    }

    /** Fills a rectangle, in pixels of the cover. */
    void rect(Color color, float x, float y, float width, float height) {
        svg.append("<rect x=\"")
                .append(Math.round(x * SCALE))
                .append("\" y=\"")
                .append(Math.round(y * SCALE))
                .append("\" width=\"")
                .append(Math.round(width * SCALE))
                .append("\" height=\"")
                .append(Math.round(height * SCALE))
                .append("\" fill=\"")
                .append(hex(color))
                .append("\"/>\n");
    }

    /** Fills the glyphs of {@code line} with its left end at {@code left} and its baseline at {@code baseline}. */
    void text(Color color, TextLayout line, float left, float baseline) {
        svg.append("<path fill=\"").append(hex(color)).append("\" d=\"");
        x = 0;
        y = 0;
        command = 0;
        long startX = 0;
        long startY = 0;
        AffineTransform at = AffineTransform.getScaleInstance(SCALE, SCALE);
        at.translate(left, baseline);
        for (PathIterator it = line.getOutline(at).getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(coords)) {
                case PathIterator.SEG_MOVETO -> {
                    segment('m', 1);
                    startX = x;
                    startY = y;
                }
                case PathIterator.SEG_LINETO -> segment('l', 1);
                case PathIterator.SEG_QUADTO -> segment('q', 2);
                case PathIterator.SEG_CUBICTO -> segment('c', 3);
                default -> {
                    svg.append('z');
                    command = 'z';
                    x = startX;
                    y = startY;
                }
            }
        }
        svg.append("\"/>\n");
    }

    /** Writes a segment of {@code points} points, each relative to the segment's start. */
    private void segment(char letter, int points) {
        // A command repeats without its letter, except that points after a move are lines.
        boolean lettered = letter != command || letter == 'm';
        if (lettered) {
            svg.append(letter);
        }
        command = letter == 'm' ? 'l' : letter;
        long startX = x;
        long startY = y;
        for (int p = 0; p < points; p++) {
            long dx = Math.round(coords[2 * p]) - startX;
            long dy = Math.round(coords[2 * p + 1]) - startY;
            if (p > 0 || !lettered) {
                separate(dx);
            }
            svg.append(dx);
            separate(dy);
            svg.append(dy);
            x = startX + dx;
            y = startY + dy;
        }
    }

    /** A space before a number, unless its minus sign already parts it from the one before. */
    private void separate(long next) {
        if (next >= 0) {
            svg.append(' ');
        }
    }

    private static String hex(Color c) {
        return "#" + HexFormat.of().toHexDigits((byte) c.getRed())
                + HexFormat.of().toHexDigits((byte) c.getGreen())
                + HexFormat.of().toHexDigits((byte) c.getBlue());
    }

    /** The SVG document, UTF-8. */
    byte[] toBytes() {
        return (svg + "</svg>\n").getBytes(StandardCharsets.UTF_8);
    }
}

package io.mirsad.pdf.internal.write;

/**
 * An image added to the document once, drawn by name.
 *
 * @param name   the XObject resource name
 * @param width  width in pixels
 * @param height height in pixels
 */
public record ImageRef(String name, int width, int height) {}

package io.mirsad.fonts.internal;

/**
 * A layout table this package cannot cut to a subset (a lookup format it does not read, an offset too
 * large for its field): the table is then kept whole, which is correct, only larger.
 */
final class UnsupportedLayout extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnsupportedLayout(String message) {
        super(message, null, false, false);
    }
}

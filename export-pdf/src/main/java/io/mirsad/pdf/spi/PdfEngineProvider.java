package io.mirsad.pdf.spi;

import io.mirsad.fonts.FontRegistry;
import java.util.Set;

/**
 * A PDF engine that lives in a module of its own, found through {@link java.util.ServiceLoader} when an
 * export asks for it by name ({@code pdf.engine=html}). The typesetter is built in; other engines, and
 * their dependencies, are paid for only by applications that put them on the class path.
 */
public interface PdfEngineProvider {

    /** The name the {@code pdf.engine} option selects this engine by. */
    String name();

    /** The option keys this engine reads besides the PDF exporter's own, so they are not refused as unknown. */
    default Set<String> optionKeys() {
        return Set.of();
    }

    /** An engine setting text in {@code fonts}. Called once per exporter; the engine is then shared. */
    PdfEngine create(FontRegistry fonts);
}

package io.mirsad.epub.internal.pack;

import io.mirsad.xhtml.xml.Namespace;
import io.mirsad.xhtml.xml.XmlWriter;

/** Writes {@code META-INF/container.xml}, which points reading systems at the package document. */
public final class ContainerWriter {
    /** Where reading systems look for the container file. */
    public static final String PATH = "META-INF/container.xml";

    private ContainerWriter() {}

    /** The container file for a package document at {@code packagePath} (from the container root). */
    public static byte[] write(String packagePath) {
        XmlWriter x = XmlWriter.create();
        x.start("container")
                .defaultNamespace(Namespace.CONTAINER.uri())
                .attr("version", "1.0")
                .newline();
        x.start("rootfiles").newline();
        x.empty("rootfile")
                .attr("full-path", packagePath)
                .attr("media-type", "application/oebps-package+xml")
                .newline();
        return x.finish();
    }
}

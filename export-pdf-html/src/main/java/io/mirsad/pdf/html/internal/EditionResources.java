package io.mirsad.pdf.html.internal;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.mirsad.export.ExportWarning;
import io.mirsad.xhtml.FigureImages;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What the user agent may load for one edition: the digest's own pictures, served from memory under the
 * {@value #SCHEME} scheme, and local files (the user's style sheet and the fonts and pictures it names).
 * Every other URL, {@code http:} and {@code https:} above all, is refused before anything is opened and
 * reported as a warning: an edition never touches the network.
 */
final class EditionResources implements FSStreamFactory {
    /** The scheme of the edition's own resources; the document's base URI is {@link #BASE}. */
    static final String SCHEME = "mirsad-edition";

    static final String BASE = SCHEME + ":/edition.xhtml";
    private static final Set<String> LOCAL = Set.of(SCHEME, "file", "data");

    private final Map<String, byte[]> pictures = new HashMap<>();
    private final Consumer<ExportWarning> warnings;

    EditionResources(FigureImages figures, Consumer<ExportWarning> warnings) {
        this.warnings = warnings;
        for (FigureImages.Image image : figures.images()) {
            pictures.put(
                    URI.create(BASE).resolve(image.href()).toString(),
                    image.figure().image());
        }
    }

    /** Installs the policy and the picture server on a builder. */
    void install(PdfRendererBuilder builder) {
        builder.useProtocolsStreamImplementation(this, SCHEME);
        builder.useHttpStreamImplementation(this::refuse);
        builder.useExternalResourceAccessControl(
                this::allowed, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    }

    @Override
    public FSStream getUrl(String url) {
        byte[] bytes = pictures.get(url);
        if (bytes == null) {
            warnings.accept(ExportWarning.of("html.missing-resource", "the edition has no resource " + url));
            return null;
        }
        return new FSStream() {
            @Override
            public InputStream getStream() {
                return new ByteArrayInputStream(bytes);
            }

            @Override
            public Reader getReader() {
                return new InputStreamReader(getStream(), StandardCharsets.UTF_8);
            }
        };
    }

    private boolean allowed(String uri, ExternalResourceType type) {
        if (uri == null) {
            return false;
        }
        String scheme = URI.create(uri.replace(" ", "%20")).getScheme();
        if (scheme != null && LOCAL.contains(scheme.toLowerCase(Locale.ROOT))) {
            return true;
        }
        warnings.accept(ExportWarning.of(
                "html.remote-resource",
                "refused to load " + type.name().toLowerCase(Locale.ROOT) + " " + uri
                        + ": Mirsad never accesses the network; use a local file"));
        return false;
    }

    /** Never reached while the access control refuses remote URLs; a second lock in case it changes. */
    private FSStream refuse(String url) {
        warnings.accept(ExportWarning.of(
                "html.remote-resource", "refused to open " + url + ": Mirsad never accesses the network"));
        return null;
    }
}

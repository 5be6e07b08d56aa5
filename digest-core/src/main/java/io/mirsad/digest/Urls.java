package io.mirsad.digest;

import io.mirsad.digest.text.Printable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one rule every format follows for web addresses. A digest accepts a URL only if it is empty or an
 * absolute URI ({@link #problem(String)}); an edition makes a link of it only if it is
 * {@link #isLinkable(String) linkable} — http or https with a host, or mailto. Anything else, such as
 * {@code javascript:} or {@code file:}, is shown as plain text in every format.
 */
public final class Urls {
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");

    private Urls() {}

    /** What is wrong with {@code url} as a digest's address, if anything; empty and {@code null} are fine. */
    public static Optional<String> problem(String url) {
        if (url == null || url.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url);
            if (uri.getScheme() == null) {
                return Optional.of("not an absolute URL (no scheme such as https:): '" + Printable.escape(url) + "'");
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of("not a valid URL: " + Printable.escape(e.getReason()) + " at index " + e.getIndex()
                    + " of '" + Printable.escape(url) + "'");
        }
    }

    /** Whether an edition may make a link to {@code url}: http(s) with a host, or mailto. */
    public static boolean isLinkable(String url) {
        if (url == null || url.isBlank() || problem(url).isPresent()) {
            return false;
        }
        URI uri = URI.create(url);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        return LINK_SCHEMES.contains(scheme) && (scheme.equals("mailto") || uri.getHost() != null);
    }
}

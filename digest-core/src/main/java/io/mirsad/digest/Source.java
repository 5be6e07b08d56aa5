package io.mirsad.digest;

import io.mirsad.digest.text.Blank;
import java.util.Objects;

/**
 * A body a digest cites: a think tank, news agency, ministry…
 *
 * @param id        the id sections use to cite it; unique within a digest
 * @param name      the Arabic name as the digest prints it
 * @param nameLatin the Latin-script name, or {@code null}
 * @param url       the home page, or {@code null}
 * @param kind      what kind of body it is
 */
public record Source(String id, String name, String nameLatin, String url, SourceKind kind) {

    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        nameLatin = Blank.orNull(nameLatin);
        url = Blank.orNull(url);
        kind = kind == null ? SourceKind.OTHER : kind;
    }

    /** A source with only an id and an Arabic name. */
    public static Source of(String id, String name) {
        return new Source(id, name, null, null, SourceKind.OTHER);
    }
}

package io.mirsad.digest;

import java.util.Objects;

/**
 * Someone besides the authors whom the edition credits: its editor or translator.
 *
 * @param name the name as printed
 * @param role what they did
 */
public record Contributor(String name, Role role) {

    public Contributor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }

    /** What a contributor did; the JSON form is the lower-case name. */
    public enum Role {
        /** Edited or supervised the edition ("تحرير"، "إشراف"، "مراجعة"). */
        EDITOR,
        /** Translated it ("ترجمة"). */
        TRANSLATOR
    }
}

package io.mirsad.digest;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a digest is built from invalid parts; lists every violation, not just the first. */
public final class DigestValidationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient List<Violation> violations;

    public DigestValidationException(List<Violation> violations) {
        super(violations.size() + (violations.size() == 1 ? " problem" : " problems") + " in digest: "
                + violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    /** Every violation found, in document order. */
    public List<Violation> violations() {
        return violations;
    }
}

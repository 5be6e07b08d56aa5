package io.mirsad.batch;

import java.util.Objects;

/**
 * One digest as it arrives: a name and its bytes. The name's extension says what the bytes are
 * ({@code .json}: digest JSON; {@code .txt}: page text), and messages about the input name it. Nothing
 * here touches a file system, so a cluster job can hand over bytes it read from anywhere.
 *
 * @param name  a file name or path, such as {@code 2026/observatory-2026-11-28.txt}
 * @param bytes the contents; not copied, so do not change them afterwards
 */
public record Input(String name, byte[] bytes) {
    public Input {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
    }

    /** The name's last segment without its extension: {@code observatory} for {@code a/observatory.json}. */
    public String baseName() {
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = last.lastIndexOf('.');
        return dot > 0 ? last.substring(0, dot) : last;
    }
}

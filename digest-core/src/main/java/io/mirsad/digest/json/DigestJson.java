package io.mirsad.digest.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.mirsad.digest.Digest;
import io.mirsad.digest.DigestValidationException;
import io.mirsad.digest.internal.json.DigestTreeReader;
import io.mirsad.digest.internal.json.DigestTreeWriter;
import io.mirsad.digest.text.Printable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;

/**
 * Reads and writes digests as JSON. Output is deterministic: fields in a fixed order, two-space
 * indentation, a paragraph's {@code runs} written only when it holds more than one plain run.
 * Safe to use from many threads.
 */
public final class DigestJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    /** Two-space indent, "key": value, one array element a line, "\n" on every platform. */
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private DigestJson() {}

    /** Parses a digest from JSON text. */
    public static Digest read(String json) {
        return read(new StringReader(json));
    }

    /** Parses a digest from UTF-8 JSON bytes. */
    public static Digest read(InputStream in) {
        return parse(() -> MAPPER.readTree(in));
    }

    /** Parses a digest from JSON characters. */
    public static Digest read(Reader reader) {
        return parse(() -> MAPPER.readTree(reader));
    }

    /** The digest as pretty-printed JSON text, ending in a newline. */
    public static String write(Digest digest) {
        try {
            return WRITER.writeValueAsString(DigestTreeWriter.toTree(digest)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the digest as UTF-8 JSON; the stream is not closed. */
    public static void write(Digest digest, OutputStream out) throws IOException {
        out.write(write(digest).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Reads the document into a tree; syntax errors carry their line and column. */
    private interface TreeSource {
        JsonNode read() throws IOException;
    }

    private static Digest parse(TreeSource source) {
        JsonNode root;
        try {
            root = source.read();
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            int line = loc == null ? -1 : loc.getLineNr();
            int col = loc == null ? -1 : loc.getColumnNr();
            // Limits such as the nesting depth are reported without a place.
            String where = line > 0 ? "line " + line + ", column " + col + ": " : "";
            // Jackson's limits name the setting that sets them, which is nothing a digest's author can change.
            String message = e.getOriginalMessage().replaceFirst(", from `[^`]*`\\)", ")");
            throw new DigestJsonException(where + Printable.escape(message), line, col, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || root.isMissingNode()) {
            throw new DigestJsonException("empty document: expected a JSON object", 1, 1, null);
        }
        try {
            return DigestTreeReader.read(root);
        } catch (DigestValidationException e) {
            throw new DigestJsonException(e.getMessage(), -1, -1, e);
        }
    }
}

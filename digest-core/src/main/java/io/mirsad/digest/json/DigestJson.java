package io.mirsad.digest.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import io.mirsad.digest.Digest;
import io.mirsad.digest.DigestValidationException;
import io.mirsad.digest.internal.json.DigestTreeReader;
import io.mirsad.digest.internal.json.DigestTreeWriter;
import io.mirsad.digest.internal.json.JsonTrees;
import io.mirsad.digest.text.Printable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Reads and writes digests as JSON. Output is deterministic: fields in a fixed order, two-space
 * indentation, a paragraph's {@code runs} written only when it holds more than one plain run.
 * Safe to use from many threads.
 */
public final class DigestJson {
    // Streaming parser and generator only (see JsonTrees): no ObjectMapper to build on a cold start.
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    /** Two-space indent, "key": value, one array element a line, "\n" on every platform. */
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private DigestJson() {}

    /** Parses a digest from JSON text. */
    public static Digest read(String json) {
        return read(new StringReader(json));
    }

    /** Parses a digest from UTF-8 JSON bytes. */
    public static Digest read(InputStream in) {
        return parse(() -> JSON.createParser(in));
    }

    /** Parses a digest from JSON characters. */
    public static Digest read(Reader reader) {
        return parse(() -> JSON.createParser(reader));
    }

    /** The digest as pretty-printed JSON text, ending in a newline. */
    public static String write(Digest digest) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(text)) {
            // The printer keeps the nesting depth: one instance per document.
            g.setPrettyPrinter(PRETTY.createInstance());
            JsonTrees.write(DigestTreeWriter.toTree(digest), g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }

    /** Writes the digest as UTF-8 JSON; the stream is not closed. */
    public static void write(Digest digest, OutputStream out) throws IOException {
        out.write(write(digest).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Opens a parser on the document. */
    private interface ParserSource {
        JsonParser open() throws IOException;
    }

    /** The document's one value as a tree, or null if it is empty; syntax errors carry their line and column. */
    private static JsonNode readTree(ParserSource source) throws IOException {
        try (JsonParser p = source.open()) {
            if (p.nextToken() == null) {
                return null;
            }
            JsonNode root = JsonTrees.read(p);
            if (p.nextToken() != null) {
                throw new JsonParseException(p, "unexpected '" + p.getText() + "' after the document's value");
            }
            return root;
        }
    }

    private static Digest parse(ParserSource source) {
        JsonNode root;
        try {
            root = readTree(source);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            int line = loc == null ? -1 : loc.getLineNr();
            int col = loc == null ? -1 : loc.getColumnNr();
            // Jackson's limits name the setting that sets them, which is nothing a digest's author can change.
            String message = e.getOriginalMessage().replaceFirst(", from `[^`]*`\\)", ")");
            throw new DigestJsonException(Printable.escape(message), line, col, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null) {
            throw new DigestJsonException("empty document: expected a JSON object", 1, 1, null);
        }
        try {
            return DigestTreeReader.read(root);
        } catch (DigestValidationException e) {
            throw new DigestJsonException(e.getMessage(), -1, -1, e);
        }
    }
}

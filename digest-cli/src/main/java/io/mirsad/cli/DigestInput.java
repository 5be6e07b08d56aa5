package io.mirsad.cli;

import io.mirsad.digest.Digest;
import io.mirsad.digest.importer.Gazetteer;
import io.mirsad.digest.importer.GazetteerFormatException;
import io.mirsad.digest.importer.ImportResult;
import io.mirsad.digest.importer.PageImportException;
import io.mirsad.digest.importer.PageImporter;
import io.mirsad.digest.json.DigestJson;
import io.mirsad.digest.json.DigestJsonException;
import io.mirsad.export.IoMessages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** Reads a digest from page text ({@code .txt}) or JSON ({@code .json}); errors name the file. */
final class DigestInput {
    private DigestInput() {}

    /** The file name without its extension: {@code observatory} for {@code observatory.txt}. */
    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static boolean isPageText(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
    }

    /**
     * The importer for page text with the user's gazetteer files merged over the bundled one (an entry
     * with a bundled id replaces it).
     */
    static PageImporter importer(List<Path> gazetteers) {
        PageImporter.Builder importer = PageImporter.builder();
        if (!gazetteers.isEmpty()) {
            Gazetteer.Builder merged = Gazetteer.builder().addAll(Gazetteer.defaults());
            for (Path file : gazetteers) {
                try {
                    merged.addAll(Gazetteer.load(file));
                } catch (IOException e) {
                    throw ioFailure(file, e);
                } catch (GazetteerFormatException e) {
                    throw new ErrorReporter.InputException(e.getMessage(), e);
                }
            }
            importer.gazetteer(merged.build());
        }
        return importer.build();
    }

    /** Imports page text; an invalid page or digest becomes an {@link ErrorReporter.InputException}. */
    static ImportResult importPage(Path file, PageImporter importer) {
        try {
            return importer.importPage(file);
        } catch (IOException e) {
            throw ioFailure(file, e);
        } catch (IllegalArgumentException | PageImportException e) {
            throw new ErrorReporter.InputException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a digest from either form, chosen by the file extension; the importer (and its gazetteer)
     * is only built for page text.
     */
    static Digest read(Path file, Supplier<PageImporter> importer) {
        if (Files.isDirectory(file)) {
            throw new ErrorReporter.InputException(file + ": is a directory, not a digest", null);
        }
        if (isPageText(file)) {
            return importPage(file, importer.get()).digest();
        }
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            throw new ErrorReporter.UsageException(
                    file + ": unknown input type; expected a .txt page or a .json digest");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return DigestJson.read(in);
        } catch (IOException e) {
            throw ioFailure(file, e);
        } catch (UncheckedIOException e) {
            throw ioFailure(file, e.getCause());
        } catch (DigestJsonException e) {
            throw new ErrorReporter.InputException(file + ": " + e.getMessage(), e);
        }
    }

    static ErrorReporter.InputException ioFailure(Path file, IOException e) {
        return new ErrorReporter.InputException(file + ": " + IoMessages.reason(e), e);
    }
}

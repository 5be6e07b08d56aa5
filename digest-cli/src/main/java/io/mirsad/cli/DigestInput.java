package io.mirsad.cli;

import io.mirsad.digest.importer.Gazetteer;
import io.mirsad.digest.importer.GazetteerFormatException;
import io.mirsad.digest.importer.ImportResult;
import io.mirsad.digest.importer.PageImportException;
import io.mirsad.digest.importer.PageImporter;
import io.mirsad.export.IoMessages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The command line's input files: names, the page importer with the user's gazetteers, errors naming the file. */
final class DigestInput {
    private DigestInput() {}

    /** The file name without its extension: {@code observatory} for {@code observatory.txt}. */
    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
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

    static ErrorReporter.InputException ioFailure(Path file, IOException e) {
        return new ErrorReporter.InputException(file + ": " + IoMessages.reason(e), e);
    }
}

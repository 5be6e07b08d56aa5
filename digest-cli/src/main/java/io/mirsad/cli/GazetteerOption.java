package io.mirsad.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --gazetteer FILE}, repeatable: the option every command that reads page text shares. */
final class GazetteerOption {
    @Option(
            names = "--gazetteer",
            paramLabel = "FILE",
            description =
                    "Institutions to recognise in page text besides the bundled ones (.tsv or .json; repeatable).")
    List<Path> files = new ArrayList<>();
}

package io.mirsad.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The input files named on a command line: files as given, folders searched recursively for
 * {@code .json} digests and {@code .txt} page text (hidden entries skipped), in a stable order. Each file
 * keeps its path relative to the deepest folder holding every input, so that outputs can mirror the
 * input tree: {@code a/index.json} and {@code b/index.json} become {@code a/index.pdf} and
 * {@code b/index.pdf}, never one file.
 *
 * @param files    the inputs to read, in order
 * @param problems inputs left out: missing, unreadable, of an unknown type, or the same file twice
 */
public record InputFiles(List<InputFile> files, List<Failure> problems) {
    public InputFiles {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }

    /**
     * One input file.
     *
     * @param file     the file as found
     * @param relative its path under the common root, which names its outputs
     */
    public record InputFile(Path file, Path relative) {
        /** The relative path without its extension, in {@code /} form: where its editions go. */
        public String outputStem() {
            String r = relative.toString().replace('\\', '/');
            int dot = r.lastIndexOf('.');
            return dot > r.lastIndexOf('/') + 1 ? r.substring(0, dot) : r;
        }

        /** Reads the file as an {@link Input} named by its path. */
        public Input read() throws IOException {
            return new Input(file.toString(), Files.readAllBytes(file));
        }
    }

    /** Expands files and folders into input files. Never throws for a bad input: it becomes a problem. */
    public static InputFiles expand(List<Path> inputs) {
        List<Path> found = new ArrayList<>();
        List<Failure> problems = new ArrayList<>();
        List<Path> roots = new ArrayList<>();
        for (Path input : inputs) {
            Path absolute = input.toAbsolutePath().normalize();
            if (Files.isDirectory(absolute)) {
                roots.add(absolute);
                try (Stream<Path> walk = Files.walk(absolute)) {
                    walk.filter(p -> !hidden(absolute, p) && Files.isRegularFile(p) && supported(p))
                            .sorted()
                            .forEach(found::add);
                } catch (IOException | UncheckedIOException e) {
                    problems.add(new Failure(
                            input.toString(),
                            null,
                            input + ": cannot list the folder: "
                                    + describe(e instanceof UncheckedIOException u ? u.getCause() : (IOException) e)));
                }
            } else if (!Files.exists(absolute)) {
                problems.add(new Failure(input.toString(), null, input + ": no such file"));
            } else if (!supported(absolute)) {
                problems.add(new Failure(
                        input.toString(),
                        null,
                        input + ": unknown input type; expected a .txt page or a .json digest"));
            } else if (!Files.isReadable(absolute)) {
                problems.add(new Failure(input.toString(), null, input + ": permission denied"));
            } else {
                roots.add(absolute.getParent());
                found.add(absolute);
            }
        }
        Path root = commonRoot(roots);
        List<InputFile> files = new ArrayList<>();
        Map<Path, Path> seen = new HashMap<>();
        Map<String, Path> stems = new HashMap<>();
        for (Path file : found) {
            Path real;
            try {
                real = file.toRealPath();
            } catch (IOException e) {
                problems.add(new Failure(file.toString(), null, file + ": " + describe(e)));
                continue;
            }
            Path first = seen.putIfAbsent(real, file);
            if (first != null) {
                problems.add(new Failure(file.toString(), null, file + ": the same file as " + first + "; read once"));
                continue;
            }
            InputFile in = new InputFile(file, root == null ? file.getFileName() : root.relativize(file));
            Path clash = stems.putIfAbsent(in.outputStem(), file);
            if (clash != null) {
                problems.add(new Failure(
                        file.toString(),
                        null,
                        file + ": its editions would overwrite those of " + clash
                                + " (same name, other extension); rename one"));
                continue;
            }
            files.add(in);
        }
        return new InputFiles(files, problems);
    }

    /** An I/O failure as a reader would say it. */
    static String describe(IOException e) {
        return e instanceof NoSuchFileException
                ? "no such file"
                : e instanceof AccessDeniedException ? "permission denied" : e.getMessage();
    }

    private static boolean supported(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".txt");
    }

    private static boolean hidden(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static Path commonRoot(List<Path> dirs) {
        Path root = null;
        for (Path d : dirs) {
            if (root == null) {
                root = d;
            }
            while (root != null && !d.startsWith(root)) {
                root = root.getParent();
            }
        }
        return root;
    }
}

package io.mirsad.batch;

import io.mirsad.digest.Digest;
import io.mirsad.digest.Metadata;
import io.mirsad.digest.Volume;
import io.mirsad.export.DigestExporter;
import io.mirsad.export.ExportException;
import io.mirsad.export.ExportResult;
import io.mirsad.export.VolumeExporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Binds many digests into one volume per format: a title page and table of contents, each digest a part,
 * page numbers running through, and one index of every digest's sources. Inputs are read twice: once,
 * all of them, to check them and make the table of contents, before anything is written; then one at a
 * time as each exporter reaches it, so memory does not grow with the number of digests.
 *
 * <p>A bad input (unreadable, broken, undated where a date is needed, the same file twice) fails the
 * whole anthology before anything is written, with every problem listed, unless
 * {@linkplain Builder#keepGoing(boolean) keep going} is set: then those inputs are left out and named in
 * the report. Each volume file is written whole or not at all.
 *
 * <pre>{@code
 * Anthology anthology = Anthology.builder(renderer).title("مرصد مراكز الأبحاث 2026").sortByDate(true).build();
 * AnthologyReport report = anthology.write(List.of(Path.of("archive/2026")), Path.of("out/2026.pdf"));
 * }</pre>
 */
public final class Anthology {
    private final Renderer renderer;
    private final String title;
    private final String subtitle;
    private final boolean sortByDate;
    private final boolean keepGoing;
    private final Listener listener;

    /** Hears how an anthology goes. Calls come from the thread that runs it. */
    public interface Listener {
        Listener NONE = new Listener() {};

        /** An input was read and checked, {@code done} of {@code total}. */
        default void checked(int done, int total) {}

        /** A part is being written in {@code format}: {@code done} of {@code total}. */
        default void writing(String format, int done, int total) {}
    }

    private Anthology(Builder b) {
        this.renderer = b.renderer;
        this.title = b.title;
        this.subtitle = b.subtitle;
        this.sortByDate = b.sortByDate;
        this.keepGoing = b.keepGoing;
        this.listener = b.listener;
    }

    /** An anthology in the renderer's formats, read with its reader, written with its options. */
    public static Builder builder(Renderer renderer) {
        return new Builder(renderer);
    }

    /** Writes the volume of {@code inputs} to {@code target}. */
    public AnthologyReport write(List<Path> inputs, Path target) throws IOException {
        return write(inputs, target, new Cancellation());
    }

    /**
     * Writes the volume of {@code inputs}: to {@code target} for one format, and with several, to
     * {@code target} with its extension replaced by each format's.
     *
     * @throws AnthologyException listing every bad input, before anything is written (unless keeping going),
     *                            or when no input is left, or an exporter cannot write volumes
     * @throws CancellationException if cancelled; no volume file is left half-written
     * @throws IOException           if a volume file cannot be written
     */
    public AnthologyReport write(List<Path> inputs, Path target, Cancellation cancellation) throws IOException {
        long start = System.nanoTime();
        for (DigestExporter e : renderer.exporters()) {
            if (!(e instanceof VolumeExporter)) {
                throw new AnthologyException("format " + e.format() + " cannot write volumes", List.of());
            }
        }
        // The exporters load their faces (and the classes that takes) while the inputs are checked.
        ExecutorService preparing = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "mirsad-anthology-prepare");
            t.setDaemon(true);
            return t;
        });
        List<Checked> checked;
        List<Failure> problems;
        try {
            List<Future<?>> prepared = new ArrayList<>();
            renderer.exporters().forEach(e -> prepared.add(preparing.submit(e::prepare)));
            InputFiles expanded = InputFiles.expand(inputs);
            problems = new ArrayList<>(expanded.problems());
            checked = check(expanded.files(), problems, cancellation);
            prepared.forEach(Anthology::awaitQuietly);
        } finally {
            preparing.shutdownNow();
        }
        if (!problems.isEmpty() && !keepGoing) {
            throw new AnthologyException(
                    problems.size() + (problems.size() == 1 ? " input is" : " inputs are")
                            + " bad; nothing was written (--keep-going leaves them out)",
                    problems);
        }
        if (checked.isEmpty()) {
            throw new AnthologyException("no digest to bind", problems);
        }
        if (sortByDate) {
            checked.sort(Comparator.comparing(c -> c.metadata().published()));
        }
        List<Path> written = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (DigestExporter exporter : renderer.exporters()) {
            Path file = renderer.exporters().size() == 1 ? target : withExtension(target, exporter.fileExtension());
            Volume volume = volume(checked, exporter.format(), cancellation);
            try {
                ExportResult result = ((VolumeExporter) exporter)
                        .exportVolume(volume, renderer.options().withWarnings(w -> {}), file);
                result.warnings().forEach(w -> warnings.add(exporter.format() + ": " + w));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } catch (RuntimeException e) {
                if (cancellation.isCancelled()) {
                    // Exporters may wrap what the part's supplier threw; say plainly that it was cancelled.
                    CancellationException cancelled = new CancellationException("anthology cancelled");
                    cancelled.initCause(e);
                    throw cancelled;
                }
                throw e;
            }
            written.add(file);
        }
        return new AnthologyReport(
                written, problems, warnings, checked.size(), Duration.ofNanos(System.nanoTime() - start));
    }

    /** Waits for an exporter to be prepared; if preparing failed, exporting will fail and say why. */
    private static void awaitQuietly(Future<?> prepared) {
        try {
            prepared.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // Reported by the export itself.
        }
    }

    /** An input that read well: where it is and what its table-of-contents entry needs. */
    private record Checked(InputFiles.InputFile file, Metadata metadata) {}

    private List<Checked> check(List<InputFiles.InputFile> files, List<Failure> problems, Cancellation cancellation) {
        List<Checked> checked = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            if (cancellation.isCancelled()) {
                throw new CancellationException("anthology cancelled");
            }
            InputFiles.InputFile file = files.get(i);
            try {
                Digest digest = renderer.reader().read(file.read());
                if (sortByDate && digest.metadata().published() == null) {
                    problems.add(
                            new Failure(
                                    file.file().toString(),
                                    null,
                                    file.file()
                                            + ": no publication date, which sorting by date needs (--date-from-name takes it from the file name)"));
                } else {
                    checked.add(new Checked(file, digest.metadata()));
                }
            } catch (IOException e) {
                problems.add(new Failure(file.file().toString(), null, file.file() + ": " + InputFiles.describe(e)));
            } catch (InputException e) {
                problems.add(new Failure(file.file().toString(), null, e.getMessage()));
            }
            listener.checked(i + 1, files.size());
        }
        return checked;
    }

    /** The volume, its parts read again from their files as the exporter reaches each. */
    private Volume volume(List<Checked> checked, String format, Cancellation cancellation) {
        AtomicInteger done = new AtomicInteger();
        List<Volume.Part> parts = new ArrayList<>();
        for (Checked c : checked) {
            parts.add(new Volume.Part(c.metadata(), () -> {
                if (cancellation.isCancelled()) {
                    throw new CancellationException("anthology cancelled");
                }
                listener.writing(format, done.incrementAndGet(), checked.size());
                try {
                    return renderer.reader().read(c.file().read());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InputException e) {
                    throw new ExportException(e.getMessage() + " (it changed while the volume was written)", e);
                }
            }));
        }
        return new Volume(metadata(checked), parts);
    }

    /**
     * The volume's metadata: the title given, the language and direction of the first digest, the series
     * and publisher when every digest shares them, the latest date, and an identifier derived from the title
     * and the digests' identities, so that the same volume always gets the same one.
     */
    private Metadata metadata(List<Checked> checked) {
        Metadata first = checked.get(0).metadata();
        String series = shared(checked, Metadata::series);
        String publisher = shared(checked, Metadata::publisher);
        LocalDate latest = checked.stream()
                .map(c -> c.metadata().published())
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
        StringBuilder identity = new StringBuilder(title);
        checked.forEach(c -> identity.append('\n')
                .append(
                        c.metadata().identifier() != null
                                ? c.metadata().identifier()
                                : c.metadata().title() + " " + c.metadata().published()));
        String identifier =
                "urn:uuid:" + UUID.nameUUIDFromBytes(identity.toString().getBytes(StandardCharsets.UTF_8));
        return new Metadata(
                title,
                subtitle,
                series,
                List.of(),
                List.of(),
                publisher,
                latest,
                first.language(),
                first.direction(),
                identifier,
                null,
                null,
                List.of());
    }

    private static String shared(List<Checked> checked, java.util.function.Function<Metadata, String> field) {
        String value = field.apply(checked.get(0).metadata());
        for (Checked c : checked) {
            if (!Objects.equals(value, field.apply(c.metadata()))) {
                return null;
            }
        }
        return value;
    }

    private static Path withExtension(Path target, String extension) {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return target.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + "." + extension);
    }

    /** Configures an {@link Anthology}. */
    public static final class Builder {
        private final Renderer renderer;
        private String title;
        private String subtitle;
        private boolean sortByDate;
        private boolean keepGoing;
        private Listener listener = Listener.NONE;

        private Builder(Renderer renderer) {
            this.renderer = Objects.requireNonNull(renderer, "renderer");
        }

        /** The volume's title (required). */
        public Builder title(String title) {
            this.title = Objects.requireNonNull(title, "title");
            return this;
        }

        public Builder subtitle(String subtitle) {
            this.subtitle = subtitle;
            return this;
        }

        /** Order the digests by publication date (then as given) instead of as given. */
        public Builder sortByDate(boolean sortByDate) {
            this.sortByDate = sortByDate;
            return this;
        }

        /** Leave bad inputs out, naming them in the report, instead of writing nothing. */
        public Builder keepGoing(boolean keepGoing) {
            this.keepGoing = keepGoing;
            return this;
        }

        public Builder listener(Listener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        public Anthology build() {
            if (title == null || title.isBlank()) {
                throw new IllegalArgumentException("an anthology needs a title");
            }
            return new Anthology(this);
        }
    }
}

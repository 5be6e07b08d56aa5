package io.mirsad.batch;

import io.mirsad.batch.internal.Manifest;
import io.mirsad.export.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Renders many input files into an output folder, in parallel, through one shared {@link Renderer}.
 * Editions mirror the input tree ({@link InputFiles}); a bad file is reported in the
 * {@link BatchReport} and never stops the rest; every file is written whole or not at all (temporary
 * name, then an atomic rename). A re-run skips an edition whose input, settings and file are those of the
 * last run (checked by content: SHA-256, not file times), and leaves a file alone when its new bytes
 * equal the old; {@linkplain Builder#force(boolean) force} renders everything again.
 *
 * <pre>{@code
 * Batch batch = Batch.builder(Renderer.builder().build(), Path.of("out")).threads(4).build();
 * BatchReport report = batch.run(List.of(Path.of("archive")));
 * report.failures().forEach(System.err::println);
 * }</pre>
 *
 * Immutable: one batch can run any number of times.
 */
public final class Batch {
    private final Renderer renderer;
    private final Path outputDir;
    private final int threads;
    private final boolean force;
    private final BatchListener listener;

    private Batch(Builder b) {
        this.renderer = b.renderer;
        this.outputDir = b.outputDir;
        this.threads = b.threads;
        this.force = b.force;
        this.listener = b.listener;
    }

    /** A batch rendering with {@code renderer} into {@code outputDir}. */
    public static Builder builder(Renderer renderer, Path outputDir) {
        return new Builder(renderer, outputDir);
    }

    /** Renders the files and folders in {@code inputs}. */
    public BatchReport run(List<Path> inputs) throws IOException {
        return run(inputs, new Cancellation());
    }

    /**
     * Renders the files and folders in {@code inputs} until done or cancelled.
     *
     * @throws IOException if the output folder cannot be created or the manifest cannot be saved; a
     *                     failure to read an input or write an edition is reported instead
     */
    public BatchReport run(List<Path> inputs, Cancellation cancellation) throws IOException {
        long start = System.nanoTime();
        InputFiles expanded = InputFiles.expand(inputs);
        Files.createDirectories(outputDir);
        Manifest manifest = Manifest.load(outputDir);
        Object lock = new Object();
        synchronized (lock) {
            listener.started(expanded.files().size(), expanded.problems().size());
        }
        List<FileResult> results = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, new Workers());
        try {
            List<Future<FileResult>> futures = new ArrayList<>();
            for (InputFiles.InputFile file : expanded.files()) {
                futures.add(pool.submit(() -> {
                    if (cancellation.isCancelled()) {
                        return null;
                    }
                    FileResult result = renderFile(file, manifest);
                    synchronized (lock) {
                        listener.finished(result);
                    }
                    return result;
                }));
            }
            for (Future<FileResult> f : futures) {
                FileResult r = join(f);
                if (r != null) {
                    results.add(r);
                }
            }
        } finally {
            pool.shutdownNow();
            manifest.save();
        }
        boolean cancelled = results.size() < expanded.files().size();
        return new BatchReport(results, expanded.problems(), Duration.ofNanos(System.nanoTime() - start), cancelled);
    }

    private FileResult renderFile(InputFiles.InputFile file, Manifest manifest) {
        Input input;
        try {
            input = file.read();
        } catch (IOException e) {
            return new FileResult(
                    file.file(),
                    List.of(),
                    List.of(new Failure(file.file().toString(), null, file.file() + ": " + InputFiles.describe(e))),
                    List.of());
        }
        String inputHash = Sha256.hex(input.bytes());
        List<EditionResult> editions = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        for (String format : renderer.formats()) {
            EditionResult current = force ? null : upToDate(file, format, input, inputHash, manifest);
            if (current != null) {
                editions.add(current);
            } else {
                stale.add(format);
            }
        }
        if (stale.isEmpty()) {
            return new FileResult(file.file(), editions, List.of(), List.of());
        }
        Rendering rendering = renderer.only(stale).render(input);
        List<Failure> failures = new ArrayList<>(rendering.failures());
        List<String> warnings = new ArrayList<>();
        for (Edition edition : rendering.editions()) {
            edition.warnings().forEach(w -> warnings.add(edition.format() + ": " + w));
            String name = editionName(file, edition.fileExtension());
            Path target = outputDir.resolve(name);
            try {
                EditionResult.Status status = write(target, edition);
                manifest.put(
                        name,
                        new Manifest.Entry(
                                inputHash, renderer.fingerprint(edition.format(), input.name()), edition.sha256()));
                editions.add(new EditionResult(edition.format(), target, status, edition.sha256()));
            } catch (IOException e) {
                failures.add(new Failure(
                        file.file().toString(),
                        edition.format(),
                        target + ": cannot write: " + InputFiles.describe(e)));
            }
        }
        return new FileResult(file.file(), editions, failures, warnings);
    }

    private EditionResult upToDate(
            InputFiles.InputFile file, String format, Input input, String inputHash, Manifest manifest) {
        String extension = renderer.exporter(format).fileExtension();
        String name = editionName(file, extension);
        Manifest.Entry entry = manifest.get(name);
        Path target = outputDir.resolve(name);
        if (entry == null
                || !entry.input().equals(inputHash)
                || !entry.settings().equals(renderer.fingerprint(format, input.name()))
                || !Files.isRegularFile(target)) {
            return null;
        }
        try {
            return Sha256.hex(target).equals(entry.output())
                    ? new EditionResult(format, target, EditionResult.Status.UP_TO_DATE, entry.output())
                    : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Writes an edition unless the file already holds exactly its bytes. */
    private static EditionResult.Status write(Path target, Edition edition) throws IOException {
        if (Files.isRegularFile(target)
                && Files.size(target) == edition.bytes().length
                && Sha256.hex(target).equals(edition.sha256())) {
            return EditionResult.Status.UNCHANGED;
        }
        AtomicFiles.write(target, out -> out.write(edition.bytes()));
        return EditionResult.Status.WRITTEN;
    }

    private static String editionName(InputFiles.InputFile file, String extension) {
        return file.outputStem() + "." + extension;
    }

    private static FileResult join(Future<FileResult> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Daemon workers, so that an embedding application can always exit. */
    private static final class Workers implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "mirsad-batch-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }

    /** Configures a {@link Batch}. */
    public static final class Builder {
        private final Renderer renderer;
        private final Path outputDir;
        private int threads = Runtime.getRuntime().availableProcessors();
        private boolean force;
        private BatchListener listener = BatchListener.NONE;

        private Builder(Renderer renderer, Path outputDir) {
            this.renderer = Objects.requireNonNull(renderer, "renderer");
            this.outputDir = Objects.requireNonNull(outputDir, "outputDir");
        }

        /** How many files render at once; one per processor unless set. */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, got " + threads);
            }
            this.threads = threads;
            return this;
        }

        /** Render every edition again, even those up to date. */
        public Builder force(boolean force) {
            this.force = force;
            return this;
        }

        public Builder listener(BatchListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        public Batch build() {
            return new Batch(this);
        }
    }
}

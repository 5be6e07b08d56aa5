package io.mirsad.epub;

import io.mirsad.digest.Digest;
import io.mirsad.digest.Images;
import io.mirsad.digest.Volume;
import io.mirsad.epub.internal.book.BookAssembler;
import io.mirsad.epub.internal.book.Edition;
import io.mirsad.epub.internal.book.VolumeAssembler;
import io.mirsad.epub.internal.cover.CoverImage;
import io.mirsad.export.DigestExporter;
import io.mirsad.export.ExportException;
import io.mirsad.export.ExportOptions;
import io.mirsad.export.IoMessages;
import io.mirsad.export.VolumeExporter;
import io.mirsad.fonts.FontRegistry;
import io.mirsad.fonts.MissingGlyphs;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Writes a digest as an EPUB 3 book that reading systems lay out right to left: package and spine
 * directions, {@code dir} and {@code lang} on every document, the fonts embedded with the outlines of
 * only the glyphs the book's text needs (see {@link io.mirsad.fonts.FontFace#subset}), a navigation
 * document with landmarks plus a legacy NCX, sources as endnotes linked both ways, and EPUB
 * Accessibility 1.1 metadata. The same digest and settings always give the same bytes.
 *
 * <p>Options read from {@link ExportOptions}, overriding the builder's settings:
 * <ul>
 *   <li>{@value #SPLIT}: {@code section} (default, one content document per section) or {@code single};</li>
 *   <li>{@value #COVER}: the path of a PNG or JPEG file to use as the cover instead of a generated one;</li>
 *   <li>{@value ExportOptions#DIGITS}: the digits of dates and note numbers.</li>
 * </ul>
 *
 * <p>Characters no face of the {@link FontRegistry} has are reported once per export as a
 * {@value MissingGlyphs#CODE} warning, as by every format.
 *
 * <p>The digest needs a publication date: it becomes {@code dcterms:modified} and the zip entries' time.
 * Instances are immutable and safe to share between threads.
 */
public final class EpubExporter implements DigestExporter, VolumeExporter {
    /** Option: how sections are split among content documents, {@code section} or {@code single}. */
    public static final String SPLIT = "epub.split";
    /** Option: the path of a PNG or JPEG cover picture. */
    public static final String COVER = "epub.cover";

    private final SplitMode split;
    private final CoverImage cover;
    private final FontRegistry fonts;
    private final BookAssembler assembler;
    private final VolumeAssembler volumes;

    /** An exporter with the defaults: bundled Amiri, a generated cover, one document per section. */
    public EpubExporter() {
        this(builder());
    }

    private EpubExporter(Builder b) {
        this.split = b.split;
        this.cover = b.cover;
        this.fonts = b.fonts;
        this.assembler = new BookAssembler(b.fonts);
        this.volumes = new VolumeAssembler(assembler);
    }

    /** Starts configuring an exporter. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String format() {
        return "epub";
    }

    @Override
    public String mediaType() {
        return "application/epub+zip";
    }

    @Override
    public String fileExtension() {
        return "epub";
    }

    @Override
    public Set<String> optionKeys() {
        return Set.of(SPLIT, COVER);
    }

    @Override
    public void export(Digest digest, ExportOptions options, OutputStream out) throws IOException {
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(out, "out");
        // Faces added by option are this export's own; the shared assembler keeps the configured ones.
        FontRegistry faces = fonts.with(options);
        BookAssembler books = faces == fonts ? assembler : new BookAssembler(faces);
        books.write(digest, edition(options), out);
        MissingGlyphs.of(digest, faces).ifPresent(options.warnings());
    }

    /**
     * Writes a volume as one book: its cover, title page and one navigation document listing the parts
     * with their sections nested, each digest a part with its own title page and notes, and one index of
     * every digest's sources. Documents are written to {@code out} as each part is reached, so memory
     * holds one digest at a time. The volume needs a publication date and an identifier. Options as for
     * {@link #export(Digest, ExportOptions, OutputStream)}.
     */
    @Override
    public void exportVolume(Volume volume, ExportOptions options, OutputStream out) throws IOException {
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(out, "out");
        Edition edition = edition(options);
        MissingGlyphs missing = new MissingGlyphs(fonts);
        volumes.write(missing.watching(volume), edition, out);
        missing.warning().ifPresent(options.warnings());
    }

    private Edition edition(ExportOptions options) {
        Objects.requireNonNull(options, "options");
        options.checkKeys(this);
        SplitMode splitMode = split;
        if (options.get(SPLIT).isPresent()) {
            try {
                splitMode = SplitMode.fromOptionName(options.get(SPLIT).get());
            } catch (IllegalArgumentException e) {
                throw new ExportException("option " + SPLIT + ": " + e.getMessage());
            }
        }
        CoverImage coverImage = cover;
        if (options.get(COVER).isPresent()) {
            coverImage = readCover(Path.of(options.get(COVER).get()));
        }
        return new Edition(splitMode, coverImage, options.digits());
    }

    /** The cover picture {@value #COVER} names, if set. */
    @Override
    public List<Path> filesRead(ExportOptions options) {
        return options.get(COVER).map(Path::of).stream().toList();
    }

    /** Loads the faces and the cover's drawing machinery the first export would otherwise load. */
    @Override
    public void prepare() {
        assembler.prepare();
    }

    private static CoverImage readCover(Path file) {
        try {
            return CoverImage.of(Images.read(file));
        } catch (IOException e) {
            throw new ExportException("option " + COVER + ": cannot read " + file + ": " + IoMessages.reason(e), e);
        } catch (ExportException e) {
            throw new ExportException("option " + COVER + ": " + file + ": " + e.getMessage(), e);
        }
    }

    /** Configures an {@link EpubExporter}. */
    public static final class Builder {
        private FontRegistry fonts = FontRegistry.defaults();
        private CoverImage cover;
        private SplitMode split = SplitMode.SECTION;

        private Builder() {}

        /** The faces to embed and set the text in; the bundled Amiri by default. */
        public Builder fonts(FontRegistry fonts) {
            this.fonts = Objects.requireNonNull(fonts, "fonts");
            return this;
        }

        /**
         * A PNG or JPEG picture for the cover; without one a cover is drawn from the title.
         *
         * @throws ExportException if the bytes are neither PNG nor JPEG
         */
        public Builder coverImage(byte[] image) {
            this.cover = CoverImage.of(Objects.requireNonNull(image, "image"));
            return this;
        }

        /** How sections are divided among content documents; {@link SplitMode#SECTION} by default. */
        public Builder split(SplitMode split) {
            this.split = Objects.requireNonNull(split, "split");
            return this;
        }

        public EpubExporter build() {
            return new EpubExporter(this);
        }
    }
}

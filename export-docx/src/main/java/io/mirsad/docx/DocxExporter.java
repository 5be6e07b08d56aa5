package io.mirsad.docx;

import io.mirsad.digest.Digest;
import io.mirsad.digest.Volume;
import io.mirsad.digest.text.DigitStyle;
import io.mirsad.digest.text.Printable;
import io.mirsad.docx.internal.DocxConfig;
import io.mirsad.docx.internal.DocxWriter;
import io.mirsad.export.DigestExporter;
import io.mirsad.export.ExportException;
import io.mirsad.export.ExportOptions;
import io.mirsad.export.VolumeExporter;
import io.mirsad.fonts.FontRegistry;
import io.mirsad.fonts.MissingGlyphs;
import java.io.IOException;
import java.io.OutputStream;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a digest as a Word document (Office Open XML, {@code .docx}) that Word and LibreOffice open,
 * shape and print as the edition intends: right-to-left paragraphs and runs, complex-script fonts and
 * sizes, real paragraph styles, sources as footnotes at the point of attribution, a header, a folio,
 * a table of contents, and the text face embedded so that machines without it still show it. Text the
 * text face cannot draw (Greek, Cyrillic, Hebrew…) is set in the first fallback face of the
 * {@link FontRegistry} that has it, as in every format, and those faces are embedded too; characters
 * no face has are reported once per export as a {@value MissingGlyphs#CODE} warning.
 *
 * <p>The exporter is immutable and safe to share between threads. The same digest and options always
 * give the same bytes.
 *
 * <p>Options read from {@link ExportOptions} (each overrides the builder's setting for one export):
 * <ul>
 *   <li>{@value #BIDI_LANGUAGE}: the BCP 47 tag of right-to-left runs ({@code w:lang w:bidi}), default {@code ar-EG};</li>
 *   <li>{@value #KASHIDA}: {@code none} (default), {@code low}, {@code medium} or {@code high} — see {@link Kashida};</li>
 *   <li>{@value #PAPER}: {@code a4} (default), {@code a5} or {@code letter};</li>
 *   <li>{@value #EMBED_FONTS}: {@code true} (default) or {@code false};</li>
 *   <li>{@value #FONT_SUBSET}: {@code true} to embed only the glyphs the document uses (an archive copy a
 *       fraction of the size, in which an editor can no longer type new words in the embedded face), or
 *       {@code false} (default) to embed the faces whole;</li>
 *   <li>{@value #ARABIC_INDIC_PAGE_NUMBERS}: {@code true} to number pages, footnotes and the header date in
 *       Arabic-Indic digits (٠١٢…); when unset, {@link ExportOptions#DIGITS} decides.</li>
 * </ul>
 */
public final class DocxExporter implements DigestExporter, VolumeExporter {
    /** Option key: the language of right-to-left runs. */
    public static final String BIDI_LANGUAGE = "docx.bidi-language";
    /** Option key: kashida justification of body text. */
    public static final String KASHIDA = "docx.kashida";
    /** Option key: the paper size. */
    public static final String PAPER = "docx.paper";
    /** Option key: whether to embed the fonts. */
    public static final String EMBED_FONTS = "docx.embed-fonts";
    /** Option key: whether embedded fonts are cut to the glyphs the document uses. */
    public static final String FONT_SUBSET = "docx.font-subset";
    /** Option key: whether folios are set in Arabic-Indic digits. */
    public static final String ARABIC_INDIC_PAGE_NUMBERS = "docx.arabic-indic-page-numbers";

    private final FontRegistry fonts;
    private final String bidiLanguage;
    private final Kashida kashida;
    private final boolean arabicIndicPageNumbers;
    private final Paper paper;
    private final boolean embedFonts;
    private final boolean subsetFonts;

    /** An exporter with the defaults: bundled Amiri, embedded; ar-EG; plain justification; A4; Western folios. */
    public DocxExporter() {
        this(builder());
    }

    private DocxExporter(Builder b) {
        this.fonts = b.fonts;
        this.bidiLanguage = b.bidiLanguage;
        this.kashida = b.kashida;
        this.arabicIndicPageNumbers = b.arabicIndicPageNumbers;
        this.paper = b.paper;
        this.embedFonts = b.embedFonts;
        this.subsetFonts = b.subsetFonts;
    }

    /** Starts an exporter from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String format() {
        return "docx";
    }

    @Override
    public String mediaType() {
        return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    }

    @Override
    public String fileExtension() {
        return "docx";
    }

    @Override
    public Set<String> optionKeys() {
        return Set.of(BIDI_LANGUAGE, KASHIDA, PAPER, EMBED_FONTS, FONT_SUBSET, ARABIC_INDIC_PAGE_NUMBERS);
    }

    /**
     * Writes the digest as a Word document. The document is built in memory first, so a failure
     * writes nothing to {@code out}.
     *
     * @throws ExportException if an option is malformed or the document cannot be built
     */
    @Override
    public void export(Digest digest, ExportOptions options, OutputStream out) throws IOException {
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(out, "out");
        ExportOptions given = options == null ? ExportOptions.defaults() : options;
        given.checkKeys(this);
        DocxConfig config = configFor(given);
        byte[] document = DocxWriter.write(digest, config);
        MissingGlyphs.of(digest, config.fonts()).ifPresent(given.warnings());
        out.write(document);
    }

    /** Loads the document classes and prepares the embedded fonts of the default settings. */
    @Override
    public void prepare() {
        DocxWriter.prepare(configFor(ExportOptions.defaults()));
    }

    /**
     * Writes a volume as one Word document: its title and contents, each digest a part whose title is a
     * heading 1 and whose headlines are heading 2 (Word's navigation pane shows parts and their sections),
     * a running header naming the current digest, page numbers throughout, footnotes numbered through the
     * volume, and a closing index of every digest's sources. Parts are fetched one at a time and each
     * part's text leaves the document model, compressed, once written, so memory grows with the compressed
     * document (about the size of the file), not with its XML; the file is built in memory, and nothing is
     * written to {@code out} if it fails.
     */
    @Override
    public void exportVolume(Volume volume, ExportOptions options, OutputStream out) throws IOException {
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(out, "out");
        ExportOptions given = options == null ? ExportOptions.defaults() : options;
        DocxConfig config = configFor(given);
        MissingGlyphs missing = new MissingGlyphs(config.fonts());
        byte[] document = DocxWriter.write(missing.watching(volume), config);
        missing.warning().ifPresent(given.warnings());
        out.write(document);
    }

    private DocxConfig configFor(ExportOptions options) {
        String language = options.get(BIDI_LANGUAGE).map(String::trim).orElse(bidiLanguage);
        if (!isLanguageTag(language)) {
            throw new ExportException("option " + BIDI_LANGUAGE + ": expected a language tag such as ar-EG, got '"
                    + Printable.escape(language) + "'");
        }
        Kashida k = parse(options.get(KASHIDA), Kashida::fromOptionName, KASHIDA, kashida);
        Paper p = parse(options.get(PAPER), Paper::fromOptionName, PAPER, paper);
        boolean indic = options.get(ARABIC_INDIC_PAGE_NUMBERS).isPresent()
                ? options.getBoolean(ARABIC_INDIC_PAGE_NUMBERS, arabicIndicPageNumbers)
                : arabicIndicPageNumbers || options.digits() == DigitStyle.ARABIC_INDIC;
        return new DocxConfig(
                fonts.with(options),
                language,
                k,
                indic ? DigitStyle.ARABIC_INDIC : DigitStyle.WESTERN,
                p,
                options.getBoolean(EMBED_FONTS, embedFonts),
                options.getBoolean(FONT_SUBSET, subsetFonts));
    }

    private static boolean isLanguageTag(String tag) {
        try {
            return !tag.isEmpty()
                    && !new Locale.Builder()
                            .setLanguageTag(tag)
                            .build()
                            .getLanguage()
                            .isEmpty();
        } catch (IllformedLocaleException e) {
            return false;
        }
    }

    private static <T> T parse(
            Optional<String> value, java.util.function.Function<String, T> parser, String key, T fallback) {
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return parser.apply(value.get());
        } catch (IllegalArgumentException e) {
            throw new ExportException("option " + key + ": " + e.getMessage(), e);
        }
    }

    /** Configures a {@link DocxExporter}. */
    public static final class Builder {
        private FontRegistry fonts = FontRegistry.defaults();
        private String bidiLanguage = "ar-EG";
        private Kashida kashida = Kashida.NONE;
        private boolean arabicIndicPageNumbers;
        private Paper paper = Paper.A4;
        private boolean embedFonts = true;
        private boolean subsetFonts;

        private Builder() {}

        /** The faces the document is set in and embeds (regular, bold and the fallbacks its text needs); default the bundled Amiri and Noto faces. */
        public Builder fonts(FontRegistry fonts) {
            this.fonts = Objects.requireNonNull(fonts, "fonts");
            return this;
        }

        /** The language of right-to-left runs, a BCP 47 tag; default {@code ar-EG}. */
        public Builder bidiLanguage(String languageTag) {
            Objects.requireNonNull(languageTag, "languageTag");
            if (!isLanguageTag(languageTag.trim())) {
                throw new IllegalArgumentException("bidi language: expected a language tag such as ar-EG, got '"
                        + Printable.escape(languageTag) + "'");
            }
            this.bidiLanguage = languageTag.trim();
            return this;
        }

        /** Kashida justification of body text; default {@link Kashida#NONE} (spaces are widened). */
        public Builder kashida(Kashida kashida) {
            this.kashida = Objects.requireNonNull(kashida, "kashida");
            return this;
        }

        /** Whether page numbers, footnote marks and the header date use Arabic-Indic digits; default no. */
        public Builder arabicIndicPageNumbers(boolean arabicIndic) {
            this.arabicIndicPageNumbers = arabicIndic;
            return this;
        }

        /** The paper size; default {@link Paper#A4}. */
        public Builder paper(Paper paper) {
            this.paper = Objects.requireNonNull(paper, "paper");
            return this;
        }

        /** Whether to embed the regular and bold faces in the document; default yes. */
        public Builder embedFonts(boolean embed) {
            this.embedFonts = embed;
            return this;
        }

        /**
         * Whether embedded faces keep only the glyphs the document uses (Word's "embed only the characters
         * used in the document"); false by default, so that an editor can type any word in the embedded face.
         */
        public Builder subsetFonts(boolean subset) {
            this.subsetFonts = subset;
            return this;
        }

        /** The exporter. */
        public DocxExporter build() {
            return new DocxExporter(this);
        }
    }
}

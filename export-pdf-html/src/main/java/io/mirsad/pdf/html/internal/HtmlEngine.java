package io.mirsad.pdf.html.internal;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.bidi.support.ICUBreakers;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import io.mirsad.digest.Digest;
import io.mirsad.digest.Direction;
import io.mirsad.export.ExportException;
import io.mirsad.export.ExportOptions;
import io.mirsad.export.ExportWarning;
import io.mirsad.fonts.FontFace;
import io.mirsad.fonts.FontRegistry;
import io.mirsad.fonts.MissingGlyphs;
import io.mirsad.pdf.PdfLayout;
import io.mirsad.pdf.html.HtmlEngineProvider;
import io.mirsad.pdf.internal.write.DocumentMetadata;
import io.mirsad.pdf.spi.PdfEngine;
import io.mirsad.xhtml.FigureImages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.logging.Level;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.w3c.dom.Document;

/**
 * Prints the edition's XHTML with OpenHTMLtoPDF: ICU's bidi splitter and reorderer, ICU's line and
 * character breakers, the document's base direction as the default, the registry's faces embedded as
 * subsets, PDF/A-3a and PDF/UA-1 on. A builder is made per export, so the engine is safe to share.
 */
public final class HtmlEngine implements PdfEngine {
    private final FontRegistry fonts;

    static {
        XRLog.setLoggerImpl(new Slf4jXRLogger());
    }

    public HtmlEngine(FontRegistry fonts) {
        this.fonts = fonts;
    }

    /** The user's style sheet and the local files it links. */
    @Override
    public List<Path> filesRead(ExportOptions options) {
        return options.get(HtmlEngineProvider.CSS)
                .map(file -> UserStyleSheet.files(Path.of(file)))
                .orElse(List.of());
    }

    @Override
    public void write(Digest digest, PdfLayout layout, ExportOptions options, OutputStream out) throws IOException {
        Consumer<ExportWarning> warnings = options.warnings();
        if (layout.bleed().any()) {
            warnings.accept(ExportWarning.of(
                    "html.bleed-unsupported",
                    "the html engine prints no bleed or crop"
                            + " marks; pdf.bleed and pdf.crop-marks are ignored (the typesetter draws them)"));
        }
        UserStyleSheet user = options.get(HtmlEngineProvider.CSS)
                .map(file -> UserStyleSheet.read(Path.of(file), HtmlEngineProvider.CSS, warnings))
                .orElse(null);
        FigureImages figures = new FigureImages(digest, PrintDocument.IMAGES);
        Document dom = PrintDocument.of(
                digest,
                figures,
                layout.digits(),
                PrintStyle.css(layout, fonts.regular().family()),
                user == null ? null : user.uri());

        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.withW3cDocument(dom, EditionResources.BASE);
        Locale locale = Locale.forLanguageTag(digest.metadata().language());
        builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
        builder.useUnicodeLineBreaker(new ICUBreakers.ICULineBreaker(locale));
        builder.useUnicodeCharacterBreaker(new ICUBreakers.ICUCharacterBreaker(locale));
        builder.defaultTextDirection(
                digest.metadata().direction() == Direction.RTL ? TextDirection.RTL : TextDirection.LTR);
        font(builder, fonts.regular(), 400, EnumSet.of(FSFontUseCase.DOCUMENT));
        font(builder, fonts.bold(), 700, EnumSet.of(FSFontUseCase.DOCUMENT));
        for (FontFace fallback : fonts.fallbacks()) {
            font(builder, fallback, fallback.bold() ? 700 : 400, EnumSet.of(FSFontUseCase.FALLBACK_PRE));
        }
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A);
        builder.usePdfUaAccessibility(true);
        // sRGB, the output intent PDF/A asks for: the typesetter's profile, the same bytes on every JDK
        builder.useColorProfile(DocumentMetadata.srgbProfile());
        builder.withProducer(Archival.PRODUCER);
        builder.withDiagnosticConsumer(d -> diagnostic(d, warnings));
        new EditionResources(figures, warnings).install(builder);

        ByteArrayOutputStream pdf = new ByteArrayOutputStream(128 * 1024);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            try (PDDocument doc = renderer.getPdfDocument()) {
                Archival.finish(doc, digest);
                doc.save(pdf);
            }
        } catch (RuntimeException e) {
            throw new ExportException(
                    "cannot print the html edition of '" + digest.metadata().title() + "': " + e.getMessage(), e);
        }
        MissingGlyphs.of(digest, fonts).ifPresent(warnings);
        out.write(PresentationForms.foldToUnicode(pdf.toByteArray()));
    }

    private static void font(PdfRendererBuilder builder, FontFace face, int weight, EnumSet<FSFontUseCase> use) {
        builder.useFont(face::open, face.family(), weight, FontStyle.NORMAL, true, use);
    }

    /** OpenHTMLtoPDF's warnings (a style rule it skips, with file and line; a resource it cannot load). */
    private static void diagnostic(Diagnostic d, Consumer<ExportWarning> warnings) {
        if (d.getLevel().intValue() >= Level.WARNING.intValue()) {
            warnings.accept(ExportWarning.of(
                    "html." + d.getLogMessageId().getWhere().replace("com.openhtmltopdf.", ""),
                    d.getFormattedMessage()));
        }
    }
}

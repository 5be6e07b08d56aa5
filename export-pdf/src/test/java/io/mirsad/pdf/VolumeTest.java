package io.mirsad.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.digest.Digest;
import io.mirsad.digest.Metadata;
import io.mirsad.digest.Section;
import io.mirsad.digest.Source;
import io.mirsad.digest.SourceKind;
import io.mirsad.digest.Volume;
import io.mirsad.export.ExportOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** A volume as one PDF: outline volume → digest → section, contents whose page numbers are right, folios throughout. */
class VolumeTest {
    private static final int PARTS = 4;

    static Volume volume() throws IOException {
        Digest sample = PdfExporterTest.sample();
        List<Volume.Part> parts = new ArrayList<>();
        for (int n = 1; n <= PARTS; n++) {
            Metadata m = sample.metadata();
            Metadata issue = Metadata.builder()
                    .title("العدد " + n + ": " + m.title())
                    .series(m.series())
                    .published(LocalDate.of(2026, 11, n))
                    .build();
            parts.add(Volume.Part.of(new Digest(issue, sample.sections(), sample.sources())));
        }
        return new Volume(
                Metadata.builder()
                        .title("مختارات المرصد")
                        .published(LocalDate.of(2026, 11, 30))
                        .build(),
                parts);
    }

    /**
     * An Arabic volume binding the sample and an English digest ("Water notes: الماء and Zoning", dated
     * 1 December 2026, citing "Quill Monitor Inc."), long enough to have a page under its own head.
     */
    private static byte[] arabicVolumeWithAnEnglishPart() throws IOException {
        Digest arabic = PdfExporterTest.sample();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            body.append("Short lines of plain English fill this page and the next one. ");
        }
        Digest english = Digest.builder()
                .metadata(Metadata.builder()
                        .title("Water notes: الماء and Zoning")
                        .language("en")
                        .direction(io.mirsad.digest.Direction.LTR)
                        .published(LocalDate.of(2026, 12, 1))
                        .build())
                .section(Section.builder(io.mirsad.digest.SectionKind.STORY)
                        .headline("A headline")
                        .paragraph(body.toString())
                        .build())
                .source(new Source("gm", "Quill Monitor Inc.", null, null, SourceKind.NEWS_AGENCY))
                .build();
        Volume volume = new Volume(
                Metadata.builder()
                        .title("مختارات")
                        .published(LocalDate.of(2026, 12, 2))
                        .build(),
                List.of(Volume.Part.of(arabic), Volume.Part.of(english)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter().exportVolume(volume, ExportOptions.defaults(), out);
        return out.toByteArray();
    }

    /** The characters PDFBox finds on pages {@code first} to {@code last} (1-based; -1 for the last page). */
    private static List<TextPosition> characters(byte[] pdfBytes, int first, int last) throws IOException {
        List<TextPosition> found = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(pdfBytes)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    found.addAll(positions);
                }
            };
            stripper.setStartPage(first < 0 ? pdf.getNumberOfPages() : first);
            stripper.setEndPage(last < 0 ? pdf.getNumberOfPages() : last);
            stripper.getText(pdf);
        }
        return found;
    }

    private static TextPosition first(List<TextPosition> characters, String unicode) {
        return characters.stream()
                .filter(p -> p.getUnicode().equals(unicode))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + unicode));
    }

    /**
     * An English digest bound in an Arabic volume keeps its own direction in the head of its pages: its
     * title and date read left to right there ("Water notes: الماء and Zoning · 1 December 2026", "Water"
     * at the left), not reordered as an Arabic line would be.
     */
    @Test
    void aPartsRunningHeadTakesThePartsDirection() throws IOException {
        List<TextPosition> head = characters(arabicVolumeWithAnEnglishPart(), 1, -1).stream()
                .filter(p -> p.getYDirAdj() < 60)
                .toList();
        assertThat(first(head, "W").getXDirAdj())
                .as("'Water' starts the English head, left of 'December'")
                .isLessThan(first(head, "D").getXDirAdj());
    }

    /**
     * The contents of an Arabic volume list an English part by its title in the title's own order ("Water
     * notes: الماء and Zoning", "Water" at the left of "Zoning"), not reordered as Arabic, while its number
     * stays at the start of the Arabic line, to the right of the title.
     */
    @Test
    void aContentsEntryKeepsItsTitlesDirection() throws IOException {
        List<TextPosition> contents = characters(arabicVolumeWithAnEnglishPart(), 2, 2);
        TextPosition water = first(contents, "W");
        TextPosition zoning = first(contents, "Z");
        assertThat(water.getXDirAdj())
                .as("'Water' is read before 'Zoning', so left of it")
                .isLessThan(zoning.getXDirAdj());
        float titleEnd = zoning.getXDirAdj() + 4 * zoning.getWidthDirAdj();
        assertThat(contents.stream()
                        .filter(p -> Math.abs(p.getYDirAdj() - water.getYDirAdj()) < 1)
                        .filter(p -> p.getUnicode().equals("."))
                        .map(TextPosition::getXDirAdj)
                        .toList())
                .as("the entry's number, with its full stop, is at the right of the title")
                .anySatisfy(x -> assertThat(x).isGreaterThan(titleEnd));
    }

    /**
     * A Latin source name in the index of an Arabic volume keeps its order: "Quill Monitor Inc." ends at the
     * right with its full stop, which an Arabic line would throw to its left end, before the "Q". (Brackets
     * would not show it: ICU pairs them with the Latin inside.)
     */
    @Test
    void aLatinSourceNameInAnArabicIndexKeepsItsOrder() throws IOException {
        // the index ends the volume; the sample's sources have no "Q"
        List<TextPosition> index = characters(arabicVolumeWithAnEnglishPart(), -1, -1);
        TextPosition quill = first(index, "Q");
        assertThat(index.stream()
                        .filter(p -> Math.abs(p.getYDirAdj() - quill.getYDirAdj()) < 1)
                        .filter(p -> p.getUnicode().equals("."))
                        .map(TextPosition::getXDirAdj)
                        .toList())
                .as("the full stop that ends the name is right of the 'Q' that starts it")
                .hasSize(1)
                .allSatisfy(x -> assertThat(x).isGreaterThan(quill.getXDirAdj()));
    }

    @Test
    void outlineContentsAndFoliosAgree() throws IOException {
        Volume volume = volume();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter().exportVolume(volume, ExportOptions.defaults(), out);

        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            List<PDOutlineItem> top = new ArrayList<>();
            pdf.getDocumentCatalog().getDocumentOutline().children().forEach(top::add);
            assertThat(top).extracting(PDOutlineItem::getTitle).containsExactly("مختارات المرصد");
            List<PDOutlineItem> digests = new ArrayList<>();
            top.get(0).children().forEach(digests::add);
            assertThat(digests).hasSize(PARTS + 1);
            assertThat(digests.get(PARTS).getTitle()).isEqualTo("فهرس المصادر");

            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 0; i < PARTS; i++) {
                Digest digest = volume.parts().get(i).digest();
                PDOutlineItem part = digests.get(i);
                assertThat(part.getTitle()).isEqualTo(digest.metadata().title());
                List<String> sections = new ArrayList<>();
                part.children().forEach(s -> sections.add(s.getTitle()));
                assertThat(sections).hasSize(digest.sections().size());
                assertThat(sections)
                        .containsAll(digest.sections().stream()
                                .map(Section::headline)
                                .filter(h -> h != null)
                                .toList());

                // The part's bookmark points at its title page; that page's folio is the number the contents give.
                int page = pdf.getPages().indexOf(part.findDestinationPage(pdf)) + 1;
                assertThat(folio(stripper, pdf, page)).isEqualTo(page);
                assertThat(contentsPage(text(stripper, pdf, 2), "العدد " + (i + 1) + ":"))
                        .isEqualTo(page);
            }
            // Folios run through the volume: the last page carries the page count.
            assertThat(folio(stripper, pdf, pdf.getNumberOfPages())).isEqualTo(pdf.getNumberOfPages());
            // Running headers name the current digest.
            int sectionPage = pdf.getPages().indexOf(digests.get(1).findDestinationPage(pdf)) + 2;
            assertThat(text(stripper, pdf, sectionPage)).contains("العدد 2");
        }
    }

    private static String text(PDFTextStripper stripper, PDDocument pdf, int page) throws IOException {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }

    /** The page number printed at the foot: the last line of the page's text. */
    private static int folio(PDFTextStripper stripper, PDDocument pdf, int page) throws IOException {
        String[] lines = text(stripper, pdf, page).strip().split("\\R");
        return Integer.parseInt(lines[lines.length - 1].replaceAll("[^0-9]", ""));
    }

    /**
     * The page number the contents give the entry holding {@code label}: PDFBox reads each line from the
     * left, so the number at the line's (left) end comes first, closed by a right-to-left mark.
     */
    private static int contentsPage(String contents, String label) {
        for (String line : contents.split("\\R")) {
            if (line.replaceAll("[\u200E\u200F]", "").contains(label)) {
                return Integer.parseInt(line.split("\u200F")[0].strip());
            }
        }
        throw new AssertionError("no entry " + label + " in " + contents);
    }
}

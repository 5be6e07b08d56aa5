package io.mirsad.epub.internal.style;

import static org.assertj.core.api.Assertions.assertThat;

import io.documentnode.epub4j.domain.MediaTypes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BookTextTest {
    @Test
    void theTextAndAlternativeTextOfADocumentAreShownItsMarkupIsNot() {
        BookText text = new BookText(run -> {});
        text.add(
                MediaTypes.XHTML,
                ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
                                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>ط</title></head><body>"
                                + "<h1>عنوان <a href=\"#x\">خ</a></h1><p>نص <strong>ق</strong> "
                                + "<span class=\"note source-name\">ظ</span><img src=\"a.png\" alt=\"ض\"/></p></body></html>")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(text.characters())
                .contains("ط", "ع", "خ", "ن", "ص", "ق", "ظ", "ض")
                .doesNotContain("h", "x", "<", "=", "/");
    }

    @Test
    void theTableOfContentsShowsItsTitleAndLabelsNotItsMarkupOrIdentifier() {
        BookText text = new BookText(run -> {});
        text.add(
                MediaTypes.NCX,
                ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                + "<ncx xmlns=\"http://www.daisy.org/z3986/2005/ncx/\" version=\"2005-1\"><head>"
                                + "<meta name=\"dtb:uid\" content=\"urn:uuid:0f9b\"/></head>"
                                + "<docTitle><text>نشرة</text></docTitle><navMap><navPoint id=\"p1\" playOrder=\"1\">"
                                + "<navLabel><text>غيم</text></navLabel><content src=\"s.xhtml\"/></navPoint></navMap></ncx>")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(text.characters())
                .contains("ن", "ش", "ر", "ة", "غ", "ي", "م")
                .doesNotContain("n", "x", "u", "<", "=", "/", ":");
    }

    @Test
    void listMarkersAreShownWithoutAnyText() {
        assertThat(new BookText(run -> {}).characters()).contains("١", "٩", "1", "9", ".", "•");
    }

    @Test
    void aBaseLetterAndItsMarksAreOneClusterAStyleSheetShowsNothing() {
        BookText text = new BookText(run -> {});
        text.add(MediaTypes.CSS, "p { font-family: Amiri; }".getBytes(StandardCharsets.UTF_8));
        text.add(
                MediaTypes.NCX,
                ("<ncx xmlns=\"http://www.daisy.org/z3986/2005/ncx/\"><navMap><navPoint><navLabel>"
                                + "<text>שָׁלוֹם</text></navLabel></navPoint></navMap></ncx>")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(text.clusters()).contains("שָׁ", "ל", "וֹ", "ם").doesNotContain("A", "{");
    }

    /**
     * A reading system may end a shaping run at an inline element's edge or not: each text node is a run,
     * and so is each block's text across its links and spans, but never two blocks together.
     */
    @Test
    void theRunsAreTheTextNodesAndEachBlocksWholeText() {
        List<String> runs = new ArrayList<>();
        BookText text = new BookText(runs::add);
        text.add(
                MediaTypes.XHTML,
                ("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>\n<h1>عنوان</h1>\n"
                                + "<p>نص <a href=\"#n\">بين</a><sup>١</sup> يتصل &amp; <span dir=\"ltr\">CSIS</span>.</p>\n"
                                + "<ul><li><p>أول</p>ثان</li></ul><img src=\"a.png\" alt=\"صورة\"/></body></html>")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(runs)
                .containsExactlyInAnyOrder(
                        "عنوان",
                        "نص ",
                        "بين",
                        "١",
                        " يتصل & ",
                        "CSIS",
                        ".",
                        "نص بين١ يتصل & CSIS.",
                        "أول",
                        "ثان",
                        "صورة");
    }
}

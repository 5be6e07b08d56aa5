package io.mirsad.docx.internal.body;

import io.mirsad.digest.Source;
import io.mirsad.docx.internal.StyleIds;
import io.mirsad.docx.internal.pkg.XmlSpool;
import io.mirsad.docx.internal.text.Paragraphs;
import io.mirsad.docx.internal.text.RunWriter;
import java.math.BigInteger;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFootnotes;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;

/**
 * Writes {@code word/footnotes.xml}: the separator and continuation separator Word draws above the
 * notes, then one note per citation, each referenced from the point of attribution in the text. A
 * volume's notes number in the thousands: they are moved out to a spool as each part is finished.
 */
public final class FootnoteWriter {
    /** The id of the separator note; settings list it with {@link #CONTINUATION_SEPARATOR_ID}. */
    public static final BigInteger SEPARATOR_ID = BigInteger.valueOf(-1);
    /** The id of the continuation separator note. */
    public static final BigInteger CONTINUATION_SEPARATOR_ID = BigInteger.ZERO;

    /** The namespaces the root of {@code word/footnotes.xml} declares, as POI writes it. */
    public static final Map<String, String> ROOT_NAMESPACES =
            Map.of("w", CTFootnotes.type.getName().getNamespaceURI());

    private static final int SEPARATORS = 2;

    private final CTFootnotes notes = CTFootnotes.Factory.newInstance();
    private final RunWriter runs;
    private final boolean rtl;
    private final XmlSpool spool;
    private long nextId = 1;

    /** Notes whose finished ones go to {@code spool}, a spool of {@code word/footnotes.xml}. */
    public FootnoteWriter(RunWriter runs, boolean rtl, XmlSpool spool) {
        this.runs = runs;
        this.rtl = rtl;
        this.spool = spool;
        separator(SEPARATOR_ID, STFtnEdn.SEPARATOR);
        separator(CONTINUATION_SEPARATOR_ID, STFtnEdn.CONTINUATION_SEPARATOR);
        spool.mark(notes);
    }

    /**
     * Adds a note naming {@code source} and writes its reference mark as the next run of the paragraph
     * {@code sink} writes to; the note takes that paragraph's direction ({@code citingRtl}).
     */
    public void cite(Supplier<CTR> sink, Source source, boolean citingRtl) {
        BigInteger id = BigInteger.valueOf(nextId++);
        CTFtnEdn note = notes.addNewFootnote();
        note.setId(id);
        CTP p = note.addNewP();
        Paragraphs.style(p, StyleIds.FOOTNOTE_TEXT, citingRtl, rtl);
        runs.run(p::addNewR, citingRtl, StyleIds.FOOTNOTE_REFERENCE).addNewFootnoteRef();
        runs.text(p::addNewR, " " + describe(source), citingRtl, null);
        runs.run(sink, citingRtl, StyleIds.FOOTNOTE_REFERENCE)
                .addNewFootnoteReference()
                .setId(id);
    }

    /** How many notes cite sources. */
    public int citations() {
        return (int) (nextId - 1);
    }

    /** Moves the notes written so far out to the spool; the separators stay. */
    public void spool() {
        int count = notes.sizeOfFootnoteArray();
        for (int i = SEPARATORS; i < count; i++) {
            spool.append(notes.getFootnoteArray(i));
        }
        for (int i = count - 1; i >= SEPARATORS; i--) {
            notes.removeFootnote(i);
        }
    }

    /** Moves the last notes out to the spool and adds the footnotes part to {@code doc}. */
    public void writeTo(XWPFDocument doc) {
        spool();
        doc.createFootnotes().setFootnotes(notes);
    }

    /**
     * The note's text: the name, then the Latin name or, failing that, the address. Never both: two
     * left-to-right stretches joined by a dash break apart badly when a right-to-left line wraps between
     * them, and the closing list of sources gives the address anyway.
     */
    static String describe(Source source) {
        String second = source.nameLatin() != null ? source.nameLatin() : source.url();
        return second == null ? source.name() : source.name() + " — " + second;
    }

    private void separator(BigInteger id, STFtnEdn.Enum type) {
        CTFtnEdn note = notes.addNewFootnote();
        note.setId(id);
        note.setType(type);
        CTP p = note.addNewP();
        CTPPr pPr = p.addNewPPr();
        // bidi puts the separator rule on the right, where right-to-left notes begin.
        if (rtl) {
            pPr.addNewBidi();
        }
        CTSpacing spacing = pPr.addNewSpacing();
        spacing.setAfter(BigInteger.ZERO);
        spacing.setLine(BigInteger.valueOf(240));
        spacing.setLineRule(STLineSpacingRule.AUTO);
        CTR r = p.addNewR();
        if (type == STFtnEdn.SEPARATOR) {
            r.addNewSeparator();
        } else {
            r.addNewContinuationSeparator();
        }
    }
}

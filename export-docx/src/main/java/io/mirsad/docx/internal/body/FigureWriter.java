package io.mirsad.docx.internal.body;

import io.mirsad.digest.Block;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

/** Writes a figure: the picture inline in its own paragraph, scaled to the text width, with its alt text. */
final class FigureWriter {
    private final XWPFDocument doc;
    private final long maxWidthEmu;
    private int count;

    FigureWriter(XWPFDocument doc, int textWidthTwips) {
        this.doc = doc;
        this.maxWidthEmu = (long) textWidthTwips * Units.EMU_PER_POINT / 20;
    }

    /**
     * Puts the picture in {@code paragraph}.
     *
     * @throws IllegalArgumentException if the image cannot be decoded
     */
    void write(Block.Figure figure, CTP paragraph) {
        // The digest admits only PNG and JPEG.
        boolean png = figure.mediaType().equals("image/png");
        int type = png ? Document.PICTURE_TYPE_PNG : Document.PICTURE_TYPE_JPEG;
        String extension = png ? ".png" : ".jpeg";
        byte[] image = figure.image();
        BufferedImage decoded;
        try {
            decoded = ImageIO.read(new ByteArrayInputStream(image));
        } catch (IOException e) {
            throw new IllegalArgumentException("figure image cannot be read: " + e.getMessage(), e);
        }
        if (decoded == null) {
            throw new IllegalArgumentException("figure image is not a readable " + figure.mediaType());
        }
        long width = Units.pixelToEMU(decoded.getWidth());
        long height = Units.pixelToEMU(decoded.getHeight());
        if (width > maxWidthEmu) {
            height = height * maxWidthEmu / width;
            width = maxWidthEmu;
        }
        XWPFRun run = doc.getParagraph(paragraph).createRun();
        count++;
        try {
            run.addPicture(
                    new ByteArrayInputStream(image), type, "figure" + count + extension, (int) width, (int) height);
        } catch (InvalidFormatException e) {
            throw new IllegalArgumentException("figure image rejected: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CTInline inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
        inline.getDocPr().setDescr(figure.alt());
    }
}

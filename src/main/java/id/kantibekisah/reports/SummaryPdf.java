package id.kantibekisah.reports;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Calendar;
import java.util.List;

/**
 * The printed term summary as a PDF: one A4 page per printed page, each page's picture placed inside the same
 * margins the printer would leave, losslessly compressed (text stays sharp). Figures only, like the print.
 */
public final class SummaryPdf {
    /** Margin around the printable area, in points: half an inch, as {@code PrintPages} lays out A4. */
    public static final float MARGIN = 36;

    private SummaryPdf() {
    }

    public static void write(List<PageImage> pages, String title, String author, Calendar created, OutputStream out)
            throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("Kanti Bekisah");
            if (author != null) {
                info.setAuthor(author);
            }
            info.setCreationDate(created);
            for (PageImage p : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                PDImageXObject image = LosslessFactory.createFromImage(doc, toImage(p));
                float w = (float) p.widthPt();
                float h = (float) p.heightPt();
                float x = (PDRectangle.A4.getWidth() - w) / 2;
                float y = PDRectangle.A4.getHeight() - MARGIN - h;
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.drawImage(image, x, y, w, h);
                }
            }
            doc.save(out);
        }
    }

    /** Opaque RGB: the page's transparent parts are paper, so they become white. */
    private static BufferedImage toImage(PageImage p) {
        BufferedImage image = new BufferedImage(p.pixelWidth(), p.pixelHeight(), BufferedImage.TYPE_INT_RGB);
        int[] rgb = new int[p.argb().length];
        for (int i = 0; i < rgb.length; i++) {
            int c = p.argb()[i];
            int a = c >>> 24;
            if (a == 255) {
                rgb[i] = c & 0xFFFFFF;
            } else {
                int r = blend((c >> 16) & 0xFF, a);
                int g = blend((c >> 8) & 0xFF, a);
                int b = blend(c & 0xFF, a);
                rgb[i] = (r << 16) | (g << 8) | b;
            }
        }
        image.setRGB(0, 0, p.pixelWidth(), p.pixelHeight(), rgb, 0, p.pixelWidth());
        return image;
    }

    private static int blend(int channel, int alpha) {
        return (channel * alpha + 255 * (255 - alpha)) / 255;
    }
}

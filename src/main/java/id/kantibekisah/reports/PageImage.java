package id.kantibekisah.reports;

/**
 * One printed page as pixels ({@code 0xAARRGGBB}, row by row) and the size it has on paper, in points. The UI
 * draws the page; the report service turns the pages into a PDF without knowing how they were drawn.
 */
public record PageImage(int pixelWidth, int pixelHeight, int[] argb, double widthPt, double heightPt) {
    public PageImage {
        if (pixelWidth <= 0 || pixelHeight <= 0 || argb.length != pixelWidth * pixelHeight) {
            throw new IllegalArgumentException("page pixels do not match " + pixelWidth + "x" + pixelHeight);
        }
    }
}

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Draws the Kanti Bekisah icon — a white speech bubble holding a heart on a teal tile: "a friend to tell your story
 * to" — and writes it as PNG (Linux, the window), ICO (Windows) and ICNS (macOS). Plain JDK, no dependencies:
 * {@code java packaging/IconMaker.java packaging/icons}.
 */
public final class IconMaker {
    private static final Color TEAL_TOP = new Color(0x14, 0xB8, 0xA6);
    private static final Color TEAL_BOTTOM = new Color(0x0F, 0x76, 0x6E);
    private static final Color HEART = new Color(0xF4, 0x72, 0x5E);

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "packaging/icons");
        Files.createDirectories(out);
        Map<Integer, byte[]> png = new LinkedHashMap<>();
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256, 512, 1024}) {
            png.put(size, encode(draw(size)));
        }
        Files.write(out.resolve("kanti-bekisah.png"), png.get(256));
        Files.write(out.resolve("kanti-bekisah-512.png"), png.get(512));
        Files.write(out.resolve("kanti-bekisah-64.png"), png.get(64));
        Files.write(out.resolve("kanti-bekisah-32.png"), png.get(32));
        Files.write(out.resolve("kanti-bekisah.ico"), ico(png, 16, 24, 32, 48, 64, 128, 256));
        Files.write(out.resolve("kanti-bekisah.icns"), icns(png));
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double s = size;
        double inset = s * 0.04;
        g.setPaint(new GradientPaint(0, 0, TEAL_TOP, 0, (float) s, TEAL_BOTTOM));
        g.fill(new RoundRectangle2D.Double(inset, inset, s - 2 * inset, s - 2 * inset, s * 0.42, s * 0.42));

        // Speech bubble: a rounded body with a tail to the lower left.
        Area bubble = new Area(new RoundRectangle2D.Double(s * 0.17, s * 0.20, s * 0.66, s * 0.50, s * 0.30, s * 0.30));
        GeneralPath tail = new GeneralPath();
        tail.moveTo(s * 0.28, s * 0.60);
        tail.lineTo(s * 0.22, s * 0.83);
        tail.lineTo(s * 0.46, s * 0.66);
        tail.closePath();
        bubble.add(new Area(tail));
        g.setColor(Color.WHITE);
        g.fill(bubble);

        // Heart in the bubble.
        double cx = s * 0.50;
        double cy = s * 0.45;
        double r = s * 0.085;
        Area heart = new Area(new Ellipse2D.Double(cx - 2 * r, cy - 1.6 * r, 2.1 * r, 2.1 * r));
        heart.add(new Area(new Ellipse2D.Double(cx - 0.1 * r, cy - 1.6 * r, 2.1 * r, 2.1 * r)));
        GeneralPath point = new GeneralPath();
        point.moveTo(cx - 1.93 * r, cy - 0.2 * r);
        point.lineTo(cx, cy + 1.9 * r);
        point.lineTo(cx + 1.93 * r, cy - 0.2 * r);
        point.closePath();
        heart.add(new Area(point));
        g.setColor(HEART);
        g.fill(heart);
        if (size >= 64) {
            g.setColor(new Color(255, 255, 255, 60));
            g.setStroke(new BasicStroke((float) (s * 0.012)));
            g.draw(new RoundRectangle2D.Double(inset, inset, s - 2 * inset, s - 2 * inset, s * 0.42, s * 0.42));
        }
        g.dispose();
        return img;
    }

    static byte[] encode(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** An ICO file with PNG-compressed entries (Windows Vista and later). */
    static byte[] ico(Map<Integer, byte[]> png, int... sizes) {
        int headerSize = 6 + 16 * sizes.length;
        int total = headerSize;
        for (int size : sizes) {
            total += png.get(size).length;
        }
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        int offset = headerSize;
        for (int size : sizes) {
            byte[] data = png.get(size);
            b.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size)).put((byte) 0).put((byte) 0);
            b.putShort((short) 1).putShort((short) 32).putInt(data.length).putInt(offset);
            offset += data.length;
        }
        for (int size : sizes) {
            b.put(png.get(size));
        }
        return b.array();
    }

    /** An ICNS file with PNG entries for 32 to 1024 pixels. */
    static byte[] icns(Map<Integer, byte[]> png) throws IOException {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("ic11", 32);   // 16@2x
        types.put("ic12", 64);   // 32@2x
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        types.put("ic10", 1024);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(body);
        for (Map.Entry<String, Integer> e : types.entrySet()) {
            byte[] data = png.get(e.getValue());
            d.writeBytes(e.getKey());
            d.writeInt(8 + data.length);
            d.write(data);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream o = new DataOutputStream(out);
        o.writeBytes("icns");
        o.writeInt(8 + body.size());
        o.write(body.toByteArray());
        return out.toByteArray();
    }
}

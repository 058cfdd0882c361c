import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Draws Tillpoint's icon (a till drawer with a coin) once: {@code java MakeIcon.java DIR} writes
 * {@code tillpoint.png} (256 px, Linux) and {@code tillpoint.ico} (the same PNG inside an ICO, Windows).
 * The results are committed; run it again only to change the icon.
 */
public final class MakeIcon {
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        BufferedImage image = draw(256);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        Files.write(dir.resolve("tillpoint.png"), png.toByteArray());
        Files.write(dir.resolve("tillpoint.ico"), ico(png.toByteArray()));
    }

    private static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        double s = size / 256.0;
        g.scale(s, s);
        g.setColor(new Color(0x1E5AA8));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));
        // The till: a screen on a drawer.
        g.setColor(Color.WHITE);
        g.fill(new RoundRectangle2D.Double(56, 48, 144, 84, 16, 16));
        g.setColor(new Color(0x1E5AA8));
        g.fill(new RoundRectangle2D.Double(68, 60, 120, 60, 8, 8));
        g.setColor(Color.WHITE);
        g.fill(new RoundRectangle2D.Double(40, 148, 176, 68, 16, 16));
        g.setColor(new Color(0x1E5AA8));
        g.setStroke(new BasicStroke(8, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(100, 182, 156, 182);
        // The coin on the screen: the "tp" of Tillpoint.
        g.setColor(new Color(0xF2B705));
        g.fillOval(150, 24, 76, 76);
        g.setColor(new Color(0x7A5C00));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 40));
        g.drawString("tp", 166, 76);
        g.dispose();
        return image;
    }

    /** An ICO holding one 256 px PNG (readable since Windows Vista, and by jpackage's launcher). */
    private static byte[] ico(byte[] png) {
        ByteBuffer buffer = ByteBuffer.allocate(6 + 16 + png.length).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putShort((short) 0).putShort((short) 1).putShort((short) 1);
        buffer.put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0); // 0 means 256 px wide and high
        buffer.putShort((short) 1).putShort((short) 32).putInt(png.length).putInt(6 + 16);
        buffer.put(png);
        return buffer.array();
    }
}

package app.tillpoint.kiosk.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The demo catalog's pictures, drawn with Java2D into the data folder's {@code images/} when the demo is seeded, so
 * they cost the installer nothing (under 3 KB each on disk). Four products have one; the others show the
 * plain tile, as a real catalog's products without a picture do.
 */
final class DemoImages {
    private static final Logger LOG = LoggerFactory.getLogger(DemoImages.class);
    private static final int SIZE = 96;
    private static final Color INK = new Color(0x3b2a1a);

    /** A demo picture: its file's name and how it is drawn. */
    private record Picture(String file, Consumer<Graphics2D> drawing) {
    }

    /** The demo product's name to its picture. */
    private static final Map<String, Picture> PICTURES = Map.of(
            "Masala chai", new Picture("chai.png", DemoImages::chai),
            "Mango lassi", new Picture("lassi.png", DemoImages::lassi),
            "Samosa", new Picture("samosa.png", DemoImages::samosa),
            "Jalebi (100 g)", new Picture("jalebi.png", DemoImages::jalebi));

    /** The demo product's name to its picture's file name. */
    static final Map<String, String> FILES = PICTURES.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> entry.getValue().file()));

    private DemoImages() {
    }

    /** Draws the pictures into {@code folder}, leaving any file already there; a failure is logged, never thrown. */
    static void drawInto(Path folder) {
        try {
            Files.createDirectories(folder);
            for (Picture picture : PICTURES.values()) {
                write(folder.resolve(picture.file()), picture.drawing());
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Could not draw the demo pictures into {}: the demo's tiles stay plain", folder, e);
        }
    }

    private static void write(Path file, Consumer<Graphics2D> drawing) throws IOException {
        if (Files.exists(file)) {
            return;
        }
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            drawing.accept(g);
        } finally {
            g.dispose();
        }
        ImageIO.write(image, "png", file.toFile());
    }

    private static void chai(Graphics2D g) {
        Path2D cup = new Path2D.Double();
        cup.moveTo(18, 36);
        cup.lineTo(70, 36);
        cup.lineTo(64, 84);
        cup.lineTo(24, 84);
        cup.closePath();
        g.setColor(new Color(0xf5efe6));
        g.fill(cup);
        g.setColor(new Color(0xb86b2c));
        g.fill(new RoundRectangle2D.Double(22, 40, 44, 10, 6, 6));
        g.setColor(INK);
        g.draw(cup);
        g.draw(new Arc2D.Double(60, 46, 22, 24, -90, 180, Arc2D.OPEN));
        g.draw(new Arc2D.Double(30, 10, 10, 20, 90, 180, Arc2D.OPEN));
        g.draw(new Arc2D.Double(46, 8, 10, 20, 90, 180, Arc2D.OPEN));
    }

    private static void lassi(Graphics2D g) {
        Path2D glass = new Path2D.Double();
        glass.moveTo(26, 14);
        glass.lineTo(70, 14);
        glass.lineTo(64, 86);
        glass.lineTo(32, 86);
        glass.closePath();
        g.setColor(new Color(0xffc83d));
        g.fill(glass);
        g.setColor(new Color(0xfff4d6));
        g.fill(new Ellipse2D.Double(27, 8, 42, 14));
        g.setColor(INK);
        g.draw(glass);
        g.drawLine(56, 4, 50, 40);
    }

    private static void samosa(Graphics2D g) {
        Path2D samosa = new Path2D.Double();
        samosa.moveTo(48, 12);
        samosa.lineTo(86, 80);
        samosa.quadTo(48, 90, 10, 80);
        samosa.closePath();
        g.setColor(new Color(0xe0a243));
        g.fill(samosa);
        g.setColor(INK);
        g.draw(samosa);
        g.drawLine(48, 12, 48, 84);
    }

    private static void jalebi(Graphics2D g) {
        g.setStroke(new BasicStroke(9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(0xf28c1b));
        Path2D spiral = new Path2D.Double();
        spiral.moveTo(48, 48);
        for (int step = 1; step <= 60; step++) {
            double angle = step * 0.3;
            double radius = 2 + step * 0.62;
            spiral.lineTo(48 + radius * Math.cos(angle), 48 + radius * Math.sin(angle));
        }
        g.draw(spiral);
    }
}

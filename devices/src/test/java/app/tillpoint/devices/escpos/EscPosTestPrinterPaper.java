package app.tillpoint.devices.escpos;

import app.tillpoint.devices.escpos.EscPosTestPrinter.Printed;
import app.tillpoint.devices.escpos.EscPosTestPrinter.Raster;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A picture of what the {@link EscPosTestPrinter} was sent, as the paper would show it: text rows in a monospaced font
 * on 12-dot columns, bold where bold, raster images as their dots. For the README and for a person checking a slip.
 */
public final class EscPosTestPrinterPaper {
    private static final int ROW = 30;
    private static final int MARGIN = 16;

    private EscPosTestPrinterPaper() {
    }

    /** Writes the {@code slip}-th slip (from 1; one slip ends at each cut) as a PNG, {@code dots} wide. */
    public static void write(EscPosTestPrinter printer, int slip, int dots, Path png) throws IOException {
        List<Printed> rows = slip(printer, slip);
        Iterator<Raster> rasters = rastersOf(printer, slip).iterator();
        List<Object> drawn = new ArrayList<>();
        int height = 2 * MARGIN;
        for (Printed row : rows) {
            if (row.text().startsWith("RASTER")) {
                Raster raster = rasters.next();
                drawn.add(raster);
                height += raster.height();
            } else if (!row.text().startsWith("KICK")) {
                drawn.add(row);
                height += ROW;
            }
        }
        BufferedImage paper = new BufferedImage(dots + 2 * MARGIN, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = paper.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, paper.getWidth(), height);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int y = MARGIN;
            for (Object one : drawn) {
                if (one instanceof Raster raster) {
                    for (int dy = 0; dy < raster.height(); dy++) {
                        for (int x = 0; x < raster.width(); x++) {
                            if (raster.black(x, dy)) {
                                paper.setRGB(MARGIN + x, y + dy, 0);
                            }
                        }
                    }
                    y += raster.height();
                } else {
                    Printed row = (Printed) one;
                    g.setFont(new Font(Font.MONOSPACED, row.bold() ? Font.BOLD : Font.PLAIN, 20));
                    for (int column = 0; column < row.text().length(); column++) {
                        g.drawString(row.text().substring(column, column + 1), MARGIN + column * 12, y + 22);
                    }
                    y += ROW;
                }
            }
        } finally {
            g.dispose();
        }
        Files.createDirectories(png.toAbsolutePath().getParent());
        ImageIO.write(paper, "png", png.toFile());
    }

    private static List<Printed> slip(EscPosTestPrinter printer, int slip) {
        List<Printed> rows = new ArrayList<>();
        int cuts = 0;
        for (Printed row : printer.printed) {
            if (row.text().equals("CUT")) {
                cuts++;
            } else if (cuts == slip - 1) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<Raster> rastersOf(EscPosTestPrinter printer, int slip) {
        int before = 0;
        int cuts = 0;
        for (Printed row : printer.printed) {
            if (row.text().equals("CUT")) {
                cuts++;
            } else if (cuts < slip - 1 && row.text().startsWith("RASTER")) {
                before++;
            }
        }
        List<Raster> all = printer.rasters();
        return all.subList(before, all.size());
    }
}

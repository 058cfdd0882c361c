package app.tillpoint.devices.simulated;

import app.tillpoint.api.device.DeviceStatus;
import app.tillpoint.api.device.PrintJob;
import app.tillpoint.api.device.PrinterException;
import app.tillpoint.api.device.ReceiptPrinter;
import app.tillpoint.devices.Code128;
import app.tillpoint.devices.PrinterStates;
import com.google.zxing.EncodeHintType;
import com.google.zxing.oned.Code128Writer;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A receipt printer with no hardware, the demo terminal's: each job becomes a picture of the paper
 * ({@code <name>.png}, in a monospaced font, bold where the job says) and its text ({@code <name>.txt}) in its folder,
 * named by the time printed and a number. A barcode row is drawn as Code 128 (ZXing's {@link Code128Writer}, in the
 * fewest symbols) with its text under it, its modules as wide as an ESC/POS printer's of that paper
 * ({@link Code128#moduleDots}), or as its text alone where the bars would not fit; the text file holds its text
 * alone. The rupee sign is drawn when the font has it, else written "Rs.", like a real printer without it. Can be told
 * a state ({@link #simulate}) to show what the kiosk does with a printer out of paper.
 */
public final class SimulatedPrinter implements ReceiptPrinter {
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final int DOTS_PER_CHARACTER = 12;
    private static final int MARGIN = 16;
    /** A barcode's bars, in pixels: as tall as a printer's (80 dots). */
    private static final int BAR_HEIGHT = 80;
    private final Path folder;
    private final int columns;
    private final Clock clock;
    private final Font font = new Font(Font.MONOSPACED, Font.PLAIN, 20);
    private final UnaryOperator<String> printable;
    private volatile State state = State.READY;
    private int printed;

    /**
     * @param folder  where the jobs go, created at the first job: {@code <data dir>/printed}
     * @param columns characters a line
     */
    public SimulatedPrinter(Path folder, int columns, Clock clock) {
        this.folder = folder;
        this.columns = columns;
        this.clock = clock;
        this.printable = font.canDisplay('₹') ? UnaryOperator.identity() : text -> text.replace("₹", "Rs.");
    }

    /** Makes the printer report {@code state} and refuse jobs until it is {@link State#READY} again. */
    public void simulate(State state) {
        this.state = state;
    }

    @Override
    public int columns() {
        return columns;
    }

    @Override
    public State state() {
        return state;
    }

    @Override
    public synchronized void print(PrintJob job) throws PrinterException {
        State now = state;
        if (now != State.READY) {
            throw new PrinterException(now, PrinterStates.message(now));
        }
        List<PrintJob.Row> rows = job.layout(columns, printable);
        printed++;
        String name = NAME.format(LocalDateTime.now(clock)) + "-" + printed;
        try {
            Files.createDirectories(folder);
            StringBuilder text = new StringBuilder();
            rows.forEach(row -> text.append(row.text().stripTrailing()).append('\n'));
            // The picture first, then the text moved into place whole: whoever waits for a job's .txt (the tests, the
            // README's pictures) finds its .png complete. The other way round, a copy could catch the PNG half written.
            ImageIO.write(render(rows), "png", folder.resolve(name + ".png").toFile());
            Path partial = folder.resolve(name + ".txt.partial");
            Files.writeString(partial, text, StandardCharsets.UTF_8);
            Files.move(partial, folder.resolve(name + ".txt"), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new PrinterException(State.OFFLINE, "Printer offline: " + folder + " cannot be written", e);
        }
    }

    private BufferedImage render(List<PrintJob.Row> rows) {
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D measuring = probe.createGraphics();
        FontMetrics metrics = measuring.getFontMetrics(font);
        measuring.dispose();
        int line = metrics.getHeight();
        int width = columns * DOTS_PER_CHARACTER + 2 * MARGIN;
        int across = columns * DOTS_PER_CHARACTER;
        int barcodes = (int) rows.stream().filter(row -> drawn(row, across)).count();
        BufferedImage paper = new BufferedImage(width, rows.size() * line + barcodes * BAR_HEIGHT + 2 * MARGIN,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = paper.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, paper.getWidth(), paper.getHeight());
        g.setColor(Color.BLACK);
        int y = MARGIN + metrics.getAscent();
        for (PrintJob.Row row : rows) {
            if (drawn(row, across)) {
                bars(g, row.text().strip(), y - metrics.getAscent(), across);
                y += BAR_HEIGHT;
            }
            g.setFont(row.emphasis() ? font.deriveFont(Font.BOLD) : font);
            int x = MARGIN;
            // Character by character on a fixed grid: a receipt's columns line up whatever the font's advance.
            for (int i = 0; i < row.text().length(); ) {
                int codePoint = row.text().codePointAt(i);
                g.drawString(Character.toString(codePoint), x, y);
                x += DOTS_PER_CHARACTER;
                i += Character.charCount(codePoint);
            }
            y += line;
        }
        g.dispose();
        return paper;
    }

    /** Whether {@code row} is a barcode whose bars fit {@code across} pixels, as on a printer of that paper. */
    private static boolean drawn(PrintJob.Row row, int across) {
        return row.barcode() && Code128.of(row.text().strip()).moduleDots(across).isPresent();
    }

    /** {@code data} as Code 128 bars centred across {@code across} pixels from the margin, their top at {@code top}. */
    private static void bars(Graphics2D g, String data, int top, int across) {
        int module = Code128.of(data).moduleDots(across).orElseThrow();
        boolean[] code = new Code128Writer().encode(data, Map.of(EncodeHintType.CODE128_COMPACT, true));
        int left = MARGIN + Math.max(0, (across - code.length * module) / 2);
        for (int x = 0; x < code.length; x++) {
            if (code[x]) {
                g.fillRect(left + x * module, top, module, BAR_HEIGHT - 8);
            }
        }
    }

    @Override
    public DeviceStatus status() {
        State now = state;
        return now == State.READY ? new DeviceStatus("Receipt printer", DeviceStatus.State.SIMULATED, "")
                : new DeviceStatus("Receipt printer", DeviceStatus.State.ERROR, PrinterStates.message(now));
    }

    @Override
    public void close() {
        // Nothing to release.
    }
}

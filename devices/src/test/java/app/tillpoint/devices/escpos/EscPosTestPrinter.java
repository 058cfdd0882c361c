package app.tillpoint.devices.escpos;

import app.tillpoint.api.device.ReceiptPrinter.State;
import app.tillpoint.devices.serial.SocatPair;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The far end of a printer link, playing an ESC/POS printer: parses the stream the driver sends (text lines, bold,
 * cut, drawer kick, Code 128 barcodes, the commands escpos-coffee writes) and answers the real-time status requests {@code DLE EOT n}
 * as the {@link #state} a test sets, or not at all while it is {@link State#OFFLINE}.
 */
public final class EscPosTestPrinter {
    /** Where the bytes come from and the answers go. */
    public interface Wire {
        /** The next byte, or -1 if none came yet; -2 when the wire is gone. */
        int next();

        void answer(byte b);
    }

    /** One printed line, or a command: "CUT", "KICK m t1 t2", "RASTER w h" (a {@link Raster}), "BARCODE data". */
    public record Printed(String text, boolean bold) {
    }

    /**
     * A raster image, {@code GS v 0}: {@code width} dots a line (a multiple of 8), {@code height} lines, one bit a dot,
     * set for black, each line's bytes left to right.
     */
    // The bytes as they came, read by the methods below and never compared: an array is the plain form.
    @SuppressWarnings("ArrayRecordComponent")
    public record Raster(int width, int height, byte[] bits) {
        /** Whether the dot at {@code x}, {@code y} is black. */
        public boolean black(int x, int y) {
            return (bits[y * (width / 8) + x / 8] & (0x80 >> (x % 8))) != 0;
        }

        /** How many dots are black. */
        public int blackDots() {
            int count = 0;
            for (byte b : bits) {
                count += Integer.bitCount(b & 0xFF);
            }
            return count;
        }

        /** The rightmost column with a black dot, or -1. */
        public int rightmostBlack() {
            for (int x = width - 1; x >= 0; x--) {
                for (int y = 0; y < height; y++) {
                    if (black(x, y)) {
                        return x;
                    }
                }
            }
            return -1;
        }
    }

    /**
     * A Code 128 barcode as printed.
     *
     * @param data       what its bars hold, read back from the code sets
     * @param module     the dots a module ({@code GS w})
     * @param textBelow  whether its text is printed under it ({@code GS H} 2)
     * @param modules    the modules across its bars, counted from what came: the start, each character of set B, each
     *                   pair of digits of set C, each switch of set, the check (11 each) and the stop (13)
     */
    public record Barcode(String data, int module, boolean textBelow, int modules) {
        /** The bars' width in dots. */
        public int dots() {
            return module * modules;
        }
    }

    /** What the printer answers to the status requests from now on (read on the printer's thread). */
    public volatile State state = State.READY;
    final List<Printed> printed = new CopyOnWriteArrayList<>();
    final List<Integer> statusRequests = new CopyOnWriteArrayList<>();
    final List<Raster> rasters = new CopyOnWriteArrayList<>();
    final List<Barcode> barcodes = new CopyOnWriteArrayList<>();
    private final Wire wire;
    private final Thread thread;
    private volatile boolean running = true;
    private boolean bold;
    private int module = 3;
    private int hri;

    /** A printer at the test's end of a socat pair, whose other end the driver opens. */
    public static EscPosTestPrinter overSerial(SocatPair pair) {
        return new EscPosTestPrinter(new Wire() {
            @Override
            public int next() {
                byte[] one = pair.receive(1, 20);
                return one.length == 1 ? one[0] & 0xFF : -1;
            }

            @Override
            public void answer(byte b) {
                pair.send(new byte[] {b});
            }
        });
    }

    EscPosTestPrinter(Wire wire) {
        this.wire = wire;
        this.thread = new Thread(this::run, "escpos-test-printer");
        thread.setDaemon(true);
        thread.start();
    }

    /** The printed text lines, without commands and the empty lines fed before a cut. */
    public List<String> lines() {
        return printed.stream().map(Printed::text)
                .filter(t -> !t.isEmpty() && !t.equals("CUT") && !t.startsWith("KICK") && !t.startsWith("RASTER")
                        && !t.startsWith("BARCODE "))
                .toList();
    }

    /** How many cuts came: one a slip. */
    public long printedCuts() {
        return printed.stream().filter(p -> p.text().equals("CUT")).count();
    }

    /** The raster images printed, in order. */
    public List<Raster> rasters() {
        return List.copyOf(rasters);
    }

    /** The barcodes printed, first first. */
    public List<Barcode> barcodes() {
        return List.copyOf(barcodes);
    }

    /** Stops reading; what comes after stays on the wire. */
    public void stop() throws InterruptedException {
        running = false;
        thread.join(2000);
    }

    private int take() {
        while (running) {
            int b = wire.next();
            if (b >= 0) {
                return b;
            }
            if (b == -2) {
                running = false;
            }
        }
        return -1;
    }

    private void run() {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (running) {
            int b = take();
            if (b < 0) {
                return;
            }
            switch (b) {
                case 0x10 -> {
                    take();
                    int n = take();
                    statusRequests.add(n);
                    answer(n);
                }
                case 0x1B -> escape(take());
                case 0x1D -> group(take());
                case 0x0A -> {
                    printed.add(new Printed(line.toString(Charset.forName("cp437")), bold));
                    line.reset();
                }
                default -> line.write(b);
            }
        }
    }

    private void answer(int n) {
        State now = state;
        if (now == State.OFFLINE) {
            return;
        }
        int status = 0x12;
        if (n == 2 && now == State.COVER_OPEN) {
            status |= 0x04;
        }
        if (n == 2 && now == State.PAPER_OUT) {
            status |= 0x20;
        }
        if (n == 4 && now == State.PAPER_OUT) {
            status |= 0x60;
        }
        wire.answer((byte) status);
    }

    private void escape(int command) {
        switch (command) {
            case '@' -> bold = false;
            case '2' -> {
                // Default line spacing: no argument.
            }
            case 'p' -> printed.add(new Printed("KICK " + take() + " " + take() + " " + take(), false));
            case 'E' -> bold = (take() & 1) == 1;
            default -> take();
        }
    }

    /** {@code GS v 0 m xL xH yL yH d…}: x bytes a line, y lines. */
    private void raster() {
        take();
        take();
        int bytesPerLine = take() | take() << 8;
        int height = take() | take() << 8;
        byte[] bits = new byte[bytesPerLine * height];
        for (int i = 0; i < bits.length; i++) {
            bits[i] = (byte) take();
        }
        rasters.add(new Raster(bytesPerLine * 8, height, bits));
        printed.add(new Printed("RASTER " + bytesPerLine * 8 + " " + height, false));
    }

    private void group(int command) {
        switch (command) {
            case 'V' -> {
                int mode = take();
                if (mode == 65 || mode == 66) {
                    take();
                }
                printed.add(new Printed("CUT", false));
            }
            case 'L', 'W' -> {
                take();
                take();
            }
            case 'v' -> raster();
            case 'w' -> module = take();
            case 'H' -> hri = take() & 0x0F;
            case 'k' -> barcode(take());
            default -> take();
        }
    }

    /** {@code GS k m}: only Code 128 (m = 73, its length and data) is read; another system is skipped. */
    private void barcode(int system) {
        if (system < 65) {
            while (take() > 0) {
                // Function A: the data ends with NUL.
            }
            return;
        }
        int length = take();
        int[] data = new int[length];
        for (int i = 0; i < length; i++) {
            data[i] = take();
        }
        if (system != 73) {
            return;
        }
        Code128Read read;
        try {
            read = code128(data);
        } catch (IllegalArgumentException e) {
            // A printer drops such a barcode; the test sees why among the printed.
            printed.add(new Printed("BARCODE REFUSED " + e.getMessage(), false));
            return;
        }
        barcodes.add(new Barcode(read.text(), module, hri == 2 || hri == 3, 11 * read.symbols() + 13));
        printed.add(new Printed("BARCODE " + read.text(), false));
    }

    /** What a Code 128 data of {@code GS k} holds, and its symbols from the start to the check. */
    private record Code128Read(String text, int symbols) {
    }

    /**
     * Reads a Code 128 data of {@code GS k} as a printer does: it starts with "{A", "{B" or "{C" (the start symbol),
     * then "{A", "{B", "{C" switch the code set (a symbol each), "{{" is a brace; in code set C each byte is a pair of
     * digits, 0 to 99.
     *
     * @throws IllegalArgumentException for data a printer would refuse, saying why
     */
    private static Code128Read code128(int[] data) {
        if (data.length < 2 || data[0] != '{' || data[1] < 'A' || data[1] > 'C') {
            throw new IllegalArgumentException("Code 128 data starts with {A, {B or {C: " + Arrays.toString(data));
        }
        StringBuilder text = new StringBuilder();
        char set = (char) data[1];
        int symbols = 2;
        for (int i = 2; i < data.length; i++) {
            int b = data[i];
            symbols++;
            if (b == '{') {
                if (i + 1 == data.length) {
                    throw new IllegalArgumentException("A brace ends the data");
                }
                int next = data[++i];
                if (next == '{') {
                    text.append('{');
                } else if (next == 'A' || next == 'B' || next == 'C') {
                    set = (char) next;
                }
                // Shift and the function characters hold no text.
            } else if (set == 'C') {
                if (b > 99) {
                    throw new IllegalArgumentException("Code set C holds pairs of digits, 0 to 99: " + b);
                }
                text.append(String.format("%02d", b));
            } else {
                text.append((char) b);
            }
        }
        return new Code128Read(text.toString(), symbols);
    }
}

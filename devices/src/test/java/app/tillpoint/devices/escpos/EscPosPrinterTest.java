package app.tillpoint.devices.escpos;

import app.tillpoint.api.device.DeviceStatus;
import app.tillpoint.api.device.PrintJob;
import app.tillpoint.api.device.PrinterException;
import app.tillpoint.api.device.ReceiptPrinter.State;
import app.tillpoint.api.sale.ReceiptCode;
import app.tillpoint.devices.CashDrawerConfig;
import app.tillpoint.devices.ReceiptPrinterConfig;
import app.tillpoint.devices.SerialConfig;
import app.tillpoint.devices.serial.SocatPair;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ESC/POS printer against a test printer at the far end of a socat pseudo-terminal pair, a socket, a file. */
class EscPosPrinterTest {
    @TempDir
    Path dir;
    private SocatPair pair;
    private EscPosTestPrinter far;
    private EscPosPrinter printer;
    private final List<AutoCloseable> closing = new ArrayList<>();

    private static PrintJob receipt() {
        return PrintJob.builder().text("Tillpoint Chennai", PrintJob.Align.CENTER, true)
                .amount("2 x Masala chai", "₹40.00").amount("Total", "₹1,234.00", true).build();
    }

    private void serialPrinter(int paperWidth) throws Exception {
        pair = new SocatPair(dir).start();
        far = EscPosTestPrinter.overSerial(pair);
        SerialConfig serial = new SerialConfig(pair.devicePath(), 19200, 8, "none", 1, null, null, 400);
        printer = EscPosPrinter.of(new ReceiptPrinterConfig("escpos-serial", paperWidth, serial, null, null, null,
                300));
    }

    /** Waits up to 5 s for what the far end got. */
    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 5 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @AfterEach
    void stop() throws Exception {
        if (printer != null) {
            printer.close();
        }
        if (far != null) {
            far.stop();
        }
        if (pair != null) {
            pair.close();
        }
        for (AutoCloseable c : closing) {
            c.close();
        }
    }

    @Test
    void printsTheLinesBoldWhereAskedThenCutsAndTheRupeeIsWrittenRsAtFiftyEightMillimetres() throws Exception {
        serialPrinter(58);

        printer.print(receipt());

        waitFor(() -> far.printed.stream().anyMatch(p -> p.text().equals("CUT")));
        assertThat(far.lines()).containsExactly(
                "       Tillpoint Chennai",
                "2 x Masala chai         Rs.40.00",
                "Total                Rs.1,234.00");
        assertThat(far.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(32));
        assertThat(far.printed).filteredOn(p -> p.text().startsWith("Total")).singleElement()
                .extracting(EscPosTestPrinter.Printed::bold).isEqualTo(true);
        assertThat(far.statusRequests).containsExactly(2, 4);
        assertThat(printer.status().state()).isEqualTo(DeviceStatus.State.READY);
    }

    @Test
    void atEightyMillimetresALineHoldsFortyEightCharacters() throws Exception {
        serialPrinter(80);

        printer.print(PrintJob.builder().amount("Total", "₹1,234.00").build());

        waitFor(() -> !far.lines().isEmpty());
        assertThat(far.lines().get(0)).hasSize(48).startsWith("Total").endsWith("Rs.1,234.00");
    }

    @Test
    void outOfPaperNothingIsPrintedAndTheStateSaysWhy() throws Exception {
        serialPrinter(80);
        far.state = State.PAPER_OUT;

        assertThatThrownBy(() -> printer.print(receipt())).isInstanceOf(PrinterException.class)
                .hasMessage("Printer out of paper").extracting(e -> ((PrinterException) e).state())
                .isEqualTo(State.PAPER_OUT);

        Thread.sleep(300);
        assertThat(far.printed).isEmpty();
        assertThat(printer.status().state()).isEqualTo(DeviceStatus.State.ERROR);
        assertThat(printer.status().detail()).isEqualTo("printer out of paper");
    }

    @Test
    void coverOpenNothingIsPrinted() throws Exception {
        serialPrinter(80);
        far.state = State.COVER_OPEN;

        assertThatThrownBy(() -> printer.print(receipt())).isInstanceOf(PrinterException.class)
                .hasMessage("Printer cover open");
        assertThat(printer.state()).isEqualTo(State.COVER_OPEN);
        Thread.sleep(300);
        assertThat(far.printed).isEmpty();
    }

    @Test
    void aPrinterThatDoesNotAnswerIsOfflineAndPrintsOnceItAnswersAgain() throws Exception {
        serialPrinter(80);
        far.state = State.OFFLINE;

        long start = System.nanoTime();
        assertThatThrownBy(() -> printer.print(receipt())).isInstanceOf(PrinterException.class)
                .hasMessage("Printer offline");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        assertThat(far.printed).isEmpty();

        far.state = State.READY;
        printer.print(receipt());
        waitFor(() -> far.lines().size() == 3);
    }

    @Test
    void anUnpluggedPrinterIsOfflineAndPrintsWhenPluggedInAgain() throws Exception {
        serialPrinter(80);
        far.stop();
        pair.kill();

        assertThat(printer.state()).isEqualTo(State.OFFLINE);
        assertThatThrownBy(() -> printer.print(receipt())).isInstanceOf(PrinterException.class);
        assertThat(printer.status().state()).isEqualTo(DeviceStatus.State.NOT_CONNECTED);

        pair.start();
        far = EscPosTestPrinter.overSerial(pair);
        printer.print(receipt());
        waitFor(() -> far.lines().size() == 3);
    }

    @Test
    void theDrawerOnThePrinterIsKickedThroughTheSamePortBetweenJobs() throws Exception {
        serialPrinter(80);
        PrinterDrawer drawer = new PrinterDrawer(printer, CashDrawerConfig.of("receipt-printer"));

        printer.print(receipt());
        drawer.open();
        printer.print(PrintJob.builder().text("Second").kickDrawer().build());

        waitFor(() -> far.lines().contains("Second"));
        waitFor(() -> far.printed.stream()
                .filter(p -> p.text().startsWith("KICK")).count() == 2);
        List<String> order = far.printed.stream().map(EscPosTestPrinter.Printed::text)
                .filter(t -> t.equals("CUT") || t.startsWith("KICK") || t.equals("Second")).toList();
        assertThat(order).containsExactly("CUT", "KICK 0 50 250", "Second", "CUT", "KICK 0 50 250");
    }

    @Test
    void aBarcodeRowIsPrintedAsCode128WithItsTextUnderItByThePrinterNotAsALineOfText() throws Exception {
        serialPrinter(58);

        printer.print(PrintJob.builder().text("Thank you", PrintJob.Align.CENTER, false).barcode("TP42-7F3A0C")
                .text("Next").build());

        waitFor(() -> far.printed.stream().anyMatch(p -> p.text().equals("CUT")));
        // 156 modules: two dots each fit the 384 of a 58 mm paper, three would not.
        assertThat(far.barcodes()).containsExactly(new EscPosTestPrinter.Barcode("TP42-7F3A0C", 2, true, 156));
        assertThat(far.lines()).containsExactly("           Thank you", "Next");
        assertThat(far.printed).extracting(EscPosTestPrinter.Printed::text).containsSubsequence(
                "           Thank you", "BARCODE TP42-7F3A0C", "Next", "CUT");
    }

    @Test
    void atEightyMillimetresTheBarsAreWiderAndABraceInTheDataReadsBack() throws Exception {
        serialPrinter(80);

        printer.print(PrintJob.builder().barcode("TP42-7F3A0C").barcode("A{B").build());

        waitFor(() -> far.barcodes().size() == 2);
        assertThat(far.barcodes()).containsExactly(new EscPosTestPrinter.Barcode("TP42-7F3A0C", 3, true, 156),
                new EscPosTestPrinter.Barcode("A{B", 3, true, 68));
        assertThat(far.lines()).isEmpty();
    }

    @Test
    void aCodeTooLongForThePaperIsPrintedAsItsTextAlone() throws Exception {
        serialPrinter(58);

        // Even with its twelve digits in code set C: 222 modules, 444 dots at the narrowest bars, wider than 384.
        printer.print(PrintJob.builder().barcode("TP123456789012-ABCDEF").build());

        waitFor(() -> far.printed.stream().anyMatch(p -> p.text().equals("CUT")));
        assertThat(far.barcodes()).isEmpty();
        assertThat(far.lines()).containsExactly("     TP123456789012-ABCDEF");
    }

    @ParameterizedTest(name = "{0}-digit order on {1} mm paper")
    @CsvSource({
        // Set B alone: 145 modules; at three dots 435, wider than 384.
        "1, 58, 2, 145",
        // Set B alone would be 200 modules, 400 dots: printed as text, it could not be scanned for a refund.
        "6, 58, 2, 189",
        "1, 80, 3, 145",
        "6, 80, 2, 189",
        "9, 80, 2, 211"})
    void aReceiptsCodePrintsInTheFewestModulesTheWidestThatFitThePaper(int digits, int paper, int module, int modules)
            throws Exception {
        serialPrinter(paper);
        String code = new ReceiptCode(Long.parseLong("1" + "0".repeat(digits - 1)), "ABCDEF").text();

        printer.print(PrintJob.builder().text("Thank you").barcode(code).build());

        waitFor(() -> far.printed.stream().anyMatch(p -> p.text().equals("CUT")));
        assertThat(far.barcodes()).containsExactly(new EscPosTestPrinter.Barcode(code, module, true, modules));
        assertThat(far.barcodes().get(0).dots()).isLessThanOrEqualTo(paper == 58 ? 384 : 576);
        assertThat(far.lines()).containsExactly("Thank you");
    }

    @Test
    void aNineDigitOrderOnFiftyEightMillimetresIsItsTextAloneForItsBarsWouldNotFit() throws Exception {
        serialPrinter(58);

        // 211 modules even with its digits in code set C: 422 dots at two a module.
        printer.print(PrintJob.builder().barcode("TP123456789-ABCDEF").build());

        waitFor(() -> far.printed.stream().anyMatch(p -> p.text().equals("CUT")));
        assertThat(far.barcodes()).isEmpty();
        assertThat(far.lines()).containsExactly("       TP123456789-ABCDEF");
    }

    @Test
    void overTcpItPrintsAndAnswersTheStatus() throws Exception {
        ServerSocket server = new ServerSocket(0);
        closing.add(server);
        List<Socket> accepted = new ArrayList<>();
        Thread acceptor = new Thread(() -> {
            try {
                Socket socket = server.accept();
                socket.setSoTimeout(20);
                accepted.add(socket);
                InputStream in = socket.getInputStream();
                OutputStream out = socket.getOutputStream();
                far = new EscPosTestPrinter(new EscPosTestPrinter.Wire() {
                    @Override
                    public int next() {
                        try {
                            int b = in.read();
                            return b < 0 ? -2 : b;
                        } catch (SocketTimeoutException e) {
                            return -1;
                        } catch (java.io.IOException e) {
                            return -2;
                        }
                    }

                    @Override
                    public void answer(byte b) {
                        try {
                            out.write(b);
                            out.flush();
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                });
            } catch (java.io.IOException e) {
                // The test ended first.
            }
        });
        acceptor.start();
        printer = EscPosPrinter.of(new ReceiptPrinterConfig("escpos-tcp", 58, null, "127.0.0.1",
                server.getLocalPort(), null, 500));

        printer.print(receipt());

        waitFor(() -> far != null && far.lines().size() == 3);
        assertThat(far.lines().get(2)).isEqualTo("Total                Rs.1,234.00");
        far.state = State.PAPER_OUT;
        assertThat(printer.state()).isEqualTo(State.PAPER_OUT);
        for (Socket s : accepted) {
            s.close();
        }
    }

    @Test
    void aTcpPrinterNobodyListensOnIsOffline() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        printer = EscPosPrinter.of(new ReceiptPrinterConfig("escpos-tcp", 80, null, "127.0.0.1", port, null, 300));

        assertThat(printer.state()).isEqualTo(State.OFFLINE);
        assertThatThrownBy(() -> printer.print(receipt())).isInstanceOf(PrinterException.class)
                .hasMessage("Printer offline");
    }

    @Test
    void aUsbDeviceFileIsWrittenAndAMissingOneIsOffline() throws Exception {
        Path device = Files.createFile(dir.resolve("lp0"));
        printer = EscPosPrinter.of(new ReceiptPrinterConfig("escpos-usb", 80, null, null, null, device.toString(),
                null));

        printer.print(receipt());
        printer.close();

        String written = Files.readString(device, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(written).contains("Rs.1,234.00").contains("\u001dV1");

        EscPosPrinter missing = EscPosPrinter.of(new ReceiptPrinterConfig("escpos-usb", 80, null, null, null,
                dir.resolve("no-such-dir/lp0").toString(), null));
        closing.add(missing);
        assertThat(missing.state()).isEqualTo(State.OFFLINE);
    }
}

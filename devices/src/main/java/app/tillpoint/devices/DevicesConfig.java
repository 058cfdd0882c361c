package app.tillpoint.devices;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code devices} section of the terminal's JSON configuration: which badge reader, cash drawer, receipt printer
 * and product scanner, and how to reach them. Read by the kiosk with Jackson; a missing section means {@link #demo()},
 * a missing {@code receiptPrinter} the simulated one, a missing {@code productScanner} none.
 */
public record DevicesConfig(BadgeReaderConfig badgeReader, CashDrawerConfig cashDrawer,
                            ReceiptPrinterConfig receiptPrinter, ProductScannerConfig productScanner) {

    public DevicesConfig {
        receiptPrinter = receiptPrinter == null ? ReceiptPrinterConfig.simulated() : receiptPrinter;
    }

    /** A terminal whose printer is the simulated one, without a product scanner. */
    public DevicesConfig(BadgeReaderConfig badgeReader, CashDrawerConfig cashDrawer) {
        this(badgeReader, cashDrawer, (ReceiptPrinterConfig) null, null);
    }

    /** A terminal without a product scanner. */
    public DevicesConfig(BadgeReaderConfig badgeReader, CashDrawerConfig cashDrawer,
                         ReceiptPrinterConfig receiptPrinter) {
        this(badgeReader, cashDrawer, receiptPrinter, null);
    }

    /** A terminal whose printer is the simulated one. */
    public DevicesConfig(BadgeReaderConfig badgeReader, CashDrawerConfig cashDrawer,
                         ProductScannerConfig productScanner) {
        this(badgeReader, cashDrawer, null, productScanner);
    }

    /**
     * The demo terminal's devices: a keyboard-wedge badge reader that scans products too (on the register), a
     * simulated drawer and a simulated printer.
     */
    public static DevicesConfig demo() {
        return new DevicesConfig(BadgeReaderConfig.keyboardWedge(), CashDrawerConfig.simulated(),
                ProductScannerConfig.of(ProductScannerConfig.SHARED));
    }

    /** What is wrong, one entry per problem as "devices.field: what is wrong"; empty when the section is valid. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (badgeReader == null) {
            problems.add("devices.badgeReader: missing");
        } else {
            badgeReader.problems().forEach(p -> problems.add("devices.badgeReader." + p));
        }
        if (cashDrawer == null) {
            problems.add("devices.cashDrawer: missing");
        } else {
            cashDrawer.problems().forEach(p -> problems.add("devices.cashDrawer." + p));
        }
        receiptPrinter.problems().forEach(p -> problems.add("devices.receiptPrinter." + p));
        if (cashDrawer != null && sharesThePrintersPort()) {
            problems.add("devices.cashDrawer.type: the receipt printer holds " + cashDrawer.serial().port()
                    + "; write \"receipt-printer\" to kick the drawer through it");
        }
        if (cashDrawer != null && "receipt-printer".equals(cashDrawer.type())
                && !receiptPrinter.type().startsWith("escpos")) {
            problems.add("devices.cashDrawer.type: \"receipt-printer\" needs an ESC/POS receipt printer, not \""
                    + receiptPrinter.type() + "\"");
        }
        if (productScanner != null) {
            productScanner.problems(badgeReader).forEach(p -> problems.add("devices.productScanner." + p));
        }
        return problems;
    }

    /** Two drivers would fight over one serial port: the drawer must kick through the printer instead. */
    private boolean sharesThePrintersPort() {
        return "escpos-serial".equals(cashDrawer.type()) && "escpos-serial".equals(receiptPrinter.type())
                && cashDrawer.serial() != null && receiptPrinter.serial() != null
                && cashDrawer.serial().port() != null
                && cashDrawer.serial().port().equals(receiptPrinter.serial().port());
    }
}

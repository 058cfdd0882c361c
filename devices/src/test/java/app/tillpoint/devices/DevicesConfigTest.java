package app.tillpoint.devices;

import app.tillpoint.api.device.DeviceStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DevicesConfigTest {

    @Test
    void theDemoIsValid() {
        assertThat(DevicesConfig.demo().problems()).isEmpty();
        assertThat(DevicesConfig.demo().badgeReader().type()).isEqualTo("keyboard-wedge");
        assertThat(DevicesConfig.demo().cashDrawer().type()).isEqualTo("simulated");
    }

    @Test
    void absentFieldsTakeTheirDefaults() {
        BadgeReaderConfig reader = new BadgeReaderConfig("serial", null, null, null, null,
            new SerialConfig("/dev/ttyUSB0", null, null, null, null, null, null, null), null);
        assertThat(reader.minLength()).isEqualTo(4);
        assertThat(reader.maxKeyGapMillis()).isEqualTo(50);
        assertThat(reader.serial().baudRate()).isEqualTo(9600);
        assertThat(reader.serial().parity()).isEqualTo("none");
        assertThat(reader.problems()).isEmpty();
        CashDrawerConfig drawer = CashDrawerConfig.escPosSerial(SerialConfig.of("/dev/ttyS0"));
        assertThat(drawer.pin()).isZero();
        assertThat(drawer.statusSupported()).isFalse();
        assertThat(drawer.problems()).isEmpty();
    }

    @Test
    void namesEveryProblemWithItsPath() {
        DevicesConfig config = new DevicesConfig(
            new BadgeReaderConfig("serial", null, null, 0, null,
                new SerialConfig(null, null, 9, "sometimes", null, null, null, null), null),
            new CashDrawerConfig("javapos", null, 3, null, null, null, null, null));
        assertThat(config.problems()).containsExactlyInAnyOrder(
            "devices.badgeReader.minLength: 0 is less than 1",
            "devices.badgeReader.serial.port: missing",
            "devices.badgeReader.serial.dataBits: 9 is not between 5 and 8",
            "devices.cashDrawer.pin: 3 is not 0 or 1",
            "devices.cashDrawer.javapos: missing",
            "devices.badgeReader.serial.parity: \"sometimes\" is not one of " + parities());
    }

    @Test
    void anAbsentReceiptPrinterIsTheSimulatedOneOfEightyMillimetres() {
        assertThat(DevicesConfig.demo().receiptPrinter().type()).isEqualTo("simulated");
        assertThat(DevicesConfig.demo().receiptPrinter().columns()).isEqualTo(48);
        assertThat(new ReceiptPrinterConfig("escpos-tcp", 58, null, "printer.local", null, null, null).columns())
            .isEqualTo(32);
    }

    @Test
    void namesEveryProblemOfTheReceiptPrinterWithItsPath() {
        ReceiptPrinterConfig printer = new ReceiptPrinterConfig("escpos-tcp", 76, null, " ", 0, null, 10);
        DevicesConfig config = new DevicesConfig(BadgeReaderConfig.keyboardWedge(), CashDrawerConfig.simulated(),
            printer);
        assertThat(config.problems()).containsExactlyInAnyOrder(
            "devices.receiptPrinter.paperWidth: 76 is not 58 or 80 (millimetres)",
            "devices.receiptPrinter.port: 0 is not between 1 and 65535",
            "devices.receiptPrinter.answerMillis: 10 is not between 50 and 30000",
            "devices.receiptPrinter.host: missing (the printer's name or address)");
        assertThat(new DevicesConfig(BadgeReaderConfig.keyboardWedge(), CashDrawerConfig.simulated(),
            ReceiptPrinterConfig.of("escpos-usb")).problems())
            .containsExactly("devices.receiptPrinter.device: missing (the printer's device file, e.g. /dev/usb/lp0)");
        assertThat(new DevicesConfig(BadgeReaderConfig.keyboardWedge(), CashDrawerConfig.simulated(),
            ReceiptPrinterConfig.of("escpos-serial")).problems())
            .containsExactly("devices.receiptPrinter.serial: missing");
    }

    @Test
    void aDrawerAndAPrinterOnOnePortAreRefusedWithTheWayToShareIt() {
        DevicesConfig both = new DevicesConfig(BadgeReaderConfig.keyboardWedge(),
            CashDrawerConfig.escPosSerial(SerialConfig.of("/dev/ttyS0")),
            ReceiptPrinterConfig.escPosSerial(SerialConfig.of("/dev/ttyS0"), 80));
        assertThat(both.problems()).containsExactly("devices.cashDrawer.type: the receipt printer holds /dev/ttyS0;"
            + " write \"receipt-printer\" to kick the drawer through it");

        DevicesConfig shared = new DevicesConfig(BadgeReaderConfig.keyboardWedge(),
            CashDrawerConfig.of("receipt-printer"), ReceiptPrinterConfig.escPosSerial(SerialConfig.of("/dev/ttyS0"), 80));
        assertThat(shared.problems()).isEmpty();

        DevicesConfig simulated = new DevicesConfig(BadgeReaderConfig.keyboardWedge(),
            CashDrawerConfig.of("receipt-printer"), ReceiptPrinterConfig.simulated());
        assertThat(simulated.problems()).containsExactly(
            "devices.cashDrawer.type: \"receipt-printer\" needs an ESC/POS receipt printer, not \"simulated\"");
    }

    private static String parities() {
        // The message prints the set in its own iteration order, which only the set itself knows.
        return new SerialConfig("x", null, null, "?", null, null, null, null).problems().get(0)
            .replace("parity: \"?\" is not one of ", "");
    }

    @Test
    void aProductScannerIsCheckedBesideTheBadgeReader() {
        assertThat(DevicesConfig.demo().productScanner().shared()).isTrue();
        assertThat(new DevicesConfig(BadgeReaderConfig.keyboardWedge(), CashDrawerConfig.simulated(),
                ProductScannerConfig.of("keyboard-wedge")).problems())
                .containsExactly("devices.productScanner.type: the badge reader is a keyboard wedge too, and two "
                        + "wedges type alike: use \"shared\"");
        assertThat(new DevicesConfig(BadgeReaderConfig.simulated(), CashDrawerConfig.simulated(),
                ProductScannerConfig.of("keyboard-wedge")).problems()).isEmpty();
        assertThat(new DevicesConfig(BadgeReaderConfig.simulated(), CashDrawerConfig.simulated(),
                ProductScannerConfig.of("laser")).problems()).singleElement().asString()
                .startsWith("devices.productScanner.type: \"laser\" is not one of").contains("shared");
        assertThat(new DevicesConfig(BadgeReaderConfig.simulated(), CashDrawerConfig.simulated(),
                new ProductScannerConfig("javapos", null, null, null, null, null,
                        new JavaPosConfig("Scanner1", "MSR", null, null))).problems())
                .containsExactly("devices.productScanner.javapos.category: a product scanner is a JavaPOS Scanner, "
                        + "not MSR");
        assertThat(new DevicesConfig(BadgeReaderConfig.simulated(), CashDrawerConfig.simulated(),
                ProductScannerConfig.of("serial")).problems()).containsExactly("devices.productScanner.serial: missing");
    }

    @Test
    void aProductScannerOfItsOwnIsBuiltAndASharedOneIsNot() {
        assertThat(Devices.productScanner(null)).isEmpty();
        assertThat(Devices.productScanner(ProductScannerConfig.of("shared"))).isEmpty();
        assertThat(Devices.productScanner(ProductScannerConfig.of("simulated")).orElseThrow().status())
                .isEqualTo(new DeviceStatus("Product scanner", DeviceStatus.State.SIMULATED, ""));
        assertThat(Devices.productScanner(ProductScannerConfig.of("serial")).orElseThrow().status().state())
                .isEqualTo(DeviceStatus.State.ERROR);
    }
}

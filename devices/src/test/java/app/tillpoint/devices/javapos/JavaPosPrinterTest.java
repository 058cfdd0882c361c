package app.tillpoint.devices.javapos;

import app.tillpoint.api.device.DeviceStatus;
import app.tillpoint.api.device.PrintJob;
import app.tillpoint.api.device.PrinterException;
import app.tillpoint.api.device.ReceiptPrinter;
import app.tillpoint.api.device.ReceiptPrinter.State;
import app.tillpoint.api.sale.ReceiptCode;
import app.tillpoint.devices.Devices;
import app.tillpoint.devices.JavaPosConfig;
import app.tillpoint.devices.ReceiptPrinterConfig;
import jpos.JposConst;
import jpos.POSPrinterConst;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The JavaPOS POSPrinter driver against the printer service of the test sources, named in the test jpos.xml. */
class JavaPosPrinterTest {
    private static final String BOLD = "\u001b|bC";
    private static final String NORMAL = "\u001b|N";
    private JavaPosPrinter printer;

    private static PrintJob receipt() {
        return PrintJob.builder().text("Tillpoint Chennai", PrintJob.Align.CENTER, true)
            .amount("2 x Masala chai", "₹40.00").amount("Total", "₹1,234.00", true).barcode("T01-000042").build();
    }

    private static ReceiptPrinterConfig config(String logicalName) throws Exception {
        String jposXml = Path.of(JavaPosPrinterTest.class.getResource("/jpos.xml").toURI()).toString();
        return ReceiptPrinterConfig.javapos(new JavaPosConfig(logicalName, null, jposXml, 500));
    }

    private TestPrinterService connected(String logicalName) throws Exception {
        printer = new JavaPosPrinter(config(logicalName));
        waitFor(() -> printer.status().state() == DeviceStatus.State.READY);
        return TestServiceFactory.latest(logicalName, TestPrinterService.class);
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @AfterEach
    void close() {
        if (printer != null) {
            printer.close();
        }
    }

    @Test
    void aJobIsFittedToTheServicesLineWidthBoldRowsBetweenEscapesTheBarcodeAsCode128ThenCut() throws Exception {
        TestPrinterService service = connected("TestPrinter");
        assertThat(service.calls()).startsWith("open", "claim", "enable");
        assertThat(service.getMapMode()).isEqualTo(POSPrinterConst.PTR_MM_DOTS);
        assertThat(printer.columns()).as("RecLineChars, not the configured 80 mm's 48").isEqualTo(42);

        printer.print(receipt());

        assertThat(service.printed()).containsExactly(
            BOLD + "            Tillpoint Chennai" + NORMAL,
            "2 x Masala chai                   Rs.40.00",
            BOLD + "Total                          Rs.1,234.00" + NORMAL,
            "BARCODE " + POSPrinterConst.PTR_BCS_Code128_Parsed + " {BT01-{C000042",
            "\u001b|4lF",
            "CUT 90");
        assertThat(service.text()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(42));
        assertThat(printer.state()).isEqualTo(State.READY);
    }

    /** The life cycle the printer shares with the drawer (JposConnection): power reports, and the device let go. */
    @Test
    void aPrinterSwitchedOffShowsNotConnectedComesBackByItselfAndIsReleasedAtClose() throws Exception {
        TestPrinterService service = connected("TestPrinter");
        assertThat(service.getPowerNotify()).as("power notification asked for").isEqualTo(JposConst.JPOS_PN_ENABLED);

        service.power(JposConst.JPOS_PS_OFF);
        waitFor(() -> printer.status().state() == DeviceStatus.State.NOT_CONNECTED);
        assertThat(printer.status().describe())
            .isEqualTo("Receipt printer: not connected (switched off (TestPrinter))");
        assertThat(printer.state()).isEqualTo(State.OFFLINE);
        service.power(JposConst.JPOS_PS_ONLINE);
        waitFor(() -> printer.status().state() == DeviceStatus.State.READY);

        printer.close();
        printer = null;
        assertThat(service.calls()).endsWith("disable", "release", "close", "deleteInstance");
    }

    @Test
    void aServiceThatDrawsNoBarcodesPrintsTheBarcodesTextInItsPlace() throws Exception {
        TestPrinterService service = connected("TestPrinterNoBarcode");
        assertThat(printer.columns()).isEqualTo(32);

        printer.print(PrintJob.builder().text("Order 42").barcode("T01-000042").build());

        assertThat(service.printed()).containsExactly("Order 42", "           T01-000042", "\u001b|4lF", "CUT 90");
    }

    @ParameterizedTest(name = "{0}-digit order on {1}")
    @CsvSource({
        // 145 modules at two dots: three would be 435, wider than the 384 of 32 characters.
        "1, TestPrinter58, 290",
        // 189 modules with the digits in code set C; in set B alone 200, 400 dots, wider than the line.
        "6, TestPrinter58, 378",
        "1, TestPrinter80, 435",
        "6, TestPrinter80, 378",
        "9, TestPrinter80, 422"})
    void aReceiptsCodeIsHandedAsTheSpecsParsedCode128AsWideAsTheLineAllows(int digits, String printerName, int width)
            throws Exception {
        TestPrinterService service = connected(printerName);
        ReceiptCode code = new ReceiptCode(Long.parseLong("1" + "0".repeat(digits - 1)), "ABCDEF");

        printer.print(PrintJob.builder().barcode(code.text()).build());

        assertThat(service.barCodes()).singleElement().satisfies(got -> {
            assertThat(got.symbology()).isEqualTo(POSPrinterConst.PTR_BCS_Code128_Parsed);
            assertThat(got.data()).isEqualTo(digits == 1 ? "{BTP1-ABCDEF"
                : "{BTP" + (digits % 2 == 1 ? "1{C" + "0".repeat(digits - 1) : "{C1" + "0".repeat(digits - 1))
                    + "{B-ABCDEF");
            assertThat(got.text()).isEqualTo(code.text());
            assertThat(got.width()).isEqualTo(width);
            assertThat(got.height()).isEqualTo(JavaPosPrinter.BARCODE_HEIGHT);
            assertThat(got.alignment()).isEqualTo(POSPrinterConst.PTR_BC_CENTER);
            assertThat(got.textPosition()).isEqualTo(POSPrinterConst.PTR_BC_TEXT_BELOW);
        });
        assertThat(service.text()).isEmpty();
    }

    @Test
    void aCodeWhoseBarsDoNotFitTheLineIsPrintedAsItsText() throws Exception {
        TestPrinterService service = connected("TestPrinter58");

        // 211 modules even in code set C: 422 dots at two a module, over the 384 of 32 characters.
        printer.print(PrintJob.builder().barcode("TP123456789-ABCDEF").build());

        assertThat(service.barCodes()).isEmpty();
        assertThat(service.printed()).containsExactly("       TP123456789-ABCDEF", "\u001b|4lF", "CUT 90");
    }

    @Test
    void aServiceOlderThanParsedCode128GetsPlainCode128WithTheSetsLeftToIt() throws Exception {
        TestPrinterService service = connected("TestPrinterBefore18");

        printer.print(PrintJob.builder().barcode("TP123456-ABCDEF").build());

        assertThat(service.barCodes()).singleElement().satisfies(got -> {
            assertThat(got.symbology()).isEqualTo(POSPrinterConst.PTR_BCS_Code128);
            assertThat(got.data()).isEqualTo("TP123456-ABCDEF");
            assertThat(got.width()).isEqualTo(378);
        });
    }

    @Test
    void aControlCharacterInATextCannotStartAnEscapeSequenceOfItsOwn() throws Exception {
        TestPrinterService service = connected("TestPrinter");

        printer.print(PrintJob.builder().text("Tea \u001b|fP").build());

        assertThat(service.printed()).first().isEqualTo("Tea ?|fP");
    }

    /** A fault the service reports: the state says it, the job waits unprinted, and prints once it clears. */
    @ParameterizedTest
    @EnumSource(value = State.class, names = {"PAPER_OUT", "COVER_OPEN", "OFFLINE"})
    void eachFaultIsSeenAsItsStateNothingPrintsAndTheJobPrintsOnceItClears(State fault) throws Exception {
        TestPrinterService service = connected("TestPrinter");
        set(service, fault, true);
        if (fault != State.OFFLINE) {
            waitFor(() -> printer.status().state() == DeviceStatus.State.ERROR);
        }

        assertThat(printer.state()).isEqualTo(fault);
        assertThatThrownBy(() -> printer.print(receipt())).isInstanceOfSatisfying(PrinterException.class,
            e -> assertThat(e.state()).isEqualTo(fault));
        assertThat(service.printed()).isEmpty();
        assertThat(printer.status().state()).isNotEqualTo(DeviceStatus.State.READY);

        set(service, fault, false);
        assertThat(printer.state()).isEqualTo(State.READY);
        printer.print(receipt());
        assertThat(service.printed()).hasSize(6).contains("CUT 90");
        assertThat(printer.status().state()).isEqualTo(DeviceStatus.State.READY);
    }

    @Test
    void paperThatRunsOutDuringTheJobIsReadFromTheErrorCodeAndTheHalfJobCleared() throws Exception {
        TestPrinterService service = connected("TestPrinter");
        service.jamNext();

        assertThatThrownBy(() -> printer.print(receipt())).isInstanceOfSatisfying(PrinterException.class,
            e -> assertThat(e.state()).isEqualTo(State.PAPER_OUT));
        assertThat(service.calls()).contains("clearOutput");
        assertThat(printer.status().describe()).contains("out of paper");

        printer.print(receipt());
        assertThat(service.printed()).hasSize(6);
    }

    @Test
    void theErrorCodesOfAFailureAreItsState() {
        assertThat(JavaPosPrinter.stateOf(new jpos.JposException(JposConst.JPOS_E_EXTENDED,
            POSPrinterConst.JPOS_EPTR_COVER_OPEN))).isEqualTo(State.COVER_OPEN);
        assertThat(JavaPosPrinter.stateOf(new jpos.JposException(JposConst.JPOS_E_EXTENDED,
            POSPrinterConst.JPOS_EPTR_REC_EMPTY))).isEqualTo(State.PAPER_OUT);
        assertThat(JavaPosPrinter.stateOf(new jpos.JposException(POSPrinterConst.JPOS_EPTR_REC_EMPTY)))
            .as("a service that puts the extended code first").isEqualTo(State.PAPER_OUT);
        assertThat(JavaPosPrinter.stateOf(new jpos.JposException(JposConst.JPOS_E_OFFLINE))).isEqualTo(State.OFFLINE);
        assertThat(JavaPosPrinter.stateOf(new jpos.JposException(JposConst.JPOS_E_NOHARDWARE)))
            .isEqualTo(State.OFFLINE);
        assertThat(JavaPosPrinter.stateOf(new IllegalStateException("service bug"))).isEqualTo(State.OFFLINE);
    }

    @Test
    void aPrinterMissingFromJposXmlIsOfflineAndSaysWhy() throws Exception {
        printer = new JavaPosPrinter(config("NoSuchPrinter"));
        waitFor(() -> printer.status().detail().contains("not in"));

        assertThat(printer.status().describe()).contains("\"NoSuchPrinter\" is not in");
        assertThat(printer.state()).isEqualTo(State.OFFLINE);
        assertThatThrownBy(() -> printer.print(receipt())).isInstanceOfSatisfying(PrinterException.class,
            e -> assertThat(e.state()).isEqualTo(State.OFFLINE));
    }

    @Test
    void theConfigurationNamesTheJavaPosPrinterAndRefusesOneWithoutALogicalName() throws Exception {
        try (ReceiptPrinter configured = Devices.receiptPrinter(config("TestPrinter"), Path.of("unused"),
            Clock.systemUTC(), s -> { })) {
            assertThat(configured).isInstanceOf(JavaPosPrinter.class);
            assertThat(Devices.describe(config("TestPrinter"))).startsWith("JavaPOS POSPrinter TestPrinter");
        }
        assertThat(ReceiptPrinterConfig.of("javapos").problems()).containsExactly("javapos: missing");
        assertThat(ReceiptPrinterConfig.javapos(new JavaPosConfig(" ", null, null, null)).problems())
            .containsExactly("javapos.logicalName: missing");
    }

    private static void set(TestPrinterService service, State fault, boolean on) {
        switch (fault) {
            case PAPER_OUT -> service.paperOut(on);
            case COVER_OPEN -> service.coverOpen(on);
            default -> service.power(on ? JposConst.JPOS_PS_OFFLINE : JposConst.JPOS_PS_ONLINE);
        }
    }
}

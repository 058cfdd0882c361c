package app.tillpoint.kiosk.admin;

import app.tillpoint.api.session.CashMove;
import app.tillpoint.api.session.CashMoveRequest;
import app.tillpoint.api.session.ClosingRequest;
import app.tillpoint.kiosk.store.TestClock;
import app.tillpoint.kiosk.store.TestTill;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static app.tillpoint.kiosk.store.TestTill.count;
import static app.tillpoint.kiosk.store.TestTill.rupees;
import static org.assertj.core.api.Assertions.assertThat;

class CatalogAndReportCommandTest {

    @TempDir
    Path dataDir;

    private final TestClock clock = TestClock.at("2026-11-26T09:00:00Z");
    private String out;
    private String err;

    @Test
    void importsACsvCatalogAndListsIt() throws Exception {
        Path csv = write("menu.csv", "name,category,price\nMasala chai,Drinks,20.00\n\"Tea, ginger\",Drinks,22.50\n");

        assertThat(catalog("import", csv.toString())).isZero();
        assertThat(out).contains("Imported 2 products (2 new, 0 kept); 0 off sale.");

        assertThat(catalog("list")).isZero();
        assertThat(out).contains("Drinks").contains("Masala chai").contains("₹20.00").contains("Tea, ginger");
    }

    @Test
    void importsJsonAndRefusesABadFileNamingItsLinesChangingNothing() throws Exception {
        Path json = write("menu.json", "[{\"name\": \"Masala chai\", \"category\": \"Drinks\", \"price\": \"20.00\"}]");
        assertThat(catalog("import", json.toString())).isZero();
        Path bad = write("bad.csv", "name,category,price\nSamosa,Snacks,15.00\nLassi,Drinks,sixty\n,Drinks,5\n");

        assertThat(catalog("import", bad.toString())).isEqualTo(2);

        assertThat(err).contains("nothing was changed").contains("line 3: price \"sixty\"")
                .contains("line 4: the name is empty");
        assertThat(catalog("list")).isZero();
        assertThat(out).contains("Masala chai").doesNotContain("Samosa");
    }

    @Test
    void refusesAFileWithMarkupOrDirectionControlsNamingTheLinesAndChangingNothing() throws Exception {
        Path json = write("menu.json", "[{\"name\": \"Masala chai\", \"category\": \"Drinks\", \"price\": \"20.00\"}]");
        assertThat(catalog("import", json.toString())).isZero();
        Path bad = write("bad.csv", """
                name,category,price
                Samosa,Snacks,15.00
                <html><img src=x>,Snacks,5.00
                Lassi\u202E,Drinks,60.00
                Gold,Gold,100000000.01
                """);

        assertThat(catalog("import", bad.toString())).isEqualTo(2);

        assertThat(err).contains("nothing was changed", "line 3: the name holds markup (\"<html\")",
                "line 4: the name holds a character that changes the writing direction (U+202E)",
                "line 5: price \"100000000.01\" is more than the highest price, 100000000.00");
        assertThat(catalog("list")).isZero();
        assertThat(out).contains("Masala chai").doesNotContain("Samosa");
    }

    @Test
    void refusesBadCommandLines() {
        assertThat(catalog()).isEqualTo(2);
        assertThat(catalog("import")).isEqualTo(2);
        assertThat(catalog("import", dataDir.resolve("missing.csv").toString())).isEqualTo(2);
        assertThat(err).contains("cannot read").contains("missing.csv");
        assertThat(catalog("list")).isEqualTo(2);
        assertThat(err).contains("no Tillpoint database");
        assertThat(report()).isEqualTo(2);
        assertThat(report("--session", "x")).isEqualTo(2);
        assertThat(err).contains("--session needs a session number");
    }

    @Test
    void reportsTheOpenSessionOrElseTheLastClosedOneAsCsv() throws Exception {
        long sessionId;
        try (TestTill till = TestTill.in(dataDir).clock(clock).open()) {
            sessionId = till.open(count(2, 1, 1, 0, 2)).id();
            till.sell(100, "Masala chai", 3);
            till.sessions.moveCash(new CashMoveRequest(till.asha, CashMove.Direction.IN, rupees(500),
                    "Change float", Optional.empty()));
            till.sessions.moveCash(new CashMoveRequest(till.asha, CashMove.Direction.OUT, rupees(200),
                    "Supplier paid", Optional.empty()));
        }
        assertThat(report()).isZero();
        List<String> open = out.lines().toList();
        assertThat(open.get(0))
                .isEqualTo("record,session,order,at,cashier,item,quantity,unit_price,amount,currency,note");
        assertThat(open).contains(
                "opening," + sessionId + ",,2026-11-26T14:30:00+05:30,Asha,opening cash,,,1340.00,INR,Float ok",
                "opening_count," + sessionId + ",,2026-11-26T14:30:00+05:30,Asha,500.00 bill,2,500.00,1000.00,INR,",
                "order_line," + sessionId + ",1,2026-11-26T14:30:00+05:30,Asha,Masala chai,3,20.00,60.00,INR,Drinks",
                "payment," + sessionId + ",1,2026-11-26T14:30:00+05:30,Asha,cash,,,60.00,INR,"
                        + "\"tendered 100.00, change 40.00\"",
                "cash_in," + sessionId + ",,2026-11-26T14:30:00+05:30,Asha,cash in,,,500.00,INR,Change float",
                "cash_out," + sessionId + ",,2026-11-26T14:30:00+05:30,Asha,cash out,,,200.00,INR,Supplier paid",
                "summary," + sessionId + ",,,,expected cash,,,1700.00,INR,");

        try (TestTill till = TestTill.in(dataDir).clock(clock).open()) {
            till.sessions.close(new ClosingRequest(till.asha, count(3, 1, 0, 0, 0), "Short 200",
                    Optional.of(till.approval(till.meera, till.asha,
                            app.tillpoint.api.session.ApprovalAction.CLOSING_DIFFERENCE, Optional.of(
                                    TestTill.rupees(0))).withReason("Counting error"))));
        }
        Path csv = dataDir.resolve("report.csv");
        assertThat(report("--csv", csv.toString())).isZero();
        String written = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(written).contains("\r\n")
                .contains("closing_count," + sessionId + ",,2026-11-26T14:30:00+05:30,Asha,500.00 bill,3,")
                .contains("closing," + sessionId + ",,2026-11-26T14:30:00+05:30,Asha,counted,,,1700.00,INR,Short 200")
                .contains("closing," + sessionId + ",,2026-11-26T14:30:00+05:30,Asha,difference,,,0.00,INR,"
                        + "approved by Meera: Counting error");
        assertThat(report("--session", String.valueOf(sessionId + 1))).isEqualTo(2);
        assertThat(err).contains("there is no session " + (sessionId + 1));
    }

    private int catalog(String... args) {
        return capture(new CatalogCommand(clock), args, true);
    }

    private int report(String... args) {
        return capture(null, args, false);
    }

    private int capture(CatalogCommand command, String[] args, boolean isCatalog) {
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        Path config = dataDir.resolve("terminal.json");
        int code;
        try (PrintStream o = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(errBytes, true, StandardCharsets.UTF_8)) {
            code = isCatalog ? command.run(List.of(args), dataDir, config, o, e)
                    : new ReportCommand(clock).run(List.of(args), dataDir, config, o, e);
        }
        out = outBytes.toString(StandardCharsets.UTF_8);
        err = errBytes.toString(StandardCharsets.UTF_8);
        assertThat(Files.exists(config)).as("an admin command never writes the configuration").isFalse();
        return code;
    }

    private Path write(String name, String text) throws Exception {
        Path file = dataDir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}

package app.tillpoint.kiosk.office;

import app.tillpoint.api.money.Money;
import app.tillpoint.kiosk.admin.OfficeCommand;
import app.tillpoint.kiosk.store.TestTill;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code tillpoint office register} and {@code report}, end to end against a real PostgreSQL. */
@Tag("office")
class OfficeCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int office(String... args) {
        out.reset();
        err.reset();
        return new OfficeCommand().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void registerTwoTerminalsSellOnBothAndReadTheStoresDay() throws Exception {
        OfficeAdmin admin = OfficeCluster.shared().newOffice();
        Path login = dir.resolve("office.login");
        Files.writeString(login, "url=" + admin.url() + "\nuser=" + admin.user() + "\npassword=" + admin.password()
                + "\n");
        Path first = dir.resolve("t01.credentials");
        Path second = dir.resolve("t02.credentials");

        assertThat(office("register", "--office", login.toString(), "--store", "CMD", "--store-name", "Chennai LS",
                "--zone", "Asia/Kolkata", "--terminal", "T01", "--credentials", first.toString())).isZero();
        assertThat(out()).contains("Registered terminal T01 of store CMD");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first))).isEqualTo("rw-r-----");
        assertThat(Files.readString(first)).doesNotContain(admin.password());
        assertThat(office("register", "--office", login.toString(), "--store", "CMD", "--terminal", "T02",
                "--credentials", second.toString())).isZero();

        // Registered once: again, or over an existing file, is refused and changes nothing.
        assertThat(office("register", "--office", login.toString(), "--store", "CMD", "--terminal", "T01",
                "--credentials", dir.resolve("again").toString())).isEqualTo(2);
        assertThat(err()).contains("registered already");
        assertThat(dir.resolve("again")).doesNotExist();
        assertThat(office("register", "--office", login.toString(), "--store", "CMD", "--terminal", "T03",
                "--credentials", first.toString())).isEqualTo(2);
        assertThat(err()).contains("exists already");

        try (OfficeTerminal one = new OfficeTerminal(dir.resolve("one"), admin.url(), OfficeCredentials.read(first));
             OfficeTerminal two = new OfficeTerminal(dir.resolve("two"), admin.url(),
                     OfficeCredentials.read(second))) {
            one.day(3);
            two.day(2);
            one.catchUp();
            two.catchUp();
        }

        assertThat(office("report", "--office", login.toString(), "--store", "CMD", "--day", "2026-11-26")).isZero();
        assertThat(out()).contains("Store CMD, 2026-11-26 (Asia/Kolkata)", "T01", "T02",
                "Differences by cashier", "Asha", "Change float");
        assertThat(office("report", "--office", login.toString(), "--store", "CMD", "--day", "2026-11-26", "--csv"))
                .isZero();
        List<String> csv = out().lines().toList();
        assertThat(csv.get(0)).isEqualTo(DayReport.HEADER);
        assertThat(csv).filteredOn(line -> line.startsWith("opening,")).hasSize(2);
        assertThat(csv).filteredOn(line -> line.startsWith("cash_move,T01,1,")).hasSize(1);
        assertThat(csv).anyMatch(line -> line.startsWith("cashier_difference,,,,Asha,2 sessions closed,"));

        // A day without sessions, an unknown store, a wrong day.
        assertThat(office("report", "--office", login.toString(), "--store", "CMD", "--day", "2026-11-20")).isZero();
        assertThat(out()).contains("(no session opened this day)");
        assertThat(office("report", "--office", login.toString(), "--store", "NOPE", "--day", "2026-11-26"))
                .isEqualTo(2);
        assertThat(err()).contains("no store \"NOPE\"");
        assertThat(office("report", "--office", login.toString(), "--store", "CMD", "--day", "26.11.2026"))
                .isEqualTo(2);
        assertThat(err()).contains("--day needs a date");
    }

    /** The CSV line of {@code till}'s one session, as the chain report must give it. */
    private static String terminalLine(String store, String terminal, OfficeTerminal till) {
        var events = till.all();
        var session = events.get(0).session();
        var closing = till.till.sessions.closing(session.id()).orElseThrow();
        long orders = events.stream().filter(e -> e.order().isPresent()).count();
        // Every sale of OfficeTerminal#day is cash: its cash sales are its sales, its cash expected the till's.
        Money sales = Money.of(till.salesTotal(), TestTill.INR);
        return String.join(",", "terminal", store, terminal, "", "", "1", "0", Long.toString(orders),
                session.openingCash().toPlainString(), sales.toPlainString(), sales.toPlainString(), "200.00", "0.00",
                closing.expected().toPlainString(), closing.expected().toPlainString(),
                closing.counted().toPlainString(), closing.difference().toPlainString(), "INR", "0.00",
                sales.toPlainString(), "0.00", "");
    }

    @Test
    void theChainsDayAcrossTwoStoresEachInItsOwnZone() throws Exception {
        OfficeAdmin admin = OfficeCluster.shared().newOffice();
        Path login = dir.resolve("office.login");
        Files.writeString(login, "url=" + admin.url() + "\nuser=" + admin.user() + "\npassword=" + admin.password()
                + "\n");
        // An office without a store has no chain to report; nothing is made.
        admin.migrate();
        assertThat(office("report", "--office", login.toString(), "--chain", "--day", "2026-11-26")).isEqualTo(2);
        assertThat(err()).contains("no store yet");

        OfficeCredentials chennai1 = admin.register("CHN", "Chennai", "Asia/Kolkata", "T01");
        OfficeCredentials chennai2 = admin.register("CHN", "Chennai", "Asia/Kolkata", "T02");
        OfficeCredentials newYork = admin.register("NYC", "New York", "America/New_York", "T01");
        String one;
        String two;
        String three;
        String chennaiCash;
        String newYorkCash;
        long difference;
        try (OfficeTerminal t1 = new OfficeTerminal(dir.resolve("one"), admin.url(), chennai1);
             OfficeTerminal t2 = new OfficeTerminal(dir.resolve("two"), admin.url(), chennai2);
             OfficeTerminal t3 = new OfficeTerminal(dir.resolve("three"), admin.url(), newYork)) {
            t1.day(3);
            t2.day(2);
            // 03:00 on the 27th in UTC (08:30 in Chennai) is still the 26th in New York (22:00).
            t3.till.clock.advance(Duration.ofHours(18));
            t3.day(4);
            for (OfficeTerminal till : List.of(t1, t2, t3)) {
                till.catchUp();
            }
            chennaiCash = "method,CHN,,,Cash,,,5,,"
                    + Money.of(t1.salesTotal() + t2.salesTotal(), TestTill.INR).toPlainString() + ",,,,,,,,INR,,,,";
            newYorkCash = "method,NYC,,,Cash,,,4,," + Money.of(t3.salesTotal(), TestTill.INR).toPlainString()
                    + ",,,,,,,,INR,,,,";
            one = terminalLine("CHN", "T01", t1);
            two = terminalLine("CHN", "T02", t2);
            three = terminalLine("NYC", "T01", t3);
            difference = List.of(t1, t2, t3).stream().mapToLong(till -> till.till.sessions
                    .closing(till.all().get(0).session().id()).orElseThrow().difference().minorUnits()).sum();
        }

        assertThat(office("report", "--office", login.toString(), "--chain", "--day", "2026-11-26", "--csv"))
                .isZero();
        List<String> csv = out().lines().toList();
        assertThat(csv).containsExactly(ChainReport.HEADER, one, two, three, chennaiCash, newYorkCash,
                "cashier_difference,CHN NYC,,Asha,,3,,,,,,,,,,," + Money.of(difference, TestTill.INR).toPlainString()
                        + ",INR,,,,");
        assertThat(office("report", "--office", login.toString(), "--chain", "--day", "2026-11-26")).isZero();
        assertThat(out()).contains("Chain, 2026-11-26 (each store's own day, in its time zone)", "CHN", "NYC",
                "(total)", "Differences by cashier (who closed), across the chain", "Asha", "(CHN, NYC)");
        // The 27th: nothing opened in Chennai or New York that day.
        assertThat(office("report", "--office", login.toString(), "--chain", "--day", "2026-11-27")).isZero();
        assertThat(out()).contains("(no session opened this day)", "(no session closed)");

        // Bad input: said, exit 2, nothing printed on the report's stream.
        assertThat(office("report", "--office", login.toString(), "--chain", "--store", "CHN", "--day",
                "2026-11-26")).isEqualTo(2);
        assertThat(err()).contains("--store and --chain exclude each other");
        assertThat(out()).isEmpty();
        assertThat(office("report", "--office", login.toString(), "--day", "2026-11-26")).isEqualTo(2);
        assertThat(err()).contains("report needs --store S (one store's day) or --chain");
        assertThat(office("report", "--office", login.toString(), "--chain", "--day", "yesterday")).isEqualTo(2);
        assertThat(err()).contains("--day needs a date");
        assertThat(office("report", "--office", login.toString(), "--chain")).isEqualTo(2);
        assertThat(err()).contains("--day is missing");
        assertThat(office("report", "--office", login.toString(), "--chain", "CHN", "--day", "2026-11-26"))
                .isEqualTo(2);
        assertThat(err()).contains("unexpected \"CHN\"");
    }

    @Test
    void badInputIsSaidAndNothingIsTouched() {
        assertThat(office()).isEqualTo(2);
        assertThat(office("register", "--store", "S")).isEqualTo(2);
        assertThat(err()).contains("--office is missing");
        assertThat(office("report", "--office", dir.resolve("missing").toString(), "--store", "S", "--day",
                "2026-11-26")).isEqualTo(2);
        assertThat(err()).contains("cannot read the office login");
        assertThat(office("delete")).isEqualTo(2);
        assertThat(office("--help")).isZero();
        assertThat(out()).contains("office register");
    }
}

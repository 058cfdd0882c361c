package app.tillpoint.kiosk.admin;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.kiosk.store.AuditEvent;
import app.tillpoint.kiosk.store.Database;
import app.tillpoint.kiosk.store.PinRules;
import app.tillpoint.kiosk.store.SqlAudit;
import app.tillpoint.kiosk.store.SqlCashiers;
import app.tillpoint.kiosk.store.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CashierCommandTest {

    @TempDir
    Path dataDir;

    private final TestClock clock = TestClock.at("2026-11-26T09:00:00Z");
    private final CashierCommand command = new CashierCommand(clock);
    private String out;
    private String err;

    @Test
    void addsListsAndChangesCashiers() {
        assertThat(run("add", "--name", "Asha R", "--role", "CASHIER", "--badge", "1001")).isZero();
        assertThat(out).contains("Added Asha R (id 1, CASHIER) with a badge");
        assertThat(run("add", "--name", "Meera", "--role", "head_cashier", "--badge", "9001", "--pin", "1234"))
                .isZero();

        assertThat(run("list")).isZero();
        assertThat(out.lines().toList()).hasSize(3);
        assertThat(out).containsPattern("1\\s+Asha R\\s+CASHIER\\s+active\\s+yes\\s+no")
                .containsPattern("2\\s+Meera\\s+HEAD_CASHIER\\s+active\\s+yes\\s+yes");

        assertThat(run("pin", "1", "2468")).isZero();
        assertThat(run("badge", "1", "1003")).isZero();
        assertThat(run("disable", "2")).isZero();
        assertThat(out).contains("Disabled Meera");

        withStore(cashiers -> {
            Cashier asha = cashiers.byBadge("1003").orElseThrow();
            assertThat(asha.hasPin()).isTrue();
            assertThat(cashiers.checkPin(asha, "2468".toCharArray()).accepted()).isTrue();
            assertThat(cashiers.byBadge("1001")).isEmpty();
            assertThat(cashiers.active()).extracting(Cashier::name).containsExactly("Asha R");
            return null;
        });
        assertThat(run("list")).isZero();
        assertThat(out).containsPattern("2\\s+Meera\\s+HEAD_CASHIER\\s+disabled");
    }

    @Test
    void setsTheLanguageACashiersScreensSpeak() {
        assertThat(run("add", "--name", "Meera", "--role", "CASHIER", "--badge", "1002", "--language", "hi"))
                .isZero();
        assertThat(out).contains("Added Meera (id 1, CASHIER) with a badge, speaking hi.");
        assertThat(run("add", "--name", "Ravi", "--role", "CASHIER")).isZero();
        assertThat(run("language", "2", "TA")).isZero();
        assertThat(out).contains("speaks ta from their next identification");
        withStore(cashiers -> {
            assertThat(cashiers.language(1)).contains("hi");
            assertThat(cashiers.language(2)).contains("ta");
            return null;
        });

        assertThat(run("language", "1", "none")).isZero();
        assertThat(out).contains("speaks the terminal's language");
        java.util.Optional<String> none = withStore(cashiers -> cashiers.language(1));
        assertThat(none).isEmpty();
        String last = withAudit(audit -> audit.recent(1).get(0).event());
        assertThat(last).isEqualTo("cashier.languageSet");
    }

    @Test
    void refusesALanguageTheKioskDoesNotSpeakAndChangesNothing() {
        run("add", "--name", "Meera", "--role", "CASHIER", "--language", "ta");

        assertThat(run("language", "1", "fr")).isEqualTo(CashierCommand.BAD_INPUT);
        assertThat(err).contains("\"fr\" is not a language of the kiosk: give one of en, hi, ta, or none");
        assertThat(run("add", "--name", "Zoe", "--role", "CASHIER", "--language", "de")).isEqualTo(2);
        assertThat(run("language", "42", "hi")).isEqualTo(2);
        assertThat(err).contains("No cashier has the id 42");
        assertThat(run("language", "1")).isEqualTo(2);

        withStore(cashiers -> {
            assertThat(cashiers.language(1)).contains("ta");
            assertThat(cashiers.all()).hasSize(1);
            return null;
        });
    }

    @Test
    void theDatabaseRefusesALanguageOfNoTranslation() {
        run("add", "--name", "Meera", "--role", "CASHIER");
        withStore(cashiers -> {
            assertThatThrownBy(() -> cashiers.setLanguage(1, java.util.Optional.of("fr")))
                    .isInstanceOf(IllegalArgumentException.class);
            return null;
        });
        try (Database database = Database.open(dataDir.resolve(Database.FILE_NAME))) {
            assertThatThrownBy(() -> database.inTransaction(connection -> {
                try (java.sql.Statement statement = connection.createStatement()) {
                    return statement.executeUpdate("UPDATE cashiers SET language = 'fr' WHERE id = 1");
                }
            })).hasStackTraceContaining("CHECK constraint failed");
        }
    }

    @Test
    void auditsEveryChange() {
        run("add", "--name", "Asha", "--role", "CASHIER");
        run("pin", "1", "2468");
        run("badge", "1", "1001");
        run("disable", "1");

        List<String> events = withAudit(audit -> audit.recent(10).stream().map(AuditEvent::event).toList());
        assertThat(events).containsExactly("cashier.disabled", "cashier.badgeSet", "cashier.pinSet", "cashier.added");
    }

    @Test
    void rehashBadgesReadsScannedCodesAndSaysWhoIsLeft() {
        assertThat(run("add", "--name", "Asha R", "--role", "CASHIER", "--badge", "1001")).isZero();
        CashierCommand scanning = new CashierCommand(clock, new java.io.ByteArrayInputStream(
                "1001\n\n9999\n".getBytes(StandardCharsets.UTF_8)));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int code = scanning.run(List.of("rehash-badges"), dataDir,
                new PrintStream(printed, true, StandardCharsets.UTF_8), System.err);

        assertThat(code).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("0 cashier(s) with an old badge hash")
                .contains("Badge of Asha R (id 1, CASHIER) keyed.").contains("No active cashier has this badge.")
                .contains("Every badge is keyed.");
        assertThat(run("rehash-badges", "1001")).isEqualTo(CashierCommand.BAD_INPUT);
    }

    @Test
    void listsNothingYetKindly() {
        Database.open(dataDir.resolve(Database.FILE_NAME)).close();
        assertThat(run("list")).isZero();
        assertThat(out).contains("No cashiers yet");
    }

    @Test
    void onlyAddCreatesTheDatabase() {
        assertThat(run("list")).isEqualTo(2);
        assertThat(err).contains("no Tillpoint database at", "check --data-dir");
        assertThat(dataDir.resolve(Database.FILE_NAME)).doesNotExist();
    }

    @Test
    void refusesAnUnknownRole() {
        assertThat(run("add", "--name", "Asha", "--role", "MANAGER")).isEqualTo(2);
        assertThat(err).contains("unknown role \"MANAGER\"", "CASHIER or HEAD_CASHIER");
        assertNoCashiers();
    }

    @Test
    void refusesANonNumericPin() {
        assertThat(run("add", "--name", "Asha", "--role", "CASHIER", "--pin", "12ab")).isEqualTo(2);
        assertThat(err).contains("digits only");
        assertNoCashiers();
    }

    @Test
    void refusesANameWithMarkupADirectionControlOrAControlCharacterStoringNothing() {
        assertThat(run("add", "--name", "<html><img src=http://127.0.0.1:9/x>", "--role", "CASHIER")).isEqualTo(2);
        assertThat(err).isEqualTo("cashier: The name holds markup (\"<html\"); a name is shown as plain text"
                + System.lineSeparator());
        assertThat(run("add", "--name", "Asha <b>R</b>", "--role", "CASHIER")).isEqualTo(2);
        assertThat(err).contains("The name holds markup (\"<b\")");
        assertThat(run("add", "--name", "Asha \u202Eahsa", "--role", "HEAD_CASHIER", "--pin", "1234")).isEqualTo(2);
        assertThat(err).contains("The name holds a character that changes the writing direction (U+202E)");
        assertThat(run("add", "--name", "Asha\u2066", "--role", "CASHIER")).isEqualTo(2);
        assertThat(err).contains("(U+2066)");
        assertThat(run("add", "--name", "Asha\u001B[2J", "--role", "CASHIER")).isEqualTo(2);
        assertThat(err).contains("The name holds a control character (U+001B)");
        assertThat(run("add", "--name", "Asha\tR", "--role", "CASHIER")).isEqualTo(2);
        assertThat(err).contains("The name holds a control character (a line break or tab)");
        assertNoCashiers();

        assertThat(run("add", "--name", "Asha & Ravi < 2", "--role", "CASHIER")).isZero();
    }

    @Test
    void refusesAPinShorterThanFourDigits() {
        run("add", "--name", "Asha", "--role", "CASHIER");
        assertThat(run("pin", "1", "123")).isEqualTo(2);
        assertThat(err).contains("4 to 12 digits");
    }

    @Test
    void refusesAnUnknownId() {
        run("add", "--name", "Asha", "--role", "CASHIER");
        assertThat(run("disable", "42")).isEqualTo(2);
        assertThat(err).contains("No cashier has the id 42");
        assertThat(run("pin", "abc", "1234")).isEqualTo(2);
        assertThat(err).contains("\"abc\" is not a cashier id");
    }

    @Test
    void refusesADuplicateBadge() {
        run("add", "--name", "Asha", "--role", "CASHIER", "--badge", "1001");
        assertThat(run("add", "--name", "Zoe", "--role", "CASHIER", "--badge", "1001")).isEqualTo(2);
        assertThat(err).contains("already used by Asha (id 1");
        run("add", "--name", "Ravi", "--role", "CASHIER");
        assertThat(run("badge", "2", "1001")).isEqualTo(2);
        assertThat(err).contains("already used by Asha (id 1");
    }

    @Test
    void refusesAMalformedCommandLine() {
        Database.open(dataDir.resolve(Database.FILE_NAME)).close();
        assertThat(run()).isEqualTo(2);
        assertThat(err).contains("Usage");
        assertThat(run("fire", "1")).isEqualTo(2);
        assertThat(err).contains("unknown command \"fire\"");
        assertThat(run("add", "--name", "Asha")).isEqualTo(2);
        assertThat(err).contains("needs --name and --role");
        assertThat(run("add", "--name")).isEqualTo(2);
        assertThat(err).contains("--name needs a value");
        assertThat(run("disable")).isEqualTo(2);
        assertThat(err).contains("usage: cashier disable ID");
        assertThat(run("help")).isZero();
        assertThat(out).contains("cashier add --name NAME");
    }

    @Test
    void warnsThatAHeadCashierWithoutAPinCannotIdentify() {
        assertThat(run("add", "--name", "Meera", "--role", "HEAD_CASHIER")).isZero();
        assertThat(err).contains("cashier pin 1 DIGITS");
    }

    private int run(String... args) {
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        int code = command.run(List.of(args), dataDir, new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8));
        out = outBytes.toString(StandardCharsets.UTF_8);
        err = errBytes.toString(StandardCharsets.UTF_8);
        return code;
    }

    private void assertNoCashiers() {
        withStore(cashiers -> {
            assertThat(cashiers.all()).isEmpty();
            return null;
        });
    }

    private <T> T withStore(Function<SqlCashiers, T> work) {
        try (Database database = Database.open(dataDir.resolve(Database.FILE_NAME));
             SqlAudit audit = new SqlAudit(database, clock)) {
            return work.apply(new SqlCashiers(database, audit, clock, PinRules.DEFAULT));
        }
    }

    private <T> T withAudit(Function<SqlAudit, T> work) {
        try (Database database = Database.open(dataDir.resolve(Database.FILE_NAME));
             SqlAudit audit = new SqlAudit(database, clock)) {
            return work.apply(audit);
        }
    }
}

package app.tillpoint.kiosk.office;

import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.api.ui.Names;
import app.tillpoint.kiosk.admin.OfficeCommand;
import app.tillpoint.kiosk.testkit.TestKiosk;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cashier managed in the office, through the real kiosk and a real PostgreSQL: added with {@code office cashier
 * add}, they identify with their badge at the till within seconds; disabled in the office while the lock screen waits
 * for them, their badge is refused there and their tile is gone from Select Cashier.
 */
@GuiTest
@Tag("office")
class OfficeCashierGuiTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path manager;

    private final ByteArrayOutputStream said = new ByteArrayOutputStream();

    private int office(String... args) {
        said.reset();
        PrintStream out = new PrintStream(said, true, StandardCharsets.UTF_8);
        return new OfficeCommand().run(List.of(args), out, out);
    }

    @Test
    void aCashierDisabledInTheOfficeIsRefusedAtTheLockScreenThatWasWaitingForThem() throws Exception {
        OfficeAdmin admin = OfficeCluster.shared().newOffice();
        Path login = Files.writeString(manager.resolve("office.login"), "url=" + admin.url() + "\nuser="
                + admin.user() + "\npassword=" + admin.password() + "\n");
        Path credentials = dataDir.resolve("office.credentials");
        assertThat(office("register", "--office", login.toString(), "--store", "GUI", "--terminal", "T01",
                "--credentials", credentials.toString())).as(said.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(office("cashier", "add", "--office", login.toString(), "--store", "GUI", "--name", "Priya",
                "--role", "CASHIER", "--badge", "7007")).as(said.toString(StandardCharsets.UTF_8)).isZero();
        try (TestKiosk first = TestKiosk.start(dataDir)) {
            first.waitFor(Names.DASHBOARD_NEW_SESSION);
        }
        Path config = dataDir.resolve("terminal.json");
        ObjectMapper json = new ObjectMapper();
        ObjectNode terminal = (ObjectNode) json.readTree(config.toFile());
        terminal.putObject("office").put("url", admin.url()).put("credentials", credentials.toString());
        json.writeValue(config.toFile(), terminal);

        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            kiosk.awaitCount(1, "SELECT count(*) FROM cashiers WHERE office_id IS NOT NULL AND active = 1");
            kiosk.waitFor(Names.DASHBOARD_NEW_SESSION);
            kiosk.tap(Names.DASHBOARD_NEW_SESSION);
            kiosk.waitFor(Names.LOCK_SCAN_PROMPT);
            kiosk.scanBadge("7007");
            kiosk.waitFor(Names.OPENING_OPEN);
            kiosk.tap(Names.OPENING_CANCEL);
            long priya = kiosk.cashierId("Priya");

            kiosk.waitFor(Names.DASHBOARD_NEW_SESSION);
            kiosk.tap(Names.DASHBOARD_NEW_SESSION);
            kiosk.tap(Names.LOCK_SELECT_CASHIER);
            kiosk.waitFor(Names.lockCashier(priya));
            // While the lock screen shows her tile, the manager disables her; the till hears of it within seconds.
            assertThat(office("cashier", "disable", "--office", login.toString(), "--store", "GUI", "--id",
                    Long.toString(new MasterDataAdmin(admin, StoreBadgeKeys.beside(login)).cashiers("GUI").get(0)
                            .id()))).as(said.toString(StandardCharsets.UTF_8)).isZero();
            kiosk.awaitCount(0, "SELECT count(*) FROM cashiers WHERE office_id IS NOT NULL AND active = 1");
            kiosk.scanBadge("7007");
            kiosk.waitForText(Names.LOCK_MESSAGE, "Badge not recognised");
            assertThat(kiosk.showing(Names.OPENING_OPEN)).isFalse();

            kiosk.tap(Names.LOCK_CANCEL);
            kiosk.waitFor(Names.DASHBOARD_NEW_SESSION);
            kiosk.tap(Names.DASHBOARD_NEW_SESSION);
            kiosk.tap(Names.LOCK_SELECT_CASHIER);
            kiosk.waitUntil(Names.LOCK_MESSAGE, String::isBlank);
            assertThat(kiosk.showing(Names.lockCashier(priya))).isFalse();
        }
    }
}

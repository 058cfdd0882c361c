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
 * Master data from the office, through the real kiosk and a real PostgreSQL. A cashier added with {@code office
 * cashier add} identifies with their badge at the till within seconds; disabled in the office while the lock screen
 * shows them, their badge is refused there and their tile is gone from Select Cashier. A price changed with {@code
 * office catalog import} while a cart is open: the cart keeps the price it showed and paying it is refused, saying
 * both prices; the register's next showing has the new price and no tile of the product taken off. The store's bills
 * and coins set with {@code office denominations set} are the running till's counter's at its next count.
 */
@GuiTest
@Tag("office")
class OfficeMasterDataGuiTest {
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

    /** The office's login file, a terminal registered, and the kiosk's data folder started once with an office. */
    private Path officeTerminal(OfficeAdmin admin, String store) throws Exception {
        Path login = manager.resolve("office.login");
        if (Files.notExists(login)) {
            Files.writeString(login, "url=" + admin.url() + "\nuser=" + admin.user() + "\npassword="
                    + admin.password() + "\n");
        }
        Path credentials = dataDir.resolve("office.credentials");
        assertThat(office("register", "--office", login.toString(), "--store", store, "--terminal", "T01",
                "--credentials", credentials.toString())).as(said.toString(StandardCharsets.UTF_8)).isZero();
        try (TestKiosk first = TestKiosk.start(dataDir)) {
            first.waitFor(Names.DASHBOARD_NEW_SESSION);
        }
        Path config = dataDir.resolve("terminal.json");
        ObjectMapper json = new ObjectMapper();
        ObjectNode terminal = (ObjectNode) json.readTree(config.toFile());
        terminal.putObject("office").put("url", admin.url()).put("credentials", credentials.toString());
        json.writeValue(config.toFile(), terminal);
        return login;
    }

    @Test
    void aPriceChangedWhileACartIsOpenIsNeverTakenSilentlyAndShowsAtTheNextShowing() throws Exception {
        OfficeAdmin admin = OfficeCluster.shared().newOffice();
        Path login = officeTerminal(admin, "GUI-P");
        Path catalog = manager.resolve("catalog.csv");
        Files.writeString(catalog, "name,category,price\nMasala chai,Drinks,20.00\nSamosa,Snacks,15.00\n");
        assertThat(office("catalog", "import", "--office", login.toString(), "--store", "GUI-P", "--currency", "INR",
                catalog.toString())).as(said.toString(StandardCharsets.UTF_8)).isZero();
        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            kiosk.awaitCount(2, "SELECT count(*) FROM products WHERE office_id IS NOT NULL AND active = 1");
            long chai = kiosk.count("SELECT id FROM products WHERE name = 'Masala chai' AND active = 1");
            long samosa = kiosk.count("SELECT id FROM products WHERE name = 'Samosa' AND active = 1");
            kiosk.tap(Names.DASHBOARD_NEW_SESSION);
            kiosk.waitFor(Names.LOCK_SCAN_PROMPT);
            kiosk.scanBadge("1001");
            kiosk.tap(Names.OPENING_OPEN);
            kiosk.tap(Names.product(chai));
            kiosk.waitForText(Names.CART_TOTAL, "₹20.00");

            Files.writeString(catalog, "name,category,price\nMasala chai,Drinks,25.00\n");
            assertThat(office("catalog", "import", "--office", login.toString(), "--store", "GUI-P", "--currency",
                    "INR", catalog.toString())).as(said.toString(StandardCharsets.UTF_8)).isZero();
            kiosk.awaitCount(1, "SELECT count(*) FROM products WHERE id = ? AND price = 2500", chai);

            kiosk.tap(Names.PAY_CASH);
            kiosk.tap(Names.PAY_QUICK_PREFIX + 2000);
            kiosk.tap(Names.PAY_CONFIRM);
            kiosk.waitUntil(Names.PAY_MESSAGE, text -> text.contains("changed from 20.00 to 25.00"));
            assertThat(kiosk.count("SELECT count(*) FROM orders")).isZero();
            kiosk.tap(Names.PAY_CANCEL);
            kiosk.waitForText(Names.CART_TOTAL, "₹20.00");

            kiosk.tap(Names.REGISTER_MENU);
            kiosk.tap(Names.MENU_BACKEND);
            kiosk.tap(Names.DASHBOARD_CONTINUE_SELLING);
            kiosk.waitFor(Names.LOCK_SCAN_PROMPT);
            kiosk.scanBadge("1001");
            kiosk.waitUntil(Names.product(chai), text -> text.contains("₹25.00"));
            assertThat(kiosk.showing(Names.product(samosa))).isFalse();
        }
    }

    @Test
    void theStoresBillsAndCoinsReachTheRunningTillsCounterWithoutARestart() throws Exception {
        OfficeAdmin admin = OfficeCluster.shared().newOffice();
        Path login = officeTerminal(admin, "GUI-D");
        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            kiosk.waitFor(Names.DASHBOARD_NEW_SESSION);
            Path list = manager.resolve("denominations.json");
            Files.writeString(list, "[{\"value\": \"500.00\", \"kind\": \"bill\"}, {\"value\": \"100.00\", \"kind\":"
                    + " \"bill\"}, {\"value\": \"10.00\", \"kind\": \"coin\"}]");
            assertThat(office("denominations", "set", "--office", login.toString(), "--store", "GUI-D", "--currency",
                    "INR", list.toString())).as(said.toString(StandardCharsets.UTF_8)).isZero();
            kiosk.awaitCount(3, "SELECT count(*) FROM office_denominations WHERE active = 1");

            kiosk.tap(Names.DASHBOARD_NEW_SESSION);
            kiosk.waitFor(Names.LOCK_SCAN_PROMPT);
            kiosk.scanBadge("1001");
            kiosk.tap(Names.OPENING_COUNT);
            // The ₹500 bill, the ₹100 bill and the ₹10 coin; the file's ₹50 bill is gone.
            kiosk.waitFor("counter.qty.50000");
            kiosk.waitFor("counter.qty.1000");
            assertThat(kiosk.showing("counter.qty.5000")).isFalse();
            kiosk.tap(Names.COUNTER_CANCEL);
            kiosk.tap(Names.OPENING_CANCEL);
            kiosk.waitFor(Names.DASHBOARD_NEW_SESSION);
        }
    }

    @Test
    void aCashierDisabledInTheOfficeIsRefusedAtTheLockScreenThatWasWaitingForThem() throws Exception {
        OfficeAdmin admin = OfficeCluster.shared().newOffice();
        Path login = officeTerminal(admin, "GUI");
        assertThat(office("cashier", "add", "--office", login.toString(), "--store", "GUI", "--name", "Priya",
                "--role", "CASHIER", "--badge", "7007")).as(said.toString(StandardCharsets.UTF_8)).isZero();
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

package app.tillpoint.kiosk;

import app.tillpoint.api.sale.Cart;
import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.api.ui.Names;
import app.tillpoint.kiosk.admin.CatalogCommand;
import app.tillpoint.kiosk.testkit.TestKiosk;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import java.awt.Component;
import java.awt.Container;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static app.tillpoint.api.ui.Names.CART_MESSAGE;
import static app.tillpoint.api.ui.Names.CART_TOTAL;
import static app.tillpoint.api.ui.Names.CATEGORY_PREFIX;
import static app.tillpoint.api.ui.Names.COUNTER_CONFIRM;
import static app.tillpoint.api.ui.Names.DASHBOARD_NEW_SESSION;
import static app.tillpoint.api.ui.Names.LOCK_SCAN_PROMPT;
import static app.tillpoint.api.ui.Names.LOCK_SELECT_CASHIER;
import static app.tillpoint.api.ui.Names.OPENING_CASH;
import static app.tillpoint.api.ui.Names.OPENING_COUNT;
import static app.tillpoint.api.ui.Names.OPENING_OPEN;
import static app.tillpoint.api.ui.Names.PAY_CASH;
import static app.tillpoint.api.ui.Names.PAY_CONFIRM;
import static app.tillpoint.api.ui.Names.PAY_QUICK_PREFIX;
import static app.tillpoint.api.ui.Names.REGISTER_MENU;
import static app.tillpoint.api.ui.Names.keypadDigit;
import static app.tillpoint.api.ui.Names.lockCashier;
import static app.tillpoint.api.ui.Names.product;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Untrusted text stays text, walked through the real kiosk: a product, a category and a cashier named with an HTML
 * image on a local port are refused by the import and the cashier command, and when put into the database anyway they
 * show as that text on the Select Cashier tiles and the register, and nothing ever asks the port. The cart stops at
 * its limit with a message and stays as it was.
 */
@GuiTest
class UntrustedTextGuiTest {
    /** Where Swing keeps a component's rendered HTML (BasicHTML.propertyKey). */
    private static final String HTML_VIEW = "html";

    @TempDir
    Path dataDir;

    @Test
    void namesWrittenInMarkupShowAsThatTextOnTheLockScreenAndTheRegisterAndNothingAsksThePort() throws Exception {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        try {
            String image = "<html><img src=http://127.0.0.1:" + server.getLocalPort();
            String name = image + "/product>";
            String category = image + "/category>";
            String cashier = image + "/cashier>";
            TestKiosk.start(dataDir).close();

            // The import refuses such a name, changing nothing; a row put into the database directly is shown.
            Path csv = Files.writeString(dataDir.resolve("poison.csv"), "name,category,price\n" + name + ","
                    + category + ",20.00\n", StandardCharsets.UTF_8);
            assertThat(catalog("import", csv.toString())).isEqualTo(2);
            long productId = insert("INSERT INTO products (name, category, price, currency, position) "
                    + "VALUES (?, ?, 2000, 'INR', 99)", name, category);
            long cashierId = insert("INSERT INTO cashiers (name, role, created_at) VALUES (?, 'CASHIER', 0)", cashier);

            try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
                try {
                    walkTheLockScreenAndTheRegister(kiosk, cashierId, cashier, productId, name, category);
                    server.setSoTimeout(1_000);
                    assertThat(askedFor(server)).as("something asked the port for an image").isFalse();
                } finally {
                    // An image asked for and never answered would hold the event thread: reset it, then close.
                    server.close();
                }
            }
        } finally {
            server.close();
        }
    }

    private static void walkTheLockScreenAndTheRegister(TestKiosk kiosk, long cashierId, String cashier,
                                                        long productId, String name, String category) {
        kiosk.tap(DASHBOARD_NEW_SESSION);
        kiosk.waitFor(LOCK_SCAN_PROMPT);
        kiosk.tap(LOCK_SELECT_CASHIER);
        assertThat(kiosk.text(lockCashier(cashierId))).startsWith(cashier + ", ");
        assertThat(labelTexts(kiosk, lockCashier(cashierId))).contains(cashier);
        kiosk.screenshot("untrusted-select-cashier");

        kiosk.scanBadge("1001");
        openCounting(kiosk);
        kiosk.tap(CATEGORY_PREFIX + category);
        assertThat(kiosk.text(CATEGORY_PREFIX + category)).isEqualTo(category);
        assertThat(kiosk.text(product(productId))).isEqualTo(name + ", ₹20.00");
        assertThat(String.join(" ", labelTexts(kiosk, product(productId)))).isEqualTo(name + " ₹20.00");
        kiosk.tap(product(productId));
        kiosk.waitForText(CART_TOTAL, "₹20.00");
        kiosk.screenshot("untrusted-register");

        List<JComponent> marked = GuiActionRunner.execute(() -> showingTexts(kiosk.kiosk().frame(), "<html"));
        assertThat(marked).as("the tab, the tile's first line and the cart line")
                .hasSizeGreaterThanOrEqualTo(3);
        for (JComponent component : marked) {
            assertThat(GuiActionRunner.execute(() -> component.getClientProperty(HTML_VIEW)))
                    .as("HTML rendered for " + component).isNull();
        }
    }

    @Test
    void theFirstRunScreenRefusesAHeadCashiersNameInMarkupAtTheNameStep() throws Exception {
        try (TestKiosk kiosk = TestKiosk.startReal(dataDir)) {
            kiosk.waitFor(Names.FIRST_RUN_NAME);
            // Typed on a physical keyboard: the on-screen one has no "<".
            kiosk.window().textBox(Names.FIRST_RUN_NAME).setText("<b>Priya</b>");
            kiosk.tap(Names.FIRST_RUN_NEXT);
            kiosk.waitForText(Names.FIRST_RUN_MESSAGE, "The name holds markup (\"<b\"): type it again");
            assertThat(kiosk.text(Names.FIRST_RUN_STEP)).isEqualTo("1 of 4 \u00b7 Name");
            kiosk.window().textBox(Names.FIRST_RUN_NAME).setText("Priya \u202Eayirp");
            kiosk.tap(Names.FIRST_RUN_NEXT);
            kiosk.waitForText(Names.FIRST_RUN_MESSAGE,
                    "The name holds a character that changes the writing direction (U+202E): type it again");
        }
    }

    @Test
    void theCartStopsAtItsLimitWithAMessageAndKeepsWhatItHeld() throws Exception {
        TestKiosk.start(dataDir).close();
        Path over = Files.writeString(dataDir.resolve("over.csv"), """
                name,category,price
                Platinum bar,Gold,100000000.01
                """, StandardCharsets.UTF_8);
        assertThat(catalog("import", over.toString())).isEqualTo(2);
        // The dearest price the import takes: ₹10 crore, a hundred of which are the cart's limit.
        Path gold = Files.writeString(dataDir.resolve("gold.csv"), """
                name,category,price
                Gold bar,Gold,100000000.00
                Masala chai,Gold,20.00
                """, StandardCharsets.UTF_8);
        assertThat(catalog("import", gold.toString())).isZero();
        long goldId = id("SELECT id FROM products WHERE name = 'Gold bar' AND active = 1");
        long chaiId = id("SELECT id FROM products WHERE name = 'Masala chai' AND active = 1");
        String limit = "Cart limit ₹10,00,00,00,000.00 reached";

        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            kiosk.tap(DASHBOARD_NEW_SESSION);
            kiosk.waitFor(LOCK_SCAN_PROMPT);
            kiosk.scanBadge("1001");
            openCounting(kiosk);
            kiosk.tap(product(goldId));
            kiosk.tap(Names.CART_LINE_PREFIX + goldId + ".quantity");
            typeDigits(kiosk, "101");
            kiosk.waitForText(CART_MESSAGE, limit);
            kiosk.waitForText(Names.CART_LINE_PREFIX + goldId + ".quantity", "10");
            kiosk.tap(Names.KEYPAD_BACK);
            typeDigits(kiosk, "00");
            kiosk.waitForText(CART_TOTAL, "₹10,00,00,00,000.00");

            kiosk.tap(product(chaiId));
            kiosk.waitForText(CART_MESSAGE, limit);
            kiosk.tap(Names.CART_PLUS_PREFIX + goldId);
            kiosk.waitForText(CART_MESSAGE, limit);
            kiosk.screenshot("cart-limit");
            assertThat(kiosk.showing(Names.CART_LINE_PREFIX + chaiId)).isFalse();
            assertThat(kiosk.text(Names.CART_LINE_PREFIX + goldId + ".quantity")).isEqualTo("100");
            assertThat(kiosk.text(CART_TOTAL)).isEqualTo("₹10,00,00,00,000.00");

            kiosk.tap(PAY_CASH);
            kiosk.tap(PAY_QUICK_PREFIX + Cart.MAX_TOTAL_MINOR_UNITS);
            kiosk.tap(PAY_CONFIRM);
            kiosk.waitForText(CART_TOTAL, "₹0.00");
            kiosk.awaitCount(Cart.MAX_TOTAL_MINOR_UNITS, "SELECT total FROM orders");
        }
    }

    /** Opens the session counting the demo's ₹1,340.00: 2 x ₹500, 3 x ₹100, 4 x ₹10. */
    private static void openCounting(TestKiosk kiosk) {
        kiosk.tap(OPENING_COUNT);
        tapTimes(kiosk, "counter.plus.50000", 2);
        tapTimes(kiosk, "counter.plus.10000", 3);
        tapTimes(kiosk, "counter.plus.1000", 4);
        kiosk.tap(COUNTER_CONFIRM);
        kiosk.waitForText(OPENING_CASH, "1340.00");
        kiosk.tap(OPENING_OPEN);
        kiosk.waitFor(REGISTER_MENU);
    }

    private static void tapTimes(TestKiosk kiosk, String name, int times) {
        for (int i = 0; i < times; i++) {
            kiosk.tap(name);
        }
    }

    private static void typeDigits(TestKiosk kiosk, String digits) {
        for (char digit : digits.toCharArray()) {
            kiosk.tap(keypadDigit(digit - '0'));
        }
    }

    /** The texts of the labels inside the showing component {@code name} (a tile's lines), in order. */
    private static List<String> labelTexts(TestKiosk kiosk, String name) {
        Component tile = kiosk.find(name);
        return GuiActionRunner.execute(() -> {
            List<String> texts = new ArrayList<>();
            for (JComponent label : showingTexts((Container) tile, "")) {
                assertThat(label.getClientProperty(HTML_VIEW)).as("HTML rendered for " + label).isNull();
                texts.add(((JLabel) label).getText());
            }
            return texts;
        });
    }

    /** The showing labels and buttons under {@code root} whose text contains {@code part}. */
    private static List<JComponent> showingTexts(Container root, String part) {
        List<JComponent> found = new ArrayList<>();
        for (Component child : root.getComponents()) {
            String text = child instanceof JLabel label ? label.getText()
                    : child instanceof AbstractButton button ? button.getText() : null;
            if (text != null && text.contains(part) && child.isShowing()) {
                found.add((JComponent) child);
            }
            if (child instanceof Container container) {
                found.addAll(showingTexts(container, part));
            }
        }
        return found;
    }

    /** Whether anything connected to {@code server} (a connection waits in its backlog until accepted). */
    private static boolean askedFor(ServerSocket server) throws IOException {
        try (Socket asked = server.accept()) {
            return asked != null;
        } catch (SocketTimeoutException e) {
            return false;
        }
    }

    private int catalog(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
             PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int code = new CatalogCommand().run(List.of(args), dataDir, dataDir.resolve("terminal.json"), out, errors);
            if (code != 0) {
                assertThat(err.toString(StandardCharsets.UTF_8)).contains("nothing was changed").containsAnyOf(
                        "line 2: the name holds markup (\"<html\")", "is more than the highest price");
            }
            return code;
        }
    }

    /** Runs an insert on the kiosk's database while no kiosk runs, and returns the new row's id. */
    private long insert(String sql, String... values) throws SQLException {
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("tillpoint.db"));
             var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            statement.executeUpdate();
            try (var rows = connection.createStatement().executeQuery("SELECT last_insert_rowid()")) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private long id(String sql) throws SQLException {
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("tillpoint.db"));
             var rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}

package com.example.sessionexport;

import app.tillpoint.kiosk.testkit.TestKiosk;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static app.tillpoint.api.ui.Names.CART_TOTAL;
import static app.tillpoint.api.ui.Names.CLOSING_CLOSE;
import static app.tillpoint.api.ui.Names.CLOSING_COUNT;
import static app.tillpoint.api.ui.Names.CLOSING_DIFFERENCE;
import static app.tillpoint.api.ui.Names.CLOSING_EXPECTED;
import static app.tillpoint.api.ui.Names.COUNTER_CONFIRM;
import static app.tillpoint.api.ui.Names.DASHBOARD_NEW_SESSION;
import static app.tillpoint.api.ui.Names.LOCK_SCAN_PROMPT;
import static app.tillpoint.api.ui.Names.MENU_CLOSE_SESSION;
import static app.tillpoint.api.ui.Names.OPENING_CASH;
import static app.tillpoint.api.ui.Names.OPENING_COUNT;
import static app.tillpoint.api.ui.Names.OPENING_OPEN;
import static app.tillpoint.api.ui.Names.PAY_CASH;
import static app.tillpoint.api.ui.Names.PAY_CONFIRM;
import static app.tillpoint.api.ui.Names.PAY_QUICK_PREFIX;
import static app.tillpoint.api.ui.Names.REGISTER_MENU;
import static app.tillpoint.api.ui.Names.REPORT_CLOSE;
import static app.tillpoint.api.ui.Names.product;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example plugin in a real kiosk, through the test kit: installed from this module's plugin.properties and
 * target/classes (or a zip of them), a session opened, one sale, the session closed through the GUI, and its JSON
 * file checked in the plugin's data folder; that folder outlives an upgrade of the plugin.
 */
class SessionExportGuiTest {
    private static final String ID = "session-export";

    @TempDir
    Path dataDir;
    @TempDir
    Path build;

    @BeforeAll
    static void failOnEventThreadViolations() {
        FailOnThreadViolationRepaintManager.install();
    }

    @Test
    void aSessionClosedThroughTheKioskIsWrittenToAJsonFile() throws Exception {
        TestKiosk.installPlugin(dataDir, Path.of("plugin.properties"), Path.of("target/classes"));
        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            closeASessionWithOneSale(kiosk);

            Path file = TestKiosk.pluginData(dataDir, ID).resolve("out/session-1.json");
            awaitFile(file);
            JsonNode json = new ObjectMapper().readTree(Files.readString(file));

            assertThat(json.get("sessionId").asLong()).isEqualTo(1);
            assertThat(json.get("terminal").asText()).isEqualTo("CHN LS Terminal 01");
            assertThat(json.get("openedBy").asText()).isEqualTo("Asha");
            assertThat(json.get("closedBy").asText()).isEqualTo("Asha");
            Instant openedAt = Instant.parse(json.get("openedAt").asText());
            assertThat(Instant.parse(json.get("closedAt").asText())).isAfterOrEqualTo(openedAt);
            assertMoney(json.get("openingCash"), 134_000);
            assertMoney(json.get("counted"), 136_000);
            assertMoney(json.get("expected"), 136_000);
            assertMoney(json.get("difference"), 0);
            assertThat(json.get("orders").get("count").asInt()).isEqualTo(1);
            assertMoney(json.get("orders").get("total"), 2_000);
            JsonNode lines = json.get("closingCount");
            assertThat(lines).hasSize(4);
            assertLine(lines.get(0), 50_000, "BILL", 2, 100_000);
            assertLine(lines.get(1), 10_000, "BILL", 3, 30_000);
            assertLine(lines.get(2), 2_000, "BILL", 1, 2_000);
            assertLine(lines.get(3), 1_000, "BILL", 4, 4_000);
            kiosk.awaitCount(1, "SELECT count(*) FROM audit_events WHERE event = 'session-export.written'");
        }
    }

    @Test
    void aFolderThatCannotBeWrittenIsAuditedTheKioskCarriesOnAndTheSessionIsExportedOnceItCanBe() throws Exception {
        TestKiosk.installPlugin(dataDir, Path.of("plugin.properties"), Path.of("target/classes"));
        Path notAFolder = Files.writeString(dataDir.resolve("not-a-folder"), "a file");
        Path settings = Files.createDirectories(TestKiosk.pluginData(dataDir, ID)).resolve(ExportSettings.FILE);
        Files.writeString(settings, "output.dir=" + notAFolder.toString().replace('\\', '/'));
        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            closeASessionWithOneSale(kiosk);

            kiosk.awaitCount(1, "SELECT count(*) FROM audit_events WHERE event = 'session-export.failed'"
                    + " AND detail LIKE 'Session 1 was not exported: %'");
            assertThat(kiosk.count("SELECT count(*) FROM sessions WHERE state = 'CLOSED'")).isEqualTo(1);
            // The share comes back: the host delivers the closing again (after 1 s, then 2 s …), and it is written.
            Files.writeString(settings, "output.dir=erp/inbox\n");
            kiosk.tap(DASHBOARD_NEW_SESSION);
            kiosk.waitFor(LOCK_SCAN_PROMPT);
            kiosk.awaitCount(1, "SELECT count(*) FROM audit_events WHERE event = 'session-export.written'");
            assertThat(TestKiosk.pluginData(dataDir, ID).resolve("erp/inbox/session-1.json")).isRegularFile();
        }
    }

    @Test
    void aNewerZipDroppedInKeepsTheSettingsAndTheExportedSessions() throws Exception {
        TestKiosk.installPlugin(dataDir, pluginZip("1.1.0"));
        Path data = Files.createDirectories(TestKiosk.pluginData(dataDir, ID));
        Files.writeString(data.resolve(ExportSettings.FILE), "output.dir=erp/inbox\n");
        Path exported = data.resolve("erp/inbox/session-1.json");
        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            closeASessionWithOneSale(kiosk);
            awaitFile(exported);
        }
        String json = Files.readString(exported);
        Files.writeString(dataDir.resolve("plugins/" + ID + "/left-by-1.1.0"), "in the plugin's own folder");

        TestKiosk.installPlugin(dataDir, pluginZip("1.1.1"));
        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            kiosk.waitFor(DASHBOARD_NEW_SESSION);
            assertThat(kiosk.kiosk().plugins().startedPlugins()).contains(ID + " 1.1.1");
        }

        assertThat(dataDir.resolve("plugins/" + ID + "/left-by-1.1.0")).as("the upgrade unpacked a fresh folder")
                .doesNotExist();
        assertThat(data.resolve(ExportSettings.FILE)).hasContent("output.dir=erp/inbox");
        assertThat(exported).hasContent(json);
    }

    /** A pf4j zip of this plugin as {@code version}: its plugin.properties and target/classes. */
    private Path pluginZip(String version) throws IOException {
        Path zip = build.resolve(ID + "-" + version + "-plugin.zip");
        String properties = Files.readString(Path.of("plugin.properties"))
                .replaceFirst("(?m)^plugin\\.version=.*$", "plugin.version=" + version);
        Path classes = Path.of("target/classes");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
             Stream<Path> files = Files.walk(classes)) {
            out.putNextEntry(new ZipEntry("plugin.properties"));
            out.write(properties.getBytes(StandardCharsets.ISO_8859_1));
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                out.putNextEntry(new ZipEntry("classes/" + classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
            }
        }
        return zip;
    }

    /** Opens with ₹1,340 counted, sells a Masala chai (₹20), closes counting ₹1,360: no difference. */
    private static void closeASessionWithOneSale(TestKiosk kiosk) throws Exception {
        // Opening: 2 x ₹500, 3 x ₹100, 4 x ₹10 = ₹1,340.
        kiosk.tap(DASHBOARD_NEW_SESSION);
        kiosk.waitFor(LOCK_SCAN_PROMPT);
        kiosk.scanBadge("1001");
        kiosk.tap(OPENING_COUNT);
        tapTimes(kiosk, "counter.plus.50000", 2);
        tapTimes(kiosk, "counter.plus.10000", 3);
        tapTimes(kiosk, "counter.plus.1000", 4);
        kiosk.tap(COUNTER_CONFIRM);
        kiosk.waitForText(OPENING_CASH, "1340.00");
        kiosk.tap(OPENING_OPEN);
        kiosk.waitFor(REGISTER_MENU);

        // One sale: Masala chai, ₹20, paid exactly.
        kiosk.tap(product(kiosk.count("SELECT id FROM products WHERE name = 'Masala chai' AND active = 1")));
        kiosk.waitForText(CART_TOTAL, "₹20.00");
        kiosk.tap(PAY_CASH);
        kiosk.tap(PAY_QUICK_PREFIX + 2000);
        kiosk.tap(PAY_CONFIRM);
        kiosk.waitForText(CART_TOTAL, "₹0.00");

        // Closing: the opening count plus the ₹20 bill = ₹1,360, as expected.
        kiosk.tap(REGISTER_MENU);
        kiosk.tap(MENU_CLOSE_SESSION);
        kiosk.waitForText(CLOSING_EXPECTED, "₹1,360.00");
        kiosk.tap(CLOSING_COUNT);
        tapTimes(kiosk, "counter.plus.50000", 2);
        tapTimes(kiosk, "counter.plus.10000", 3);
        tapTimes(kiosk, "counter.plus.2000", 1);
        tapTimes(kiosk, "counter.plus.1000", 4);
        kiosk.tap(COUNTER_CONFIRM);
        kiosk.waitForText(CLOSING_DIFFERENCE, "₹0.00");
        kiosk.tap(CLOSING_CLOSE);
        kiosk.tap(REPORT_CLOSE);
        kiosk.waitFor(DASHBOARD_NEW_SESSION);
    }

    private static void assertMoney(JsonNode money, long minorUnits) {
        assertThat(money.get("minorUnits").isIntegralNumber()).as("minor units are an integer").isTrue();
        assertThat(money.get("minorUnits").asLong()).isEqualTo(minorUnits);
        assertThat(money.get("currency").asText()).isEqualTo("INR");
    }

    private static void assertLine(JsonNode line, long denomination, String kind, int quantity, long amount) {
        assertMoney(line.get("denomination"), denomination);
        assertThat(line.get("kind").asText()).isEqualTo(kind);
        assertThat(line.get("quantity").asInt()).isEqualTo(quantity);
        assertMoney(line.get("amount"), amount);
    }

    private static void awaitFile(Path file) {
        // The listener writes on the kiosk's background thread, after the closing is committed.
        Pause.pause(new Condition("exported: " + file) {
            @Override
            public boolean test() {
                return Files.isRegularFile(file);
            }
        }, 10_000);
    }

    private static void tapTimes(TestKiosk kiosk, String name, int times) {
        for (int i = 0; i < times; i++) {
            kiosk.tap(name);
        }
    }
}

package app.tillpoint.kiosk;

import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.kiosk.testkit.TestKiosk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static app.tillpoint.api.ui.Names.DASHBOARD_CONTINUE_SELLING;
import static app.tillpoint.api.ui.Names.DASHBOARD_NEW_SESSION;
import static app.tillpoint.api.ui.Names.DASHBOARD_STATUS;
import static app.tillpoint.api.ui.Names.LOCK_SCAN_PROMPT;
import static app.tillpoint.api.ui.Names.REGISTER_RECOVERED;
import static org.assertj.core.api.Assertions.assertThat;

/** What a cashier finds after a crash, a power cut or a session left open for days. */
@GuiTest
class CrashRecoveryGuiTest {
    @TempDir
    Path dataDir;


    @Test
    void aKioskKilledWithASessionOpenLeavesItOpenAndTheNextKioskOffersContinueSelling() throws Exception {
        initialiseDemoTerminal();
        Process kiosk = new ProcessBuilder(javaCommand(), "-cp", System.getProperty("java.class.path"),
                "-Djava.awt.headless=true", OpenSessionProcess.class.getName(), dataDir.toString())
                .redirectErrorStream(true).start();
        String opened;
        try (var out = new BufferedReader(new InputStreamReader(kiosk.getInputStream(), StandardCharsets.UTF_8))) {
            opened = out.lines().filter(line -> line.startsWith("OPENED ")).findFirst().orElse("the child said nothing");
            // SIGKILL: no shutdown hook, no close, the lock and the WAL left as a power cut leaves them.
            kiosk.destroyForcibly();
            assertThat(kiosk.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(opened).startsWith("OPENED ");
        String session = opened.substring("OPENED ".length());

        try (TestKiosk next = TestKiosk.start(dataDir)) {
            next.waitFor(DASHBOARD_CONTINUE_SELLING);
            assertThat(next.showing(DASHBOARD_NEW_SESSION)).isFalse();
            assertThat(next.waitUntil(DASHBOARD_STATUS, t -> t.startsWith("Open"))).endsWith("opened by Asha");
            assertThat(next.count("SELECT count(*) FROM sessions WHERE state = 'OPEN'")).isEqualTo(1);
            assertThat(next.count("SELECT id FROM sessions WHERE state = 'OPEN'")).isEqualTo(Long.parseLong(session));
        }
    }

    @Test
    void aSaleStoredButNeverConfirmedIsShownOnTheRegisterAfterTheRestart() throws Exception {
        initialiseDemoTerminal();
        Process kiosk = new ProcessBuilder(javaCommand(), "-cp", System.getProperty("java.class.path"),
                "-Djava.awt.headless=true", OpenSessionProcess.class.getName(), dataDir.toString(), "sell")
                .redirectErrorStream(true).start();
        String sold;
        try (var out = new BufferedReader(new InputStreamReader(kiosk.getInputStream(), StandardCharsets.UTF_8))) {
            sold = out.lines().filter(line -> line.startsWith("SOLD ")).findFirst().orElse("the child said nothing");
            kiosk.destroyForcibly();
            assertThat(kiosk.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(sold).startsWith("SOLD ");
        String order = sold.substring("SOLD ".length());

        try (TestKiosk next = TestKiosk.start(dataDir)) {
            next.tap(DASHBOARD_CONTINUE_SELLING);
            next.waitFor(LOCK_SCAN_PROMPT);
            next.scanBadge("1001");
            String recovered = next.waitUntil(REGISTER_RECOVERED, t -> t.startsWith("Stored before the restart"));
            assertThat(recovered).contains("order " + order, "total ₹20.00", "tendered ₹50.00", "change ₹30.00");
            next.screenshot("19-stored-before-the-restart");
        }
    }

    @Test
    void aSessionOpenForMoreThanADayIsMarkedToClose() throws Exception {
        initialiseDemoTerminal();
        OpenSessionProcess.open(dataDir, Instant.now().minus(Duration.ofDays(2)));

        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            kiosk.waitFor("dashboard.toClose");
            assertThat(kiosk.text("dashboard.toClose")).isEqualTo("To close");
            // Not today: the day is part of "Open since".
            assertThat(kiosk.waitUntil(DASHBOARD_STATUS, t -> t.startsWith("Open")))
                    .matches("Open since \\d{1,2} \\p{L}+ \\d{2}:\\d{2} · opened by Asha");
            kiosk.waitFor(DASHBOARD_CONTINUE_SELLING);
        }
    }

    @Test
    @SuppressWarnings("try") // the lock is held by the try, never read
    void aSecondKioskProcessOnTheSameDataFolderIsRefusedWithAClearMessage() throws Exception {
        try (InstanceLock lock = InstanceLock.acquire(dataDir)) {
            Process second = new ProcessBuilder(List.of(javaCommand(), "-cp", System.getProperty("java.class.path"),
                    "-Djava.awt.headless=true", Launcher.class.getName(), "--data-dir", dataDir.toString(), "--windowed"))
                    .redirectErrorStream(true).start();
            String output = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(second.exitValue()).isEqualTo(1);
            assertThat(output).contains("Another Tillpoint kiosk is already running on " + dataDir)
                    .contains("(process " + ProcessHandle.current().pid() + ")");
        }
        assertThat(dataDir.resolve("tillpoint.db")).as("the refused kiosk touched nothing").doesNotExist();
    }

    /** The first start of a kiosk writes the demo terminal and its cashiers. */
    private void initialiseDemoTerminal() throws Exception {
        try (TestKiosk first = TestKiosk.start(dataDir)) {
            first.waitFor(DASHBOARD_NEW_SESSION);
        }
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}

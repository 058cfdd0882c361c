package app.tillpoint.devices.javapos;

import app.tillpoint.api.device.CashDrawer.OpenState;
import app.tillpoint.api.device.DeviceException;
import app.tillpoint.api.device.DeviceStatus;
import app.tillpoint.api.device.DeviceStatus.State;
import app.tillpoint.devices.BadgeReaderConfig;
import app.tillpoint.devices.CashDrawerConfig;
import app.tillpoint.devices.JavaPosConfig;
import app.tillpoint.devices.RecordingListener;
import jpos.JposConst;
import jpos.JposException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The JavaPOS drivers against service objects of the test sources, named in the test resources' jpos.xml. */
class JavaPosDevicesTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private static String jposXml() throws Exception {
        return Path.of(JavaPosDevicesTest.class.getResource("/jpos.xml").toURI()).toString();
    }

    private static JavaPosConfig device(String logicalName, String category) throws Exception {
        return new JavaPosConfig(logicalName, category, jposXml(), 500);
    }

    @Test
    void anMsrOpensClaimsEnablesAndTurnsSwipesIntoBadges() throws Exception {
        RecordingListener listener = new RecordingListener();
        JavaPosBadgeReader reader = new JavaPosBadgeReader(BadgeReaderConfig.javapos(device("TestMSR", "MSR")));
        reader.start(listener);
        assertThat(listener.awaitState(0, State.READY, WAIT)).as("reader ready: %s", listener.statuses()).isNotNull();
        TestMsrService msr = TestServiceFactory.latest("TestMSR", TestMsrService.class);
        assertThat(msr.calls()).containsExactly("open", "claim", "enable");
        assertThat(msr.getDecodeData()).isTrue();

        assertThat(msr.swipe("B4000^SMITH/ANA", "40001234")).isTrue();
        assertThat(listener.nextBadge(WAIT)).isEqualTo("40001234");
        assertThat(msr.swipe("B77777777^NO TRACK 2", "")).as("data events enabled again").isTrue();
        assertThat(listener.nextBadge(WAIT)).isEqualTo("B77777777^NO TRACK 2");

        int seen = listener.statuses().size();
        msr.fireError(JposConst.JPOS_E_FAILURE);
        DeviceStatus error = listener.awaitState(seen, State.ERROR, WAIT);
        assertThat(error.describe()).isEqualTo("Badge reader: error (read error 111; scan again)");
        assertThat(msr.swipe("", "55555555")).isTrue();
        assertThat(listener.nextBadge(WAIT)).isEqualTo("55555555");
        assertThat(reader.status().state()).isEqualTo(State.READY);

        reader.close();
        assertThat(msr.calls()).endsWith("disable", "release", "close", "deleteInstance");
    }

    @Test
    void aScannerTurnsLabelsIntoBadges() throws Exception {
        RecordingListener listener = new RecordingListener();
        try (JavaPosBadgeReader reader = new JavaPosBadgeReader(
            BadgeReaderConfig.javapos(device("TestScanner", "Scanner")))) {
            reader.start(listener);
            assertThat(listener.awaitState(0, State.READY, WAIT)).isNotNull();
            TestScannerService scanner = TestServiceFactory.latest("TestScanner", TestScannerService.class);
            assertThat(scanner.scan("BADGE-0042")).isTrue();
            assertThat(listener.nextBadge(WAIT)).isEqualTo("BADGE-0042");
        }
    }

    @Test
    void aReaderMissingFromJposXmlSaysSoAndDoesNotThrow() throws Exception {
        RecordingListener listener = new RecordingListener();
        try (JavaPosBadgeReader reader = new JavaPosBadgeReader(BadgeReaderConfig.javapos(device("Nope", "MSR")))) {
            reader.start(listener);
            DeviceStatus status = listener.awaitStatus(0, s -> s.detail().contains("jpos.xml"), WAIT);
            assertThat(status.describe()).isEqualTo("Badge reader: not connected (\"Nope\" is not in " + jposXml() + ")");
        }
    }

    @Test
    void aDrawerOpensReportsItsStateWaitsForCloseAndIsReleased() throws Exception {
        JavaPosDrawer drawer = new JavaPosDrawer(CashDrawerConfig.javapos(device("TestDrawer", null)));
        assertThat(await(drawer::status, State.READY)).as("drawer ready: %s", drawer.status()).isTrue();
        TestDrawerService service = TestServiceFactory.latest("TestDrawer", TestDrawerService.class);
        assertThat(drawer.openState()).isEqualTo(OpenState.CLOSED);

        drawer.open();
        assertThat(service.calls()).contains("openDrawer");
        assertThat(drawer.openState()).isEqualTo(OpenState.OPEN);
        assertThat(drawer.waitForClose(Duration.ofMillis(200))).as("still open").isFalse();

        Thread cashier = new Thread(() -> {
            sleep(300);
            service.closeByHand();
        });
        cashier.start();
        assertThat(drawer.waitForClose(WAIT)).isTrue();
        cashier.join();
        assertThat(service.waitArguments()).as("beep timeout, frequency, duration, delay: all in range")
            .containsExactly(60_000, 1000, 500, 1000);
        assertThat(drawer.openState()).isEqualTo(OpenState.CLOSED);

        drawer.close();
        assertThat(service.calls()).startsWith("open", "claim", "enable").endsWith("disable", "release", "close", "deleteInstance");
    }

    @Test
    void aDrawerThatFailsToOpenGivesTheCashierTheReason() throws Exception {
        try (JavaPosDrawer drawer = new JavaPosDrawer(CashDrawerConfig.javapos(device("TestDrawer", null)))) {
            assertThat(await(drawer::status, State.READY)).isTrue();
            TestServiceFactory.latest("TestDrawer", TestDrawerService.class)
                .failNextOpen(new JposException(JposConst.JPOS_E_OFFLINE, "Printer offline"));
            assertThatThrownBy(drawer::open).isInstanceOf(DeviceException.class)
                .hasMessage("Drawer did not open: Printer offline");
            assertThat(drawer.status().describe()).isEqualTo("Cash drawer: error (open failed: Printer offline)");
            drawer.open();
            assertThat(drawer.status().state()).isEqualTo(State.READY);
        }
    }

    @Test
    void aDrawerWhoseJposXmlIsMissingSaysSo() {
        JavaPosConfig missing = new JavaPosConfig("TestDrawer", null, "/nowhere/jpos.xml", 500);
        try (JavaPosDrawer drawer = new JavaPosDrawer(CashDrawerConfig.javapos(missing))) {
            assertThat(await(drawer::status, s -> s.detail().startsWith("jpos.xml"))).isTrue();
            assertThat(drawer.status().describe())
                .isEqualTo("Cash drawer: not connected (jpos.xml not found: /nowhere/jpos.xml)");
            assertThatThrownBy(drawer::open).isInstanceOf(DeviceException.class)
                .hasMessageStartingWith("Drawer did not open: drawer not connected");
        }
    }

    @Test
    void aDrawerSwitchedOffShowsNotConnectedWithinASecondAndComesBackByItself() throws Exception {
        List<DeviceStatus> changes = new CopyOnWriteArrayList<>();
        try (JavaPosDrawer drawer = new JavaPosDrawer(CashDrawerConfig.javapos(device("TestDrawer", null)))) {
            drawer.onStatusChange(changes::add);
            assertThat(await(drawer::status, State.READY)).isTrue();
            TestDrawerService service = TestServiceFactory.latest("TestDrawer", TestDrawerService.class);
            assertThat(service.getPowerNotify()).as("power notification asked for").isEqualTo(JposConst.JPOS_PN_ENABLED);

            service.power(JposConst.JPOS_PS_OFF);
            assertThat(await(drawer::status, s -> s.state() == State.NOT_CONNECTED, Duration.ofSeconds(1))).isTrue();
            assertThat(drawer.status().describe()).isEqualTo("Cash drawer: not connected (switched off (TestDrawer))");
            assertThat(changes).extracting(DeviceStatus::describe).contains(drawer.status().describe());
            assertThatThrownBy(drawer::open).hasMessage("Drawer did not open: Offline");

            service.power(JposConst.JPOS_PS_ONLINE);
            assertThat(await(drawer::status, s -> s.state() == State.READY, Duration.ofSeconds(1))).isTrue();
            drawer.open();
            assertThat(service.calls()).contains("openDrawer");

            service.power(JposConst.JPOS_PS_OFFLINE);
            assertThat(await(drawer::status, s -> s.detail().equals("offline (TestDrawer)"), Duration.ofSeconds(1)))
                .isTrue();
            service.power(JposConst.JPOS_PS_ONLINE);
            assertThat(await(drawer::status, s -> s.state() == State.READY, Duration.ofSeconds(1))).isTrue();
        }
    }

    @Test
    void aDrawerWhosePrinterIsOfflineAtStartSaysSoThenComesBack() throws Exception {
        try (JavaPosDrawer drawer = new JavaPosDrawer(CashDrawerConfig.javapos(device("TestDrawerOffline", null)))) {
            assertThat(await(drawer::status, s -> s.detail().startsWith("offline"))).as("%s", drawer.status()).isTrue();
            assertThat(drawer.status().describe()).isEqualTo("Cash drawer: not connected (offline (TestDrawerOffline))");
            TestServiceFactory.latest("TestDrawerOffline", TestDrawerService.class).power(JposConst.JPOS_PS_ONLINE);
            assertThat(await(drawer::status, s -> s.state() == State.READY, Duration.ofSeconds(1))).isTrue();
        }
    }

    @Test
    void aServiceThatCannotReportPowerIsNotAskedTo() throws Exception {
        try (JavaPosDrawer drawer = new JavaPosDrawer(CashDrawerConfig.javapos(device("TestDrawerNoPower", null)))) {
            assertThat(await(drawer::status, State.READY)).as("%s", drawer.status()).isTrue();
            TestDrawerService service = TestServiceFactory.latest("TestDrawerNoPower", TestDrawerService.class);
            assertThat(service.getPowerNotify()).isEqualTo(JposConst.JPOS_PN_DISABLED);
            drawer.open();
        }
    }

    @Test
    void aReaderSwitchedOffShowsItAndComesBackByItself() throws Exception {
        RecordingListener listener = new RecordingListener();
        try (JavaPosBadgeReader reader = new JavaPosBadgeReader(BadgeReaderConfig.javapos(device("TestMSR", "MSR")))) {
            reader.start(listener);
            assertThat(listener.awaitState(0, State.READY, WAIT)).isNotNull();
            TestMsrService msr = TestServiceFactory.latest("TestMSR", TestMsrService.class);
            int seen = listener.statuses().size();
            msr.power(JposConst.JPOS_PS_OFF_OFFLINE);
            DeviceStatus off = listener.awaitState(seen, State.NOT_CONNECTED, Duration.ofSeconds(1));
            assertThat(off).isNotNull();
            assertThat(off.describe()).isEqualTo("Badge reader: not connected (switched off or offline (TestMSR))");
            msr.power(JposConst.JPOS_PS_ONLINE);
            assertThat(listener.awaitState(seen, State.READY, Duration.ofSeconds(1))).isNotNull();
            assertThat(msr.swipe("", "40001234")).isTrue();
            assertThat(listener.nextBadge(WAIT)).isEqualTo("40001234");
        }
    }

    @Test
    void aDeviceOfAnotherCategoryIsNamed() throws Exception {
        try (JavaPosDrawer drawer = new JavaPosDrawer(CashDrawerConfig.javapos(device("TestScanner", null)))) {
            assertThat(await(drawer::status, s -> s.detail().contains("not a"))).as("%s", drawer.status()).isTrue();
            assertThat(drawer.status().describe()).isEqualTo(
                "Cash drawer: not connected (\"TestScanner\" is a Scanner in " + jposXml() + ", not a CashDrawer)");
        }
    }

    @Test
    void aFailedKickGivesTheServicesOwnReasonAndLogsItsErrorCodes() throws Exception {
        LogRecords log = LogRecords.of(JavaPosDrawer.class);
        try (JavaPosDrawer drawer = new JavaPosDrawer(CashDrawerConfig.javapos(device("TestDrawer", null)))) {
            assertThat(await(drawer::status, State.READY)).isTrue();
            TestDrawerService service = TestServiceFactory.latest("TestDrawer", TestDrawerService.class);

            service.failNextOpen(new JposException(JposConst.JPOS_E_FAILURE, 201, "Kick solenoid jammed"));
            assertThatThrownBy(drawer::open).hasMessage("Drawer did not open: Kick solenoid jammed");
            assertThat(log.messages()).anyMatch(m -> m.contains("Kick solenoid jammed")
                && m.contains("[ErrorCode 111, ErrorCodeExtended 201]"));

            IllegalStateException own = new IllegalStateException("cable loose");
            service.failNextOpen(own);
            assertThatThrownBy(drawer::open)
                .hasMessage("Drawer did not open: Unhandled exception from Device Service: IllegalStateException: cable loose");
            assertThat(log.records()).anyMatch(r -> r.getThrown() == own);
        } finally {
            log.close();
        }
    }

    private static boolean await(Supplier<DeviceStatus> status, State state) {
        return await(status, s -> s.state() == state, WAIT);
    }

    private static boolean await(Supplier<DeviceStatus> status, Predicate<DeviceStatus> match) {
        return await(status, match, WAIT);
    }

    /** Whether the status matches within {@code wait}. */
    static boolean await(Supplier<DeviceStatus> status, Predicate<DeviceStatus> match, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            if (match.test(status.get())) {
                return true;
            }
            sleep(10);
        }
        return match.test(status.get());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

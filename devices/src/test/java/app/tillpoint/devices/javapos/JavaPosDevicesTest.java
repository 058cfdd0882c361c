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
            assertThat(status.describe()).isEqualTo("Badge reader: not connected (\"Nope\" is not in jpos.xml)");
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
            assertThat(await(drawer::status, State.NOT_CONNECTED)).isTrue();
            assertThatThrownBy(drawer::open).isInstanceOf(DeviceException.class)
                .hasMessageStartingWith("Drawer did not open: drawer not connected");
        }
    }

    private static boolean await(Supplier<DeviceStatus> status, State state) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (status.get().state() == state) {
                return true;
            }
            sleep(20);
        }
        return false;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

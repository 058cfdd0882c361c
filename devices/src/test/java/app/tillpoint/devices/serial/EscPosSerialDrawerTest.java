package app.tillpoint.devices.serial;

import app.tillpoint.api.device.CashDrawer.OpenState;
import app.tillpoint.api.device.DeviceException;
import app.tillpoint.api.device.DeviceStatus;
import app.tillpoint.api.device.DeviceStatus.State;
import app.tillpoint.devices.CashDrawerConfig;
import app.tillpoint.devices.SerialConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ESC/POS drawer against a real pseudo-terminal pair made by socat, the test playing the printer. */
class EscPosSerialDrawerTest {
    @TempDir
    Path dir;
    private SocatPair printer;
    private EscPosSerialDrawer drawer;

    private CashDrawerConfig config(int pin, boolean statusSupported) {
        SerialConfig serial = new SerialConfig(printer.devicePath(), 19200, 8, "none", 1, null, null, 400);
        return new CashDrawerConfig("escpos-serial", serial, pin, 100, 500, statusSupported, "high", null);
    }

    @AfterEach
    void stop() throws Exception {
        if (drawer != null) {
            drawer.close();
        }
        if (printer != null) {
            printer.close();
        }
    }

    @Test
    void sendsExactlyTheDrawerKick() throws Exception {
        printer = new SocatPair(dir).start();
        drawer = new EscPosSerialDrawer(config(1, false));
        drawer.open();
        assertThat(printer.receive(5, 2000)).containsExactly(0x1B, 0x70, 0x01, 50, 250);
        assertThat(printer.receive(1, 300)).isEmpty();
        assertThat(drawer.status().state()).isEqualTo(State.READY);
    }

    @Test
    void withoutStatusSupportTheStateIsUnknownAndNothingIsAsked() throws Exception {
        printer = new SocatPair(dir).start();
        drawer = new EscPosSerialDrawer(config(0, false));
        assertThat(drawer.openState()).isEqualTo(OpenState.UNKNOWN);
        assertThat(drawer.waitForClose(Duration.ofSeconds(1))).isFalse();
        assertThat(printer.receive(1, 300)).isEmpty();
    }

    @Test
    void asksTheDrawerStateWithDleEot1() throws Exception {
        printer = new SocatPair(dir).start();
        drawer = new EscPosSerialDrawer(config(0, true));
        assertThat(answering((byte) 0x16, () -> stateQuietly(drawer))).isEqualTo(OpenState.OPEN);
        assertThat(answering((byte) 0x12, () -> stateQuietly(drawer))).isEqualTo(OpenState.CLOSED);
        assertThat(answering((byte) 0x12, () -> waitQuietly(drawer))).isEqualTo(true);
    }

    @Test
    void anUnreadableAnswerIsAnError() throws Exception {
        printer = new SocatPair(dir).start();
        drawer = new EscPosSerialDrawer(config(0, true));
        Thread answer = new Thread(() -> {
            printer.receive(3, 5000);
            printer.send(new byte[] {(byte) 0xFF});
        });
        answer.start();
        assertThatThrownBy(drawer::openState).isInstanceOf(DeviceException.class).hasMessageContaining("unreadable");
        answer.join();
        assertThat(drawer.status().state()).isEqualTo(State.ERROR);
    }

    @Test
    void anAbsentPrinterFailsTheKickClearlyAndIsFoundOncePluggedIn() throws Exception {
        printer = new SocatPair(dir);
        drawer = new EscPosSerialDrawer(config(0, false));
        assertThatThrownBy(drawer::open).isInstanceOf(DeviceException.class)
            .hasMessage("Drawer did not open: printer not connected (" + printer.devicePath() + ")");
        assertThat(drawer.status().describe())
            .isEqualTo("Cash drawer: not connected (" + printer.devicePath() + ")");
        printer.start();
        assertThat(await(drawer::status, s -> s.state() == State.READY)).isTrue();
        drawer.open();
        assertThat(printer.receive(5, 2000)).containsExactly(0x1B, 0x70, 0x00, 50, 250);

        printer.kill();
        assertThat(await(drawer::status, s -> s.state() == State.NOT_CONNECTED)).as("noticed unplugged").isTrue();
        printer.start();
        assertThat(await(drawer::status, s -> s.state() == State.READY)).as("found again").isTrue();
        drawer.open();
        assertThat(printer.receive(5, 2000)).containsExactly(0x1B, 0x70, 0x00, 50, 250);
    }

    /** Plays the printer: answers one DLE EOT 1 with {@code status} while {@code ask} runs. */
    private <T> T answering(byte status, Supplier<T> ask) throws InterruptedException {
        Thread answer = new Thread(() -> {
            byte[] request = printer.receive(3, 5000);
            assertThat(request).containsExactly(0x10, 0x04, 0x01);
            printer.send(new byte[] {status});
        });
        answer.start();
        T result = ask.get();
        answer.join();
        return result;
    }

    private static OpenState stateQuietly(EscPosSerialDrawer drawer) {
        try {
            return drawer.openState();
        } catch (DeviceException e) {
            throw new AssertionError(e);
        }
    }

    private static Boolean waitQuietly(EscPosSerialDrawer drawer) {
        try {
            return drawer.waitForClose(Duration.ofSeconds(3));
        } catch (DeviceException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static boolean await(Supplier<DeviceStatus> status, java.util.function.Predicate<DeviceStatus> match)
        throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            if (match.test(status.get())) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }
}

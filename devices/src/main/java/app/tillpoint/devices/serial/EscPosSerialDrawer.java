package app.tillpoint.devices.serial;

import app.tillpoint.api.device.CashDrawer;
import app.tillpoint.api.device.DeviceException;
import app.tillpoint.api.device.DeviceStatus;
import app.tillpoint.api.device.DeviceStatus.State;
import app.tillpoint.devices.Backoff;
import app.tillpoint.devices.CashDrawerConfig;
import app.tillpoint.devices.SerialConfig;
import app.tillpoint.devices.StatusCell;
import app.tillpoint.devices.StatusSource;
import com.fazecast.jSerialComm.SerialPort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * A cash drawer on the kick connector of an ESC/POS receipt printer on a serial port. Kicks it with
 * {@code ESC p m t1 t2}; reads whether it is open with {@code DLE EOT 1} where the printer is configured to answer.
 * A daemon thread keeps the port open, reconnecting with a growing wait when the printer is absent or unplugged.
 */
public final class EscPosSerialDrawer implements CashDrawer, StatusSource {
    private static final Logger LOG = LoggerFactory.getLogger(EscPosSerialDrawer.class);
    private static final byte[] STATUS_REQUEST = {0x10, 0x04, 0x01};
    private static final long STATUS_ANSWER_MILLIS = 500;
    private static final long WATCH_MILLIS = 1000;
    private final CashDrawerConfig config;
    private final SerialConfig serial;
    private final StatusCell status;
    private final Thread watcher;
    private volatile boolean running = true;
    private SerialPort port;

    /** Starts watching the port at once; never throws for an absent printer. */
    public EscPosSerialDrawer(CashDrawerConfig config) {
        this.config = config;
        this.serial = config.serial();
        this.status = new StatusCell("Cash drawer", State.NOT_CONNECTED, serial.port());
        this.watcher = new Thread(this::watch, "cash-drawer-serial");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** The drawer kick: ESC p m t1 t2, pulse times in units of 2 ms. */
    public static byte[] kickCommand(int pin, int pulseOnMillis, int pulseOffMillis) {
        return new byte[] {0x1B, 0x70, (byte) pin, (byte) units(pulseOnMillis), (byte) units(pulseOffMillis)};
    }

    @Override
    public void open() throws DeviceException {
        byte[] kick = kickCommand(config.pin(), config.pulseOnMillis(), config.pulseOffMillis());
        synchronized (this) {
            SerialPort current = connected();
            if (current.writeBytes(kick, kick.length) != kick.length) {
                lost("the kick could not be sent");
                throw new DeviceException("Drawer did not open: printer not connected (" + serial.port() + ")");
            }
        }
        LOG.info("Drawer kicked through {}", serial.port());
    }

    @Override
    public OpenState openState() throws DeviceException {
        if (!config.statusSupported()) {
            return OpenState.UNKNOWN;
        }
        synchronized (this) {
            SerialPort current = connected();
            drain(current);
            if (current.writeBytes(STATUS_REQUEST, STATUS_REQUEST.length) != STATUS_REQUEST.length) {
                lost("the status request could not be sent");
                throw new DeviceException("Drawer state unknown: printer not connected (" + serial.port() + ")");
            }
            int answer = readByte(current, STATUS_ANSWER_MILLIS);
            if (answer < 0) {
                status.set(State.ERROR, "the printer did not answer the drawer status request");
                throw new DeviceException("Drawer state unknown: the printer did not answer");
            }
            // A printer status byte is 0xx1xx10 in binary; anything else is not an answer to DLE EOT 1.
            if ((answer & 0x93) != 0x12) {
                status.set(State.ERROR, String.format("unexpected answer 0x%02X to the drawer status request", answer));
                throw new DeviceException("Drawer state unknown: the printer's answer was unreadable");
            }
            status.set(State.READY, "");
            boolean pin3High = (answer & 0x04) != 0;
            return pin3High == "high".equals(config.openLevel()) ? OpenState.OPEN : OpenState.CLOSED;
        }
    }

    @Override
    public boolean waitForClose(Duration timeout) throws DeviceException, InterruptedException {
        if (!config.statusSupported()) {
            return false;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (openState() == OpenState.CLOSED) {
                return true;
            }
            if (System.nanoTime() >= deadline) {
                return false;
            }
            Thread.sleep(200);
        }
    }

    @Override
    public DeviceStatus status() {
        return status.get();
    }

    @Override
    public void onStatusChange(Consumer<DeviceStatus> listener) {
        status.onChange(listener);
    }

    @Override
    public void close() {
        running = false;
        watcher.interrupt();
        synchronized (this) {
            closePort();
        }
    }

    /** Keeps the port open: reconnects when it is closed, notices when it disappears. */
    private void watch() {
        Backoff backoff = new Backoff(serial.reconnectMaxMillis());
        while (running) {
            long wait;
            synchronized (this) {
                if (port != null && port.bytesAvailable() < 0) {
                    lost("the port disappeared");
                }
                if (port == null) {
                    port = SerialPorts.open(serial);
                }
                if (port == null) {
                    status.set(State.NOT_CONNECTED, serial.port());
                    wait = backoff.nextMillis();
                } else {
                    if (status.get().state() == State.NOT_CONNECTED) {
                        status.set(State.READY, "");
                    }
                    backoff.reset();
                    wait = WATCH_MILLIS;
                }
            }
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The open port, opening it now if the watcher has not yet. */
    private SerialPort connected() throws DeviceException {
        if (port == null) {
            port = SerialPorts.open(serial);
            if (port == null) {
                status.set(State.NOT_CONNECTED, serial.port());
                throw new DeviceException("Drawer did not open: printer not connected (" + serial.port() + ")");
            }
            status.set(State.READY, "");
        }
        return port;
    }

    private void lost(String why) {
        LOG.warn("Receipt printer on {}: {}", serial.port(), why);
        closePort();
        status.set(State.NOT_CONNECTED, "unplugged: " + serial.port());
    }

    private void closePort() {
        if (port != null) {
            drainOutput(port);
            if (!port.closePort()) {
                LOG.warn("Closing {} failed (error {})", serial.port(), port.getLastErrorCode());
            }
            port = null;
        }
    }

    /** Lets a kick still in the output buffer go out first: closing a port may throw away what it has not sent. */
    private static void drainOutput(SerialPort current) {
        long deadline = System.currentTimeMillis() + 500;
        while (current.bytesAwaitingWrite() > 0 && System.currentTimeMillis() < deadline) {
            LockSupport.parkNanos(5_000_000);
        }
    }

    private static void drain(SerialPort current) {
        byte[] junk = new byte[64];
        while (current.bytesAvailable() > 0) {
            current.readBytes(junk, Math.min(junk.length, current.bytesAvailable()));
        }
    }

    /** One byte, or -1 if none came within {@code millis}. */
    private static int readByte(SerialPort current, long millis) {
        byte[] one = new byte[1];
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            int n = current.readBytes(one, 1);
            if (n == 1) {
                return one[0] & 0xFF;
            }
            if (n < 0) {
                return -1;
            }
        }
        return -1;
    }

    private static int units(int millis) {
        return Math.max(1, Math.min(255, millis / 2));
    }
}

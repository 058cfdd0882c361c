package app.tillpoint.devices.javapos;

import app.tillpoint.api.device.CashDrawer;
import app.tillpoint.api.device.DeviceException;
import app.tillpoint.api.device.DeviceStatus;
import app.tillpoint.api.device.DeviceStatus.State;
import app.tillpoint.devices.CashDrawerConfig;
import app.tillpoint.devices.JavaPosConfig;
import app.tillpoint.devices.StatusCell;
import app.tillpoint.devices.StatusSource;
import jpos.CashDrawerConst;
import jpos.JposException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * A cash drawer driven through a JavaPOS {@code CashDrawer}, by its logical name in {@code jpos.xml}: opened, claimed
 * and enabled, with power notification where the service reports power, by a daemon thread that retries with a
 * growing wait while it cannot; disabled, released and closed by {@link #close()} (that life cycle is
 * {@link JposConnection}'s). The status follows the service's power reports: switched off or offline, then ready
 * again, without the kiosk doing anything.
 */
public final class JavaPosDrawer implements CashDrawer, StatusSource {
    private static final Logger LOG = LoggerFactory.getLogger(JavaPosDrawer.class);
    // waitForDrawerClose's beeper, in range for every service (some refuse a frequency of 0): after a minute open,
    // half-second beeps of 1 kHz, a second apart, until the drawer is closed.
    static final int BEEP_AFTER_MILLIS = 60_000;
    static final int BEEP_HERTZ = 1000;
    static final int BEEP_MILLIS = 500;
    static final int BEEP_PAUSE_MILLIS = 1000;
    private final JavaPosConfig javapos;
    private final JposConnection<jpos.CashDrawer> connection;
    private final StatusCell status;
    // waitForDrawerClose has no time-out of its own: it runs here, and the caller stops waiting for it.
    private final ExecutorService waiter = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "cash-drawer-javapos-wait");
        thread.setDaemon(true);
        return thread;
    });
    private Future<?> pendingWait;

    /** Starts connecting at once; never throws for an absent drawer. */
    public JavaPosDrawer(CashDrawerConfig config) {
        this.javapos = config.javapos();
        this.connection = new JposConnection<>("Cash drawer", javapos, "CashDrawer", "cash-drawer-javapos", LOG,
            new JposConnection.Steps<>(jpos.CashDrawer::new, jpos.CashDrawer::addStatusUpdateListener, device -> { },
                this::statusUpdate));
        this.status = connection.status();
        connection.start();
    }

    @Override
    public void open() throws DeviceException {
        synchronized (connection) {
            jpos.CashDrawer current = connected("Drawer did not open");
            try {
                current.openDrawer();
            } catch (JposException | RuntimeException | LinkageError e) {
                JposFailure.log(LOG, "JavaPOS CashDrawer \"" + javapos.logicalName() + "\": openDrawer failed", e);
                String why = JposFailure.describe(e);
                status.set(State.ERROR, "open failed: " + why);
                throw new DeviceException("Drawer did not open: " + why, e);
            }
        }
        status.set(State.READY, "");
        LOG.info("Drawer {} kicked", javapos.logicalName());
    }

    @Override
    public OpenState openState() throws DeviceException {
        synchronized (connection) {
            jpos.CashDrawer current = connected("Drawer state unknown");
            try {
                if (!current.getCapStatus()) {
                    return OpenState.UNKNOWN;
                }
                return current.getDrawerOpened() ? OpenState.OPEN : OpenState.CLOSED;
            } catch (JposException | RuntimeException | LinkageError e) {
                JposFailure.log(LOG, "JavaPOS CashDrawer \"" + javapos.logicalName() + "\": its state is unknown", e);
                throw new DeviceException("Drawer state unknown: " + JposFailure.describe(e), e);
            }
        }
    }

    @Override
    public boolean waitForClose(Duration timeout) throws DeviceException, InterruptedException {
        Future<?> waiting;
        synchronized (connection) {
            jpos.CashDrawer current = connected("Drawer state unknown");
            try {
                if (!current.getCapStatus()) {
                    return false;
                }
            } catch (JposException | RuntimeException | LinkageError e) {
                throw new DeviceException("Drawer state unknown: " + JposFailure.describe(e), e);
            }
            if (pendingWait == null || pendingWait.isDone()) {
                pendingWait = waiter.submit(() -> {
                    current.waitForDrawerClose(BEEP_AFTER_MILLIS, BEEP_HERTZ, BEEP_MILLIS, BEEP_PAUSE_MILLIS);
                    return null;
                });
            }
            waiting = pendingWait;
        }
        try {
            waiting.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            JposFailure.log(LOG, "JavaPOS CashDrawer \"" + javapos.logicalName() + "\": waitForDrawerClose failed",
                e.getCause());
            throw new DeviceException("Drawer state unknown: " + JposFailure.describe(e.getCause()), e.getCause());
        }
    }

    @Override
    public DeviceStatus status() {
        return connection.current();
    }

    @Override
    public void onStatusChange(Consumer<DeviceStatus> listener) {
        connection.onStatusChange(listener);
    }

    @Override
    public void close() {
        connection.close();
        waiter.shutdownNow();
    }

    /** On the service's event thread: the drawer's own reports are logged (power reports are the connection's). */
    private void statusUpdate(int code) {
        if (code == CashDrawerConst.CASH_SUE_DRAWEROPEN) {
            LOG.info("JavaPOS {}: the drawer is open", javapos.logicalName());
        } else if (code == CashDrawerConst.CASH_SUE_DRAWERCLOSED) {
            LOG.info("JavaPOS {}: the drawer is closed", javapos.logicalName());
        } else {
            LOG.debug("JavaPOS {}: status {}", javapos.logicalName(), code);
        }
    }

    private jpos.CashDrawer connected(String what) throws DeviceException {
        jpos.CashDrawer drawer = connection.device();
        if (drawer == null) {
            throw new DeviceException(what + ": drawer not connected (" + status.get().detail() + ")");
        }
        return drawer;
    }
}

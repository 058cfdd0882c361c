package app.tillpoint.devices.javapos;

import app.tillpoint.api.device.CashDrawer;
import app.tillpoint.api.device.DeviceException;
import app.tillpoint.api.device.DeviceStatus;
import app.tillpoint.api.device.DeviceStatus.State;
import app.tillpoint.devices.CashDrawerConfig;
import app.tillpoint.devices.JavaPosConfig;
import app.tillpoint.devices.StatusCell;
import app.tillpoint.devices.StatusSource;
import app.tillpoint.devices.javapos.JposReconnect.Attempt;
import jpos.CashDrawerConst;
import jpos.JposException;
import jpos.events.StatusUpdateEvent;
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
 * growing wait while it cannot; disabled, released and closed by {@link #close()}. The status follows the service's
 * power reports: switched off or offline, then ready again, without the kiosk doing anything.
 */
public final class JavaPosDrawer implements CashDrawer, StatusSource {
    private static final Logger LOG = LoggerFactory.getLogger(JavaPosDrawer.class);
    private static final long RECONNECT_MAX_MILLIS = 10_000;
    // waitForDrawerClose's beeper, in range for every service (some refuse a frequency of 0): after a minute open,
    // half-second beeps of 1 kHz, a second apart, until the drawer is closed.
    static final int BEEP_AFTER_MILLIS = 60_000;
    static final int BEEP_HERTZ = 1000;
    static final int BEEP_MILLIS = 500;
    static final int BEEP_PAUSE_MILLIS = 1000;
    private final JavaPosConfig javapos;
    private final StatusCell status;
    private final Thread connector;
    // waitForDrawerClose has no time-out of its own: it runs here, and the caller stops waiting for it.
    private final ExecutorService waiter = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "cash-drawer-javapos-wait");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean running = true;
    private jpos.CashDrawer drawer;
    private Future<?> pendingWait;

    /** Starts connecting at once; never throws for an absent drawer. */
    public JavaPosDrawer(CashDrawerConfig config) {
        this.javapos = config.javapos();
        this.status = new StatusCell("Cash drawer", State.NOT_CONNECTED, "connecting (" + javapos.logicalName() + ")");
        this.connector = new Thread(this::connectUntilDone, "cash-drawer-javapos");
        connector.setDaemon(true);
        connector.start();
    }

    @Override
    public void open() throws DeviceException {
        synchronized (this) {
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
    public synchronized OpenState openState() throws DeviceException {
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

    @Override
    public boolean waitForClose(Duration timeout) throws DeviceException, InterruptedException {
        Future<?> waiting;
        synchronized (this) {
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
        return status.get();
    }

    @Override
    public void onStatusChange(Consumer<DeviceStatus> listener) {
        status.onChange(listener);
    }

    @Override
    public void close() {
        running = false;
        connector.interrupt();
        try {
            connector.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (drawer != null) {
                JavaPosShutdown.release(drawer, javapos.logicalName());
                drawer = null;
            }
        }
        waiter.shutdownNow();
    }

    private void connectUntilDone() {
        JposReconnect.untilConnected(javapos, "CashDrawer", RECONNECT_MAX_MILLIS, this, () -> running, this::connect,
            status);
    }

    private Attempt connect() {
        jpos.CashDrawer device = new jpos.CashDrawer();
        try {
            // Listening before enabling: a power report sent as the device comes up is not missed.
            device.addStatusUpdateListener(this::statusUpdate);
            device.open(javapos.logicalName());
            device.claim(javapos.claimTimeoutMillis());
            boolean reportsPower = JposPower.notifyChanges(device);
            device.setDeviceEnabled(true);
            drawer = device;
            JposPower.Reading power = reportsPower ? JposPower.read(JposPower.state(device), javapos.logicalName()) : null;
            return power != null ? Attempt.connected(power) : Attempt.ready();
        } catch (Throwable e) {
            // NoClassDefFoundError included: a vendor's service that cannot link is reported like one that refuses.
            JposFailure.log(LOG, "JavaPOS CashDrawer \"" + javapos.logicalName() + "\" could not be opened", e);
            JavaPosShutdown.release(device, javapos.logicalName());
            return Attempt.failed(e instanceof JposException ? State.NOT_CONNECTED : State.ERROR,
                javapos.logicalName() + ": " + JposFailure.describe(e));
        }
    }

    /** On the service's event thread: power reports change the status; the drawer's own reports are logged. */
    private void statusUpdate(StatusUpdateEvent event) {
        JposPower.Reading power = JposPower.read(event.getStatus(), javapos.logicalName());
        if (power != null) {
            status.set(power.state(), power.detail());
        } else if (event.getStatus() == CashDrawerConst.CASH_SUE_DRAWEROPEN) {
            LOG.info("JavaPOS {}: the drawer is open", javapos.logicalName());
        } else if (event.getStatus() == CashDrawerConst.CASH_SUE_DRAWERCLOSED) {
            LOG.info("JavaPOS {}: the drawer is closed", javapos.logicalName());
        } else {
            LOG.debug("JavaPOS {}: status {}", javapos.logicalName(), event.getStatus());
        }
    }

    private jpos.CashDrawer connected(String what) throws DeviceException {
        if (drawer == null) {
            throw new DeviceException(what + ": drawer not connected (" + status.get().detail() + ")");
        }
        return drawer;
    }
}

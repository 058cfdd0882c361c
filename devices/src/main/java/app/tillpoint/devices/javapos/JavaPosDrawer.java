package app.tillpoint.devices.javapos;

import app.tillpoint.api.device.CashDrawer;
import app.tillpoint.api.device.DeviceException;
import app.tillpoint.api.device.DeviceStatus;
import app.tillpoint.api.device.DeviceStatus.State;
import app.tillpoint.devices.CashDrawerConfig;
import app.tillpoint.devices.JavaPosConfig;
import app.tillpoint.devices.StatusCell;
import jpos.JposConst;
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

/**
 * A cash drawer driven through a JavaPOS {@code CashDrawer}, by its logical name in {@code jpos.xml}: opened, claimed
 * and enabled by a daemon thread that retries with a growing wait while it cannot; disabled, released and closed by
 * {@link #close()}.
 */
public final class JavaPosDrawer implements CashDrawer {
    private static final Logger LOG = LoggerFactory.getLogger(JavaPosDrawer.class);
    private static final long RECONNECT_MAX_MILLIS = 10_000;
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
            } catch (JposException e) {
                LOG.warn("JavaPOS {}: openDrawer failed", javapos.logicalName(), e);
                status.set(State.ERROR, "open failed: " + e.getMessage());
                throw new DeviceException("Drawer did not open: " + e.getMessage(), e);
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
        } catch (JposException e) {
            throw new DeviceException("Drawer state unknown: " + e.getMessage(), e);
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
            } catch (JposException e) {
                throw new DeviceException("Drawer state unknown: " + e.getMessage(), e);
            }
            if (pendingWait == null || pendingWait.isDone()) {
                pendingWait = waiter.submit(() -> {
                    current.waitForDrawerClose(JposConst.JPOS_FOREVER, 0, 0, 0);
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
            throw new DeviceException("Drawer state unknown: " + e.getCause().getMessage(), e.getCause());
        }
    }

    @Override
    public DeviceStatus status() {
        return status.get();
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
        JposReconnect.untilConnected(javapos, RECONNECT_MAX_MILLIS, this, () -> running, this::connect, status);
    }

    private String connect() {
        jpos.CashDrawer device = new jpos.CashDrawer();
        try {
            device.open(javapos.logicalName());
            device.claim(javapos.claimTimeoutMillis());
            device.setDeviceEnabled(true);
            device.addStatusUpdateListener(e -> LOG.info("JavaPOS {}: status {}", javapos.logicalName(), e.getStatus()));
            drawer = device;
            return null;
        } catch (JposException e) {
            LOG.warn("JavaPOS CashDrawer \"{}\" could not be opened", javapos.logicalName(), e);
            JavaPosShutdown.release(device, javapos.logicalName());
            return javapos.logicalName() + ": " + e.getMessage();
        }
    }

    private jpos.CashDrawer connected(String what) throws DeviceException {
        if (drawer == null) {
            throw new DeviceException(what + ": drawer not connected (" + status.get().detail() + ")");
        }
        return drawer;
    }
}

package app.tillpoint.devices.javapos;

import app.tillpoint.api.device.DeviceStatus;
import app.tillpoint.api.device.DeviceStatus.State;
import app.tillpoint.devices.JavaPosConfig;
import app.tillpoint.devices.StatusCell;
import app.tillpoint.devices.javapos.JposReconnect.Attempt;
import jpos.BaseJposControl;
import jpos.JposException;
import jpos.events.StatusUpdateEvent;
import jpos.events.StatusUpdateListener;
import org.slf4j.Logger;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * The life cycle the JavaPOS drawer and printer share, for one device by its logical name in {@code jpos.xml}: a daemon
 * thread opens, claims and enables it, with power notification where the service reports power, retrying with a
 * growing wait while it cannot ({@link JposReconnect}); power reports keep the status, the service's other status
 * codes go to the driver; {@link #close()} stops the thread and disables, releases and closes the device.
 *
 * <p>The connection is the driver's monitor: a driver holds it while it uses {@link #device()}, so that connecting,
 * using and closing never overlap.
 *
 * @param <D> the JavaPOS control, e.g. {@code jpos.CashDrawer}
 */
final class JposConnection<D extends BaseJposControl> {
    private static final long RECONNECT_MAX_MILLIS = 10_000;
    private final JavaPosConfig javapos;
    private final String category;
    private final Logger log;
    private final Steps<D> steps;
    private final StatusCell status;
    private final Thread connector;
    private volatile boolean running = true;
    private D device;

    /**
     * What a driver does as its device connects; the rest of the life cycle is the connection's.
     *
     * @param create  a new, unopened control of the driver's class
     * @param listen  adds the status listener to a control: JavaPOS puts {@code addStatusUpdateListener} on each
     *                device class, not on a common one
     * @param enabled the driver's own settings once the device is enabled; a failure fails the attempt
     * @param status  on the service's event thread: a status code that says nothing of power
     */
    record Steps<D extends BaseJposControl>(Supplier<D> create, BiConsumer<D, StatusUpdateListener> listen,
                                            Enabled<D> enabled, IntConsumer status) {
    }

    /** The driver's settings of an enabled device. */
    @FunctionalInterface
    interface Enabled<D> {
        void set(D device) throws JposException;
    }

    /**
     * @param deviceName the status's device, e.g. "Cash drawer"
     * @param category   the JavaPOS device category, e.g. {@code CashDrawer}
     * @param threadName the connecting thread's name
     * @param log        the driver's log, where a failure to connect is written
     */
    JposConnection(String deviceName, JavaPosConfig javapos, String category, String threadName, Logger log,
                   Steps<D> steps) {
        this.javapos = javapos;
        this.category = category;
        this.log = log;
        this.steps = steps;
        this.status = new StatusCell(deviceName, State.NOT_CONNECTED, "connecting (" + javapos.logicalName() + ")");
        this.connector = new Thread(this::connectUntilDone, threadName);
        connector.setDaemon(true);
    }

    /** Starts connecting; never throws for an absent device. */
    void start() {
        connector.start();
    }

    /** The enabled device, or null while it is not connected. Hold this connection's monitor while using it. */
    D device() {
        return device;
    }

    StatusCell status() {
        return status;
    }

    DeviceStatus current() {
        return status.get();
    }

    void onStatusChange(Consumer<DeviceStatus> listener) {
        status.onChange(listener);
    }

    /** Stops connecting (waiting up to 2 s for the thread), then disables, releases and closes the device. */
    void close() {
        running = false;
        connector.interrupt();
        try {
            connector.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (device != null) {
                JavaPosShutdown.release(device, javapos.logicalName());
                device = null;
            }
        }
    }

    private void connectUntilDone() {
        JposReconnect.untilConnected(javapos, category, RECONNECT_MAX_MILLIS, this, () -> running, this::connect,
            status);
    }

    /** Called by {@link JposReconnect} holding this connection's monitor. */
    private Attempt connect() {
        D opening = steps.create().get();
        try {
            // Listening before enabling: a power report sent as the device comes up is not missed.
            steps.listen().accept(opening, this::statusUpdate);
            opening.open(javapos.logicalName());
            opening.claim(javapos.claimTimeoutMillis());
            boolean reportsPower = JposPower.notifyChanges(opening);
            opening.setDeviceEnabled(true);
            steps.enabled().set(opening);
            device = opening;
            JposPower.Reading power = reportsPower ? JposPower.read(JposPower.state(opening), javapos.logicalName())
                : null;
            return power != null ? Attempt.connected(power) : Attempt.ready();
        } catch (Throwable e) {
            // NoClassDefFoundError included: a vendor's service that cannot link is reported like one that refuses.
            JposFailure.log(log, "JavaPOS " + category + " \"" + javapos.logicalName() + "\" could not be opened", e);
            JavaPosShutdown.release(opening, javapos.logicalName());
            return Attempt.failed(e instanceof JposException ? State.NOT_CONNECTED : State.ERROR,
                javapos.logicalName() + ": " + JposFailure.describe(e));
        }
    }

    /** On the service's event thread: power reports change the status; the rest is the driver's. */
    private void statusUpdate(StatusUpdateEvent event) {
        JposPower.Reading power = JposPower.read(event.getStatus(), javapos.logicalName());
        if (power != null) {
            status.set(power.state(), power.detail());
        } else {
            steps.status().accept(event.getStatus());
        }
    }
}

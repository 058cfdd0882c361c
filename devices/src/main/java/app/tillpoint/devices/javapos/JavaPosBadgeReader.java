package app.tillpoint.devices.javapos;

import app.tillpoint.api.device.BadgeListener;
import app.tillpoint.api.device.BadgeReader;
import app.tillpoint.api.device.DeviceStatus;
import app.tillpoint.api.device.DeviceStatus.State;
import app.tillpoint.devices.BadgeCleaner;
import app.tillpoint.devices.BadgeReaderConfig;
import app.tillpoint.devices.JavaPosConfig;
import app.tillpoint.devices.Reads;
import app.tillpoint.devices.StatusCell;
import app.tillpoint.devices.javapos.JposReconnect.Attempt;
import jpos.BaseJposControl;
import jpos.JposConst;
import jpos.JposException;
import jpos.MSR;
import jpos.Scanner;
import jpos.events.DataEvent;
import jpos.events.ErrorEvent;
import jpos.events.StatusUpdateEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;

/**
 * A badge reader driven through JavaPOS: an {@code MSR} (track 2, else track 1) or a {@code Scanner}, by its logical
 * name in {@code jpos.xml}. Opens, claims and enables it on its own daemon thread, retrying with a growing wait while
 * it cannot; data events become badges, error events reach the listener as an error status, and power reports (where
 * the service gives them) show the reader switched off or offline, then ready again.
 */
public final class JavaPosBadgeReader implements BadgeReader {
    private static final Logger LOG = LoggerFactory.getLogger(JavaPosBadgeReader.class);
    private static final long RECONNECT_MAX_MILLIS = 10_000;
    private final JavaPosConfig javapos;
    private final BadgeCleaner cleaner;
    private final StatusCell status;
    private volatile boolean running;
    private volatile BadgeListener listener;
    private BaseJposControl control;
    private Thread connector;

    public JavaPosBadgeReader(BadgeReaderConfig config) {
        this(config, Reads.BADGES);
    }

    /** @param reads badges, or product barcodes (a JavaPOS {@code Scanner}) */
    public JavaPosBadgeReader(BadgeReaderConfig config, Reads reads) {
        this.javapos = config.javapos();
        this.cleaner = reads.cleaner(config);
        this.status = new StatusCell(reads.device(), State.NOT_CONNECTED, "not started (" + javapos.logicalName()
            + ")");
    }

    @Override
    public synchronized void start(BadgeListener listener) {
        if (running) {
            return;
        }
        this.listener = listener;
        status.listen(listener::status);
        running = true;
        connector = new Thread(this::connectUntilDone, "badge-reader-javapos");
        connector.setDaemon(true);
        connector.start();
    }

    @Override
    public DeviceStatus status() {
        return status.get();
    }

    @Override
    public void close() {
        Thread connecting;
        synchronized (this) {
            running = false;
            connecting = connector;
            connector = null;
        }
        if (connecting != null) {
            connecting.interrupt();
            try {
                connecting.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            release();
        }
    }

    private void connectUntilDone() {
        JposReconnect.untilConnected(javapos, category(), RECONNECT_MAX_MILLIS, this, () -> running, this::connect,
            status);
    }

    /** {@code MSR} or {@code Scanner}, as JavaPOS names the category. */
    private String category() {
        return "Scanner".equals(javapos.category()) ? "Scanner" : "MSR";
    }

    /** Opens, claims and enables the device, with power notification where the service reports power. */
    private Attempt connect() {
        BaseJposControl device = "MSR".equals(category()) ? new MSR() : new Scanner();
        try {
            // Listening before enabling: a power report sent as the device comes up is not missed.
            if (device instanceof MSR reader) {
                reader.addDataListener(this::data);
                reader.addErrorListener(this::error);
                reader.addStatusUpdateListener(this::statusUpdate);
            } else if (device instanceof Scanner scanner) {
                scanner.addDataListener(this::data);
                scanner.addErrorListener(this::error);
                scanner.addStatusUpdateListener(this::statusUpdate);
            }
            device.open(javapos.logicalName());
            control = device;
            device.claim(javapos.claimTimeoutMillis());
            boolean reportsPower = JposPower.notifyChanges(device);
            device.setDeviceEnabled(true);
            if (device instanceof MSR reader) {
                reader.setDecodeData(true);
                reader.setDataEventEnabled(true);
            } else if (device instanceof Scanner scanner) {
                scanner.setDecodeData(true);
                scanner.setDataEventEnabled(true);
            }
            JposPower.Reading power = reportsPower ? JposPower.read(JposPower.state(device), javapos.logicalName()) : null;
            return power != null ? Attempt.connected(power) : Attempt.ready();
        } catch (Throwable e) {
            // NoClassDefFoundError included: a vendor's service that cannot link is reported like one that refuses.
            JposFailure.log(LOG, "JavaPOS " + category() + " \"" + javapos.logicalName() + "\" could not be opened", e);
            control = device;
            release();
            return Attempt.failed(e instanceof JposException ? State.NOT_CONNECTED : State.ERROR,
                javapos.logicalName() + ": " + JposFailure.describe(e));
        }
    }

    private void data(DataEvent event) {
        String raw;
        try {
            synchronized (this) {
                if (control == null) {
                    return;
                }
                raw = text(control);
                enableData(control);
            }
        } catch (JposException | RuntimeException | LinkageError e) {
            JposFailure.log(LOG, "JavaPOS " + javapos.logicalName() + ": reading a data event failed", e);
            status.set(State.ERROR, "read failed: " + JposFailure.describe(e));
            return;
        }
        var code = cleaner.clean(raw);
        if (code.isEmpty()) {
            LOG.warn("JavaPOS {}: a scan of {} characters was not a badge code", javapos.logicalName(), raw.length());
            status.set(State.ERROR, "not a badge code; scan again");
            return;
        }
        status.set(State.READY, "");
        BadgeListener current = listener;
        if (current != null) {
            current.badge(code.get());
        }
    }

    private void error(ErrorEvent event) {
        LOG.warn("JavaPOS {}: error event {} (extended {})", javapos.logicalName(), event.getErrorCode(),
            event.getErrorCodeExtended());
        event.setErrorResponse(JposConst.JPOS_ER_CLEAR);
        status.set(State.ERROR, "read error " + event.getErrorCode() + "; scan again");
        synchronized (this) {
            if (control != null) {
                try {
                    enableData(control);
                } catch (JposException | RuntimeException | LinkageError e) {
                    JposFailure.log(LOG, "JavaPOS " + javapos.logicalName() + ": data events could not be enabled again",
                        e);
                }
            }
        }
    }

    /** On the service's event thread: power reports change the status; the rest is logged. */
    private void statusUpdate(StatusUpdateEvent event) {
        JposPower.Reading power = JposPower.read(event.getStatus(), javapos.logicalName());
        if (power != null) {
            status.set(power.state(), power.detail());
        } else {
            LOG.debug("JavaPOS {}: status {}", javapos.logicalName(), event.getStatus());
        }
    }

    private static String text(BaseJposControl device) throws JposException {
        byte[] data;
        if (device instanceof MSR reader) {
            data = reader.getTrack2Data();
            if (data == null || data.length == 0) {
                data = reader.getTrack1Data();
            }
        } else {
            Scanner scanner = (Scanner) device;
            data = scanner.getScanDataLabel();
            if (data == null || data.length == 0) {
                data = scanner.getScanData();
            }
        }
        return data == null ? "" : new String(data, StandardCharsets.ISO_8859_1);
    }

    /** JavaPOS turns data events off after each one; turn them on for the next badge. */
    private static void enableData(BaseJposControl device) throws JposException {
        if (device instanceof MSR reader) {
            reader.setDataEventEnabled(true);
        } else if (device instanceof Scanner scanner) {
            scanner.setDataEventEnabled(true);
        }
    }

    /** Disables, releases and closes the device, whatever state it got to. */
    private void release() {
        BaseJposControl device = control;
        control = null;
        if (device == null) {
            return;
        }
        JavaPosShutdown.release(device, javapos.logicalName());
    }
}

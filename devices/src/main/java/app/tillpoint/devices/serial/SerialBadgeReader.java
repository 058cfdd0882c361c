package app.tillpoint.devices.serial;

import app.tillpoint.api.device.BadgeListener;
import app.tillpoint.api.device.BadgeReader;
import app.tillpoint.api.device.DeviceStatus;
import app.tillpoint.api.device.DeviceStatus.State;
import app.tillpoint.devices.Backoff;
import app.tillpoint.devices.BadgeCleaner;
import app.tillpoint.devices.BadgeReaderConfig;
import app.tillpoint.devices.Reads;
import app.tillpoint.devices.SerialConfig;
import app.tillpoint.devices.StatusCell;
import com.fazecast.jSerialComm.SerialPort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A badge reader on a serial port (jSerialComm) that sends each badge as a line. Reads on its own daemon thread:
 * opens the port, and while it is absent or unplugged retries with a growing wait, reporting "not connected"; drops
 * unfinished lines after the line time-out and rejects lines of garbage, reporting each through the listener.
 */
public final class SerialBadgeReader implements BadgeReader {
    private static final Logger LOG = LoggerFactory.getLogger(SerialBadgeReader.class);
    private final SerialConfig serial;
    private final BadgeCleaner cleaner;
    private final StatusCell status;
    private volatile boolean running;
    private volatile SerialPort port;
    private volatile BadgeListener listener;
    private Thread thread;

    public SerialBadgeReader(BadgeReaderConfig config) {
        this(config, Reads.BADGES);
    }

    /** @param reads badges, or product barcodes (a serial product scanner) */
    public SerialBadgeReader(BadgeReaderConfig config, Reads reads) {
        this.serial = config.serial();
        this.cleaner = reads.cleaner(config);
        this.status = new StatusCell(reads.device(), State.NOT_CONNECTED, "not started: " + serial.port());
    }

    @Override
    public synchronized void start(BadgeListener listener) {
        if (running) {
            return;
        }
        this.listener = listener;
        status.listen(listener::status);
        running = true;
        thread = new Thread(this::run, "badge-reader-serial");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public DeviceStatus status() {
        return status.get();
    }

    @Override
    public void close() {
        Thread reading;
        synchronized (this) {
            running = false;
            reading = thread;
            thread = null;
        }
        closePort();
        if (reading != null) {
            reading.interrupt();
            try {
                reading.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        Backoff backoff = new Backoff(serial.reconnectMaxMillis());
        while (running) {
            SerialPort opened = SerialPorts.open(serial);
            if (opened == null) {
                status.set(State.NOT_CONNECTED, serial.port());
                if (!pause(backoff.nextMillis())) {
                    return;
                }
                continue;
            }
            port = opened;
            backoff.reset();
            status.set(State.READY, "");
            read(opened);
            closePort();
            if (running) {
                status.set(State.NOT_CONNECTED, "unplugged: " + serial.port());
            }
        }
    }

    /** Reads lines until the port fails or the reader is closed. */
    private void read(SerialPort opened) {
        LineAssembler lines = new LineAssembler(serial.lineTerminator(), serial.lineTimeoutMillis());
        byte[] buffer = new byte[256];
        while (running) {
            int n = opened.readBytes(buffer, buffer.length);
            if (n < 0) {
                LOG.warn("Reading the badge reader on {} failed (error {})", serial.port(), opened.getLastErrorCode());
                return;
            }
            long now = System.currentTimeMillis();
            for (LineAssembler.Line line : n == 0 ? lines.expire(now) : lines.accept(buffer, n, now)) {
                handle(line);
            }
        }
    }

    private void handle(LineAssembler.Line line) {
        if (line instanceof LineAssembler.Complete complete) {
            var code = cleaner.clean(complete.text());
            if (code.isPresent()) {
                status.set(State.READY, "");
                BadgeListener current = listener;
                if (current != null) {
                    current.badge(code.get());
                }
            } else {
                LOG.warn("The badge reader on {} sent a line that is not a badge code", serial.port());
                status.set(State.ERROR, "not a badge code; scan again");
            }
        } else if (line instanceof LineAssembler.Garbage garbage) {
            LOG.warn("The badge reader on {} sent {} unreadable bytes; wrong baud rate?", serial.port(),
                garbage.length());
            status.set(State.ERROR, "unreadable data; check the reader's settings");
        } else if (line instanceof LineAssembler.TimedOut timedOut) {
            LOG.warn("The badge reader on {} stopped after {} bytes of a line", serial.port(), timedOut.length());
            status.set(State.ERROR, "incomplete scan; scan again");
        }
    }

    private boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return running;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void closePort() {
        SerialPort current = port;
        port = null;
        if (current != null && !current.closePort()) {
            LOG.warn("Closing {} failed (error {})", serial.port(), current.getLastErrorCode());
        }
    }
}

package app.tillpoint.devices.escpos;

import app.tillpoint.devices.SerialConfig;
import app.tillpoint.devices.serial.SerialPorts;
import com.fazecast.jSerialComm.SerialPort;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.locks.LockSupport;

/** A printer on a serial port, through jSerialComm (the same library as the badge reader and the drawer). */
final class SerialLink implements PrinterLink {
    private final SerialConfig config;
    private SerialPort port;

    SerialLink(SerialConfig config) {
        this.config = config;
    }

    @Override
    public void open() throws IOException {
        if (port != null && port.bytesAvailable() < 0) {
            close();
        }
        if (port == null) {
            port = SerialPorts.open(config);
            if (port == null) {
                throw new IOException("not connected (" + config.port() + ")");
            }
        }
    }

    @Override
    public OutputStream output() throws IOException {
        SerialPort current = opened();
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                if (current.writeBytes(bytes, length, offset) != length) {
                    throw new IOException("writing to " + config.port() + " failed");
                }
            }
        };
    }

    @Override
    public int read(long millis) throws IOException {
        SerialPort current = opened();
        byte[] one = new byte[1];
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            int available = current.bytesAvailable();
            if (available < 0) {
                throw new IOException("the port disappeared (" + config.port() + ")");
            }
            if (available > 0 && current.readBytes(one, 1) == 1) {
                return one[0] & 0xFF;
            }
            LockSupport.parkNanos(5_000_000);
        }
        return -1;
    }

    @Override
    public void drain() throws IOException {
        SerialPort current = opened();
        byte[] junk = new byte[64];
        while (current.bytesAvailable() > 0) {
            current.readBytes(junk, Math.min(junk.length, current.bytesAvailable()));
        }
    }

    @Override
    public boolean answers() {
        return true;
    }

    @Override
    public void close() {
        if (port != null) {
            long deadline = System.currentTimeMillis() + 500;
            // A job still in the output buffer goes out first: closing may throw away what is not sent.
            while (port.bytesAwaitingWrite() > 0 && System.currentTimeMillis() < deadline) {
                LockSupport.parkNanos(5_000_000);
            }
            port.closePort();
            port = null;
        }
    }

    @Override
    public String describe() {
        return config.port();
    }

    private SerialPort opened() throws IOException {
        open();
        return port;
    }
}
